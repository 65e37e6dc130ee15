package org.wiretrace.terms;

import org.wiretrace.UsageError;

/**
 * Options of the {@code terms} stage.
 *
 * @param collocationMinCount bigrams rarer than this are left out of the collocations table (rarer pairs get
 *     extreme PMI by chance)
 */
public record TermsOptions(int collocationMinCount) {
  public static final int DEFAULT_COLLOCATION_MIN_COUNT = 3;
  public static final TermsOptions DEFAULTS = new TermsOptions(DEFAULT_COLLOCATION_MIN_COUNT);

  public TermsOptions {
    if (collocationMinCount < 1) {
      throw new UsageError("--collocation-min-count must be at least 1, not " + collocationMinCount);
    }
  }
}
