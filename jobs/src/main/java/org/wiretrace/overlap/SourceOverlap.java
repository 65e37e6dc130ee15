package org.wiretrace.overlap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.wiretrace.Columns;
import scala.collection.Seq;

/**
 * The outlet-by-outlet matrix: for each ordered pair of sources linked by at least one document pair (in doc_pairs or
 * sharing a passage), how many pairs, how many of them the first source published first, and which share of the
 * first source's words lie in passages shared with the second (each word counted once, however many documents of
 * the second source share it).
 */
final class SourceOverlap {
  private static final UserDefinedFunction COVERED = udf((UDF2<Seq<Integer>, Seq<Integer>, Integer>) (b, e) ->
      PassageAligner.coveredWords(ints(b), ints(e)), DataTypes.IntegerType);

  private SourceOverlap() {}

  /**
   * Each document's source, time and number of words: what {@link #of} reads five times (worth caching).
   *
   * @param documents documents (doc_id, source, published_at)
   * @param sets the shingle sets (doc_id, n_words)
   */
  static Dataset<Row> docs(Dataset<Row> documents, Dataset<Row> sets) {
    return documents.select(DOC_ID, Columns.SOURCE, Columns.PUBLISHED_AT)
        .join(sets.select(DOC_ID, Columns.N_WORDS), new String[] {DOC_ID}, "left");
  }

  /**
   * @param linked distinct pairs (doc_a, doc_b)
   * @param aligned passages in {@link SharedPassages#ALIGNED_SCHEMA}
   * @param docs the documents of {@link #docs}
   */
  static Dataset<Row> of(Dataset<Row> linked, Dataset<Row> aligned, Dataset<Row> docs) {
    Dataset<Row> perSource = docs.groupBy(col(Columns.SOURCE).as(Columns.SOURCE_A))
        .agg(count("*").as(SourceOverlapTable.DOCS_A), coalesce(sum(Columns.N_WORDS), lit(0L)).as("words_a"));
    Dataset<Row> x = docs.select(col(DOC_ID).as("x"), col(Columns.SOURCE).as("source_x"),
        col(Columns.PUBLISHED_AT).as("published_x"));
    Dataset<Row> y = docs.select(col(DOC_ID).as("y"), col(Columns.SOURCE).as("source_y"),
        col(Columns.PUBLISHED_AT).as("published_y"));

    Dataset<Row> directed = linked.select(col(DOC_A).as("x"), col(DOC_B).as("y"))
        .union(linked.select(col(DOC_B).as("x"), col(DOC_A).as("y")))
        .join(x, "x").join(y, "y");
    // Within one source each pair appears in both directions: count it once.
    Column mirrored = col("source_x").eqNullSafe(col("source_y")).and(col("x").gt(col("y")));
    Dataset<Row> pairs = directed.groupBy(col("source_x").as(Columns.SOURCE_A),
            col("source_y").as(Columns.SOURCE_B))
        .agg(count(when(not(mirrored), 1)).as(SourceOverlapTable.PAIRS),
            count(when(col("published_x").lt(col("published_y")), 1)).as(Columns.A_FIRST));

    Dataset<Row> spans = aligned.select(col(DOC_A).as("x"), col(DOC_B).as("y"),
            col(SharedPassages.A_WORD_BEGIN).as("wb"), col(SharedPassages.A_WORD_END).as("we"))
        .union(aligned.select(col(DOC_B).as("x"), col(DOC_A).as("y"),
            col(SharedPassages.B_WORD_BEGIN).as("wb"), col(SharedPassages.B_WORD_END).as("we")))
        .join(x, "x").join(y, "y");
    Dataset<Row> covered = spans.groupBy(col("x"), col("source_x"), col("source_y"))
        .agg(COVERED.apply(collect_list("wb"), collect_list("we")).as("covered"))
        .groupBy(col("source_x").as(Columns.SOURCE_A), col("source_y").as(Columns.SOURCE_B))
        .agg(sum("covered").as("covered"));

    Column[] keys = {pairs.col(Columns.SOURCE_A), pairs.col(Columns.SOURCE_B)};
    return pairs
        .join(covered, pairs.col(Columns.SOURCE_A).eqNullSafe(covered.col(Columns.SOURCE_A))
            .and(pairs.col(Columns.SOURCE_B).eqNullSafe(covered.col(Columns.SOURCE_B))), "left")
        .join(perSource, pairs.col(Columns.SOURCE_A).eqNullSafe(perSource.col(Columns.SOURCE_A)))
        .select(keys[0], keys[1], col(SourceOverlapTable.DOCS_A), col(SourceOverlapTable.PAIRS),
            when(col("words_a").gt(0), coalesce(covered.col("covered"), lit(0L)).divide(col("words_a")))
                .otherwise(0.0).as(SourceOverlapTable.SHARE_A_IN_B),
            col(Columns.A_FIRST));
  }

  private static int[] ints(Seq<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.apply(i);
    }
    return out;
  }
}
