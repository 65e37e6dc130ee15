package org.wiretrace.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scored pairs of articles that may report the same event, found without comparing all pairs: two articles are
 * candidates when they share at least {@value #MIN_SHARED_KEYS} of their keys (their most distinctive names and
 * title-and-lead terms) and were published within the window (or either is undated); each candidate is then scored
 * by {@link StorySimilarity}. Pairs scoring under half the threshold are dropped: they count as unrelated.
 */
final class StoryLinks {
  static final String SIMILARITY = "similarity";
  static final int MIN_SHARED_KEYS = 2;
  static final StructType SCHEMA = new StructType()
      .add(DOC_A, DataTypes.StringType, false)
      .add(DOC_B, DataTypes.StringType, false)
      .add(SIMILARITY, DataTypes.DoubleType, false);
  private static final StructType PAIRS = new StructType()
      .add(DOC_A, DataTypes.StringType, false)
      .add(DOC_B, DataTypes.StringType, false);

  private StoryLinks() {}

  /** (doc_a, doc_b, similarity), doc_a &lt; doc_b, from the vectors of {@link ArticleVectors}. */
  static Dataset<Row> of(Dataset<Row> vectors, StoriesOptions options) {
    long window = options.windowSeconds();
    Dataset<Row> candidates = vectors.select(col(DOC_ID), col(ArticleVectors.SECONDS),
            explode(col(ArticleVectors.KEYS)).as("key"))
        .groupBy("key").agg(collect_list(struct(col(ArticleVectors.SECONDS), col(DOC_ID))).as("docs"))
        .flatMap((FlatMapFunction<Row, Row>) posting -> pairsWithinWindow(posting.getList(1), window),
            Encoders.row(PAIRS))
        .groupBy(DOC_A, DOC_B).agg(count(lit(1)).as("shared"))
        .filter(col("shared").geq(MIN_SHARED_KEYS))
        .select(DOC_A, DOC_B);
    Column[] a = side(vectors, "a_");
    Column[] b = side(vectors, "b_");
    double minLink = options.threshold() / 2;
    return candidates
        .join(vectors.select(a), col(DOC_A).equalTo(col("a_" + DOC_ID)))
        .join(vectors.select(b), col(DOC_B).equalTo(col("b_" + DOC_ID)))
        .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(0), r.getString(1),
                StorySimilarity.score(ArticleVectors.article(r, 2), ArticleVectors.article(r, 11))),
            Encoders.row(SCHEMA))
        .filter(col(SIMILARITY).geq(minLink));
  }

  private static Column[] side(Dataset<Row> vectors, String prefix) {
    return java.util.Arrays.stream(vectors.columns()).map(c -> col(c).as(prefix + c)).toArray(Column[]::new);
  }

  /**
   * The pairs of one key's articles that could report one event: published at most {@code window} seconds apart, or
   * either undated. Articles sorted by time, so each dated one meets only its neighbours in time.
   */
  static Iterator<Row> pairsWithinWindow(List<Row> docs, long window) {
    List<Row> dated = new ArrayList<>();
    List<String> undated = new ArrayList<>();
    for (Row d : docs) {
      if (d.isNullAt(0)) {
        undated.add(d.getString(1));
      } else {
        dated.add(d);
      }
    }
    dated.sort(Comparator.comparingLong((Row d) -> d.getLong(0)).thenComparing(d -> d.getString(1)));
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < dated.size(); i++) {
      for (int j = i + 1; j < dated.size() && dated.get(j).getLong(0) - dated.get(i).getLong(0) <= window; j++) {
        out.add(pair(dated.get(i).getString(1), dated.get(j).getString(1)));
      }
    }
    for (int i = 0; i < undated.size(); i++) {
      for (int j = i + 1; j < undated.size(); j++) {
        out.add(pair(undated.get(i), undated.get(j)));
      }
      for (Row d : dated) {
        out.add(pair(undated.get(i), d.getString(1)));
      }
    }
    return out.iterator();
  }

  private static Row pair(String x, String y) {
    return x.compareTo(y) < 0 ? RowFactory.create(x, y) : RowFactory.create(y, x);
  }
}
