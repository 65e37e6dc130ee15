package org.wiretrace.tools.bench;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.Columns;
import org.wiretrace.overlap.DocPairsTable;
import org.wiretrace.tools.ToolSpark;

/**
 * The pair check of {@code scripts/bench mllib}: {@code PairCheck CSV_DIR WIRETRACE_OUTPUT MLLIB_OUTPUT}. Counts the
 * exact pairs with Jaccard at least 0.6 on MLlib's shingle sets ({@link ExactPairs}) and how many of them MLlib's
 * pairs and wiretrace's {@code doc_pairs} contain. wiretrace shingles its own tokens, so its recall is against sets
 * it did not measure; its own jaccard is reported beside. Ids are urls on both sides (wiretrace ran with
 * {@code --id-col url}, so doc_id is the url).
 */
public final class PairCheck {
  private static final double MIN_JACCARD = 1 - MllibPipeline.MAX_JACCARD_DISTANCE;

  private PairCheck() {}

  public static void main(String[] args) {
    SparkSession spark = ToolSpark.session("wiretrace-pair-check");
    Map<String, Set<String>> shinglesByUrl = new HashMap<>();
    long rows = 0;
    for (Row r : MllibPipeline.articles(spark, args[0]).collectAsList()) {
      rows++;
      // The corpus repeats one url; the first text read stays, as wiretrace keeps one document per doc_id.
      shinglesByUrl.putIfAbsent(r.getString(0), ExactPairs.shingles(r.getString(1), MllibPipeline.SHINGLE_WORDS));
    }
    Map<ExactPairs.Pair, Double> exact = ExactPairs.pairs(shinglesByUrl, MIN_JACCARD);
    long atThreshold = exact.values().stream().filter(j -> j == MIN_JACCARD).count();
    System.out.printf("exact: %d articles, %d urls, %d pairs with Jaccard >= %.2f (%d at exactly %.2f) on MLlib's"
        + " shingles (%d words of \\W+ tokens, lower case)%n", rows, shinglesByUrl.size(), exact.size(), MIN_JACCARD,
        atThreshold, MIN_JACCARD, MllibPipeline.SHINGLE_WORDS);

    Set<ExactPairs.Pair> mllib = new HashSet<>();
    for (Row r : spark.read().parquet(args[2] + "/pairs").select("id_a", "id_b").collectAsList()) {
      mllib.add(ExactPairs.Pair.of(r.getString(0), r.getString(1)));
    }
    System.out.printf("mllib: %d pairs (distance < %.1f), %s%n", mllib.size(), MllibPipeline.MAX_JACCARD_DISTANCE,
        recall(mllib, exact.keySet()));

    Set<ExactPairs.Pair> wiretrace = new HashSet<>();
    long similar = 0;
    for (Row r : spark.read().parquet(args[1] + "/" + DocPairsTable.NAME)
        .select(col(Columns.DOC_A), col(Columns.DOC_B), col(DocPairsTable.JACCARD)).collectAsList()) {
      wiretrace.add(ExactPairs.Pair.of(r.getString(0), r.getString(1)));
      similar += r.getDouble(2) >= MIN_JACCARD ? 1 : 0;
    }
    System.out.printf("wiretrace: %d pairs in doc_pairs, %s (its own tokens and shingles, not MLlib's);"
        + " %d of its pairs have its jaccard >= %.2f%n", wiretrace.size(), recall(wiretrace, exact.keySet()),
        similar, MIN_JACCARD);
    spark.stop();
  }

  private static String recall(Set<ExactPairs.Pair> found, Set<ExactPairs.Pair> exact) {
    long hits = exact.stream().filter(found::contains).count();
    return String.format("contains %d of the %d exact pairs (recall %.4f)", hits, exact.size(),
        exact.isEmpty() ? 1.0 : hits / (double) exact.size());
  }
}
