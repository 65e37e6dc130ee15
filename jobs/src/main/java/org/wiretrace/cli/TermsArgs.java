package org.wiretrace.cli;

import org.wiretrace.terms.TermsOptions;
import picocli.CommandLine.Option;

/** The {@code terms} stage's options on the command line of {@code wiretrace run}. */
final class TermsArgs {
  @Option(names = "--collocation-min-count", paramLabel = "N",
      defaultValue = "" + TermsOptions.DEFAULT_COLLOCATION_MIN_COUNT,
      description = "Keep bigrams seen at least N times in the collocations table (default: ${DEFAULT-VALUE}); "
          + "rarer pairs get extreme PMI by chance.")
  int collocationMinCount;

  TermsOptions options() {
    return new TermsOptions(collocationMinCount);
  }
}
