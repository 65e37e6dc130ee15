package org.wiretrace.overlap;

import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;
import static org.wiretrace.Columns.TERM;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wiretrace.Columns;
import org.wiretrace.OrderedSums;
import org.wiretrace.terms.DocTermsTable;

/** Exact measures of candidate pairs: shared shingles and the similarities, origin, TF-IDF cosine. */
public final class PairMeasures {
  private PairMeasures() {}

  /**
   * Candidates with exact {@code shared}, {@code jaccard}, {@code containment_a} (share of a's shingles found in b)
   * and {@code containment_b}, from the two shingle sets; pairs sharing nothing are dropped.
   */
  public static Dataset<Row> verified(Dataset<Row> candidates, Dataset<Row> sets) {
    Dataset<Row> a = sets.select(col(DOC_ID).as(DOC_A), col(Candidates.SHINGLES).as("set_a"));
    Dataset<Row> b = sets.select(col(DOC_ID).as(DOC_B), col(Candidates.SHINGLES).as("set_b"));
    Column shared = size(array_intersect(col("set_a"), col("set_b")));
    Column na = size(col("set_a"));
    Column nb = size(col("set_b"));
    return candidates.join(a, DOC_A).join(b, DOC_B)
        .select(col(DOC_A), col(DOC_B), shared.as(DocPairsTable.SHARED), na.as("n_a"), nb.as("n_b"))
        .filter(col(DocPairsTable.SHARED).gt(0))
        .withColumn(DocPairsTable.JACCARD,
            col(DocPairsTable.SHARED).divide(col("n_a").plus(col("n_b")).minus(col(DocPairsTable.SHARED))))
        .withColumn(DocPairsTable.CONTAINMENT_A, col(DocPairsTable.SHARED).divide(col("n_a")))
        .withColumn(DocPairsTable.CONTAINMENT_B, col(DocPairsTable.SHARED).divide(col("n_b")))
        .drop("n_a", "n_b");
  }

  /** Whether a verified pair is reported in doc_pairs. */
  static Column kept(OverlapOptions options) {
    return col(DocPairsTable.JACCARD).geq(options.minJaccard())
        .or(col(DocPairsTable.CONTAINMENT_A).geq(options.minContainment()))
        .or(col(DocPairsTable.CONTAINMENT_B).geq(options.minContainment()));
  }

  /** The document published first, null when a date is unknown or both are equal. */
  static Dataset<Row> withOrigin(Dataset<Row> pairs, Dataset<Row> documents) {
    Dataset<Row> a = documents.select(col(DOC_ID).as(DOC_A),
        col(Columns.PUBLISHED_AT).as("published_a"));
    Dataset<Row> b = documents.select(col(DOC_ID).as(DOC_B),
        col(Columns.PUBLISHED_AT).as("published_b"));
    Column origin = when(col("published_a").lt(col("published_b")), col(DOC_A))
        .when(col("published_b").lt(col("published_a")), col(DOC_B));
    return pairs.join(a, DOC_A).join(b, DOC_B)
        .withColumn(DocPairsTable.ORIGIN, origin)
        .drop("published_a", "published_b");
  }

  /**
   * The TF-IDF weights (doc_id, term, w) from doc_terms of the documents in some pair: most of a corpus pairs with
   * nothing, and its terms need not be read twice or shuffled. The paired ids are few (broadcast), so doc_terms is
   * filtered where it is read.
   */
  static Dataset<Row> pairedWeights(Dataset<Row> pairs, Dataset<Row> docTerms) {
    Dataset<Row> paired = pairs.select(col(DOC_A).as(DOC_ID)).union(pairs.select(col(DOC_B).as(DOC_ID))).distinct();
    return docTerms.select(col(DOC_ID), col(TERM), col(DocTermsTable.TFIDF).as("w"))
        .join(broadcast(paired), DOC_ID, "left_semi");
  }

  /**
   * Cosine of the two documents' TF-IDF vectors (doc_terms.tfidf) from their {@link #pairedWeights}: the dot product
   * over shared terms divided by both norms; 0 when they share no term, null when doc_terms is absent (weights null)
   * or a document has no terms in it.
   */
  static Dataset<Row> withCosine(Dataset<Row> pairs, Dataset<Row> weights) {
    if (weights == null) {
      return pairs.withColumn(DocPairsTable.COSINE, lit(null).cast("double"));
    }
    Dataset<Row> norms = weights.groupBy(DOC_ID).agg(sqrt(OrderedSums.sum(col("w").multiply(col("w")))).as("norm"));
    Dataset<Row> ta = weights.withColumnRenamed(DOC_ID, DOC_A).withColumnRenamed("w", "w_a");
    Dataset<Row> tb = weights.withColumnRenamed(DOC_ID, DOC_B).withColumnRenamed("w", "w_b");
    Dataset<Row> dots = pairs.select(DOC_A, DOC_B).join(ta, DOC_A).join(tb, new String[] {DOC_B, TERM})
        .groupBy(DOC_A, DOC_B).agg(OrderedSums.sum(col("w_a").multiply(col("w_b"))).as("dot"));
    Dataset<Row> normA = norms.withColumnRenamed(DOC_ID, DOC_A).withColumnRenamed("norm", "norm_a");
    Dataset<Row> normB = norms.withColumnRenamed(DOC_ID, DOC_B).withColumnRenamed("norm", "norm_b");
    Column cosine = when(col("norm_a").gt(0).and(col("norm_b").gt(0)),
        org.apache.spark.sql.functions.coalesce(col("dot"), lit(0.0)).divide(col("norm_a").multiply(col("norm_b"))));
    return pairs.join(dots, new String[] {DOC_A, DOC_B}, "left")
        .join(normA, new String[] {DOC_A}, "left")
        .join(normB, new String[] {DOC_B}, "left")
        .withColumn(DocPairsTable.COSINE, cosine)
        .drop("dot", "norm_a", "norm_b");
  }
}
