package org.wiretrace.stories;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;
import static org.wiretrace.Columns.SOURCE;
import static org.wiretrace.Columns.SOURCE_A;
import static org.wiretrace.Columns.SOURCE_B;
import static org.wiretrace.Columns.STORY_ID;
import static org.wiretrace.Columns.columns;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.wiretrace.Columns;
import org.wiretrace.OrderedSums;
import scala.collection.Seq;

/**
 * How alike two outlets' coverage is, for every pair of known outlets (source_a &lt; source_b): the stories each
 * covered and those both did, their Jaccard, the mean body cosine of their articles on shared stories, quotations
 * and verbatim passages both carried, who was first on shared stories, and the median lag of b behind a.
 */
final class SourceSimilarity {
  private static final UserDefinedFunction BODY_COSINE = udf((UDF4<Seq<Long>, Seq<Double>, Seq<Long>, Seq<Double>,
      Double>) (ka, wa, kb, wb) -> new StoryVector(longs(ka), doubles(wa)).dot(new StoryVector(longs(kb), doubles(wb))),
      DataTypes.DoubleType);

  private SourceSimilarity() {}

  /**
   * The articles of a known outlet with their story, time and body vector, which every measure below reads (worth
   * caching).
   *
   * @param storyDocs the story_docs table
   * @param vectors article vectors (doc_id, seconds, body_keys, body_weights)
   */
  static Dataset<Row> known(Dataset<Row> storyDocs, Dataset<Row> vectors) {
    return storyDocs.filter(col(SOURCE).isNotNull())
        .join(vectors.select(DOC_ID, ArticleVectors.SECONDS, "body_keys", "body_weights"), DOC_ID);
  }

  /** How many outlets the story_docs table knows, counted up to 2: the table has rows only from 2 on. */
  static long knownOutlets(Dataset<Row> storyDocs) {
    return storyDocs.filter(col(SOURCE).isNotNull()).select(SOURCE).distinct().limit(2).count();
  }

  /**
   * @param known the articles of {@link #known}
   * @param quotes the quotes table, or null when the run has none
   * @param passages the passages table, or null when the run has none
   */
  static Dataset<Row> of(Dataset<Row> known, Dataset<Row> quotes, Dataset<Row> passages) {
    Dataset<Row> perSource = known.groupBy(SOURCE).agg(countDistinct(STORY_ID).as("stories"));
    Dataset<Row> pairs = perSource.select(col(SOURCE).as(SOURCE_A), col("stories").as(SourceSimilarityTable.STORIES_A))
        .crossJoin(perSource.select(col(SOURCE).as(SOURCE_B), col("stories").as(SourceSimilarityTable.STORIES_B)))
        .filter(col(SOURCE_A).lt(col(SOURCE_B)));
    Dataset<Row> shared = sharedStories(known);
    Dataset<Row> result = pairs.join(shared, new String[] {SOURCE_A, SOURCE_B}, "left")
        .join(contentCosine(known), new String[] {SOURCE_A, SOURCE_B}, "left");
    Column sharedQuotes = lit(null).cast("long");
    if (quotes != null) {
      result = result.join(sharedQuotes(known, quotes), new String[] {SOURCE_A, SOURCE_B}, "left");
      sharedQuotes = coalesce(col("quotes"), lit(0L));
    }
    Column sharedPassages = lit(null).cast("long");
    if (passages != null) {
      result = result.join(sharedPassages(known, passages), new String[] {SOURCE_A, SOURCE_B}, "left");
      sharedPassages = coalesce(col("passages"), lit(0L));
    }
    Column sharedStories = coalesce(col(SourceSimilarityTable.SHARED_STORIES), lit(0L));
    return result
        .withColumn(SourceSimilarityTable.SHARED_STORIES, sharedStories)
        .withColumn(SourceSimilarityTable.STORY_JACCARD, sharedStories.divide(col(SourceSimilarityTable.STORIES_A)
            .plus(col(SourceSimilarityTable.STORIES_B)).minus(sharedStories)))
        .withColumn(SourceSimilarityTable.SHARED_QUOTES, sharedQuotes)
        .withColumn(SourceSimilarityTable.SHARED_PASSAGES, sharedPassages)
        .withColumn(Columns.A_FIRST, coalesce(col(Columns.A_FIRST), lit(0L)))
        .withColumn(SourceSimilarityTable.B_FIRST, coalesce(col(SourceSimilarityTable.B_FIRST), lit(0L)))
        .select(columns(SourceSimilarityTable.SCHEMA));
  }

  /** Per pair of outlets: stories both covered, how often each was first, the median hours b came after a. */
  private static Dataset<Row> sharedStories(Dataset<Row> known) {
    Dataset<Row> firsts = known.groupBy(STORY_ID, SOURCE).agg(min(ArticleVectors.SECONDS).as("first"));
    Dataset<Row> a = firsts.select(col(STORY_ID), col(SOURCE).as(SOURCE_A), col("first").as("first_a"));
    Dataset<Row> b = firsts.select(col(STORY_ID), col(SOURCE).as(SOURCE_B), col("first").as("first_b"));
    Column lagHours = col("first_b").minus(col("first_a")).divide(3600.0);
    return a.join(b, STORY_ID).filter(col(SOURCE_A).lt(col(SOURCE_B)))
        .groupBy(SOURCE_A, SOURCE_B).agg(
            count(lit(1)).as(SourceSimilarityTable.SHARED_STORIES),
            count(when(col("first_a").lt(col("first_b")), 1)).as(Columns.A_FIRST),
            count(when(col("first_b").lt(col("first_a")), 1)).as(SourceSimilarityTable.B_FIRST),
            median(lagHours).as(SourceSimilarityTable.MEDIAN_LAG_HOURS));
  }

  /** The mean body cosine over pairs of their articles in the same story. */
  private static Dataset<Row> contentCosine(Dataset<Row> known) {
    Dataset<Row> a = known.select(col(STORY_ID), col(SOURCE).as(SOURCE_A), col("body_keys").as("ka"),
        col("body_weights").as("wa"));
    Dataset<Row> b = known.select(col(STORY_ID), col(SOURCE).as(SOURCE_B), col("body_keys").as("kb"),
        col("body_weights").as("wb"));
    return a.join(b, STORY_ID).filter(col(SOURCE_A).lt(col(SOURCE_B)))
        .groupBy(SOURCE_A, SOURCE_B)
        .agg(OrderedSums.mean(BODY_COSINE.apply(col("ka"), col("wa"), col("kb"), col("wb")))
            .as(SourceSimilarityTable.CONTENT_COSINE));
  }

  /** Quote clusters carried by both outlets. */
  private static Dataset<Row> sharedQuotes(Dataset<Row> known, Dataset<Row> quotes) {
    Dataset<Row> carried = quotes.select(Columns.CLUSTER_ID, DOC_ID).join(known.select(DOC_ID, SOURCE), DOC_ID)
        .select(Columns.CLUSTER_ID, SOURCE).distinct();
    return carried.select(col(Columns.CLUSTER_ID), col(SOURCE).as(SOURCE_A))
        .join(carried.select(col(Columns.CLUSTER_ID), col(SOURCE).as(SOURCE_B)), Columns.CLUSTER_ID)
        .filter(col(SOURCE_A).lt(col(SOURCE_B)))
        .groupBy(SOURCE_A, SOURCE_B).agg(count(lit(1)).as("quotes"));
  }

  /** Verbatim passages between an article of one outlet and an article of the other. */
  private static Dataset<Row> sharedPassages(Dataset<Row> known, Dataset<Row> passages) {
    Dataset<Row> sources = known.select(DOC_ID, SOURCE);
    Dataset<Row> a = sources.select(col(DOC_ID).as(DOC_A), col(SOURCE).as("source_x"));
    Dataset<Row> b = sources.select(col(DOC_ID).as(DOC_B), col(SOURCE).as("source_y"));
    return passages.select(DOC_A, DOC_B).join(a, DOC_A).join(b, DOC_B)
        .filter(col("source_x").notEqual(col("source_y")))
        .groupBy(least(col("source_x"), col("source_y")).as(SOURCE_A),
            greatest(col("source_x"), col("source_y")).as(SOURCE_B))
        .agg(count(lit(1)).as("passages"));
  }

  private static long[] longs(Seq<Long> values) {
    long[] out = new long[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.apply(i);
    }
    return out;
  }

  private static double[] doubles(Seq<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.apply(i);
    }
    return out;
  }
}
