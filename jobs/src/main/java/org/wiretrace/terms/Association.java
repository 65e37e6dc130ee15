package org.wiretrace.terms;

/**
 * Association measures of a bigram "w1 w2" from the 2×2 table of bigram positions: {@code c12} bigrams are "w1 w2",
 * {@code c1} bigrams start with w1, {@code c2} end with w2, {@code n} bigrams in all. Formulas as in Manning &amp;
 * Schütze (1999, ch. 5) and Dunning (1993).
 */
public final class Association {
  private Association() {}

  /** Pointwise mutual information in bits: log2(c12 · n / (c1 · c2)). */
  public static double pmi(long c12, long c1, long c2, long n) {
    return Math.log((double) c12 * n / ((double) c1 * c2)) / Math.log(2);
  }

  /** t-score: (c12 − c1 · c2 / n) / √c12. */
  public static double t(long c12, long c1, long c2, long n) {
    return (c12 - (double) c1 * c2 / n) / Math.sqrt(c12);
  }

  /** Dunning's log-likelihood ratio G² = 2 Σ O ln(O / E) over the four cells (a cell with O = 0 adds nothing). */
  public static double llr(long c12, long c1, long c2, long n) {
    return 2 * (cell(c12, c1, c2, n)
        + cell(c1 - c12, c1, n - c2, n)
        + cell(c2 - c12, n - c1, c2, n)
        + cell(n - c1 - c2 + c12, n - c1, n - c2, n));
  }

  /** O ln(O / E) with E = row · column / n. */
  private static double cell(long observed, long row, long column, long n) {
    if (observed == 0) {
      return 0;
    }
    double expected = (double) row * column / n;
    return observed * Math.log(observed / expected);
  }
}
