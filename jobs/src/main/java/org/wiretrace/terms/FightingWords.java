package org.wiretrace.terms;

/**
 * The z-score of the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008,
 * "Fightin' Words", eq. 16-22) of one group of documents (a source) against the rest of the corpus. The prior is
 * the corpus itself: {@code α_w = y_w} (the term's count in the whole corpus) and {@code α_0 = n} (all terms), so
 * rare terms are pulled towards the corpus rate and a handful of uses does not make a term distinctive.
 * <pre>
 *   δ = ln((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − ln((y_j + α_w) / (n_j + α_0 − y_j − α_w))
 *   σ² = 1 / (y_i + α_w) + 1 / (y_j + α_w)          z = δ / σ
 * </pre>
 * with {@code y_i, n_i} the term's count and the total in the group and {@code y_j = y_w − y_i, n_j = n − n_i} in the
 * rest.
 */
public final class FightingWords {
  private FightingWords() {}

  /**
   * z for a term counted {@code inGroup} times among {@code groupTotal} terms of the group, {@code inCorpus} times
   * among {@code corpusTotal} in the whole corpus (group included); null when the term is the corpus's only term,
   * where the odds are undefined.
   */
  public static Double z(long inGroup, long groupTotal, long inCorpus, long corpusTotal) {
    double prior = inCorpus;
    double priorTotal = corpusTotal;
    double yi = inGroup;
    double yj = inCorpus - inGroup;
    double ni = groupTotal;
    double nj = corpusTotal - groupTotal;
    double delta = Math.log((yi + prior) / (ni + priorTotal - yi - prior))
        - Math.log((yj + prior) / (nj + priorTotal - yj - prior));
    double z = delta / Math.sqrt(1 / (yi + prior) + 1 / (yj + prior));
    return Double.isFinite(z) ? z : null;
  }
}
