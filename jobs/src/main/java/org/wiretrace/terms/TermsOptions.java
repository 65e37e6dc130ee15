package org.wiretrace.terms;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options of the {@code terms} stage, mixed into {@code wiretrace run}; checked as they are parsed. */
public final class TermsOptions {
  public static final int DEFAULT_COLLOCATION_MIN_COUNT = 3;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private int collocationMinCount = DEFAULT_COLLOCATION_MIN_COUNT;

  @Option(names = "--collocation-min-count", paramLabel = "N", defaultValue = "" + DEFAULT_COLLOCATION_MIN_COUNT,
      description = "Keep bigrams seen at least N times in the collocations table (default: ${DEFAULT-VALUE}); "
          + "rarer pairs get extreme PMI by chance.")
  void setCollocationMinCount(int count) {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--collocation-min-count must be at least 1, not " + count);
    }
    collocationMinCount = count;
  }

  /** Bigrams rarer than this are left out of the collocations table. */
  public int collocationMinCount() {
    return collocationMinCount;
  }
}
