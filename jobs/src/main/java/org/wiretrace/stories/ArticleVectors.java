package org.wiretrace.stories;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.wiretrace.Columns.DOC_ID;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;
import org.wiretrace.terms.DocTermsTable;
import org.wiretrace.text.TermAnalyzer;

/**
 * Each article as the vectors {@link StorySimilarity} compares (names, title and lead, body) and the keys that find
 * its candidate pairs: its most distinctive names and title-and-lead terms. Names and lead terms are weighed by
 * TF-IDF over this corpus; the body is the terms stage's TF-IDF, its {@value #BODY_TERMS} heaviest terms. Two
 * shuffles: one counts each feature's articles, one gathers each article's features.
 */
final class ArticleVectors {
  static final String SECONDS = "seconds";
  static final String KEYS = "keys";
  static final int BODY_TERMS = 100;
  private static final String NAME = "n:";
  private static final String LEAD = "l:";
  private static final String BODY = "b:";
  private static final ArrayType LONGS = DataTypes.createArrayType(DataTypes.LongType, false);
  private static final ArrayType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType, false);

  /** One feature of one article and its count; a row with a null feature stands for the article itself. */
  private static final StructType FEATURES = new StructType()
      .add(DOC_ID, DataTypes.StringType, false)
      .add(SECONDS, DataTypes.LongType, true)
      .add("f", DataTypes.StringType, true)
      .add("tf", DataTypes.IntegerType, false);

  static final StructType SCHEMA = new StructType()
      .add(DOC_ID, DataTypes.StringType, false)
      .add(SECONDS, DataTypes.LongType, true)
      .add("names_keys", LONGS, false).add("names_weights", DOUBLES, false)
      .add("lead_keys", LONGS, false).add("lead_weights", DOUBLES, false)
      .add("body_keys", LONGS, false).add("body_weights", DOUBLES, false)
      .add(KEYS, LONGS, false);

  private ArticleVectors() {}

  /**
   * ({@link #SCHEMA}) for every one of the {@code n} documents; seconds is the publication time, seconds since 1970
   * read as UTC (null when undated).
   */
  static Dataset<Row> of(Dataset<Row> documents, long n, Dataset<Row> docTerms, StoriesOptions options) {
    Dataset<Row> features = documents.select(DOC_ID, Columns.PUBLISHED_AT, Columns.TITLE, Columns.TEXT)
        .mapPartitions((MapPartitionsFunction<Row, Row>) ArticleVectors::features, Encoders.row(FEATURES));
    // Articles per feature; the rows standing for articles are spread by doc_id (their df is not used).
    Dataset<Row> text = features
        .withColumn("df", count(lit(1)).over(Window.partitionBy(coalesce(col("f"), col(DOC_ID)))))
        .withColumn("w", when(col("f").isNotNull(),
            col("tf").multiply(log(lit(1.0 + n).divide(col("df").plus(1))).plus(1))))
        .select(col(DOC_ID), col(SECONDS), col("f"), col("w"), col("df"));
    Dataset<Row> body = docTerms.select(col(DOC_ID), lit(null).cast("long").as(SECONDS),
        concat(lit(BODY), col(Columns.TERM)).as("f"), col(DocTermsTable.TFIDF).as("w"),
        lit(null).cast("long").as("df"));
    int keys = options.keysPerArticle();
    int maxDf = options.maxKeyDf();
    return text.unionByName(body)
        .groupBy(DOC_ID).agg(max(SECONDS).as(SECONDS),
            collect_list(struct(col("f"), col("w"), col("df"))).as("fs"))
        .map((MapFunction<Row, Row>) r -> vectors(r.getString(0), r.isNullAt(1) ? null : r.getLong(1),
            r.getList(2), keys, maxDf), Encoders.row(SCHEMA));
  }

  /** The article of a vectors row ({@link #SCHEMA}), from column {@code from} on (doc_id and seconds first). */
  static StorySimilarity.Article article(Row row, int from) {
    return new StorySimilarity.Article(vector(row, from + 2), vector(row, from + 4), vector(row, from + 6));
  }

  private static StoryVector vector(Row row, int keys) {
    List<Long> k = row.getList(keys);
    List<Double> w = row.getList(keys + 1);
    return new StoryVector(k.stream().mapToLong(Long::longValue).toArray(),
        w.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Per article: a row standing for it (null feature), then one per name ("n:") and lead term ("l:"). */
  private static Iterator<Row> features(Iterator<Row> documents) {
    TermAnalyzer analyzer = new TermAnalyzer();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents, 0), false).flatMap(doc -> {
      StoryFeatures.Features f = StoryFeatures.of(doc.getString(2), doc.getString(3), analyzer);
      LocalDateTime published = doc.getAs(1);
      Long seconds = published == null ? null : published.toEpochSecond(ZoneOffset.UTC);
      List<Row> rows = new ArrayList<>(1 + f.names().size() + f.lead().size());
      rows.add(RowFactory.create(doc.getString(0), seconds, null, 0));
      f.names().forEach((name, tf) -> rows.add(RowFactory.create(doc.getString(0), seconds, NAME + name, tf)));
      f.lead().forEach((term, tf) -> rows.add(RowFactory.create(doc.getString(0), seconds, LEAD + term, tf)));
      return rows.stream();
    }).iterator();
  }

  /**
   * The three vectors of one article from its (feature, weight, df) rows, and as keys its heaviest names and lead
   * terms found in 2 to {@code maxDf} articles.
   */
  private static Row vectors(String docId, Long seconds, List<Row> features, int keys, int maxDf) {
    Map<String, Double> names = new HashMap<>();
    Map<String, Double> lead = new HashMap<>();
    List<Row> body = new ArrayList<>();
    List<Row> usable = new ArrayList<>();
    for (Row f : features) {
      if (f.isNullAt(0)) {
        continue;
      }
      String feature = f.getString(0);
      if (feature.startsWith(BODY)) {
        body.add(f);
        continue;
      }
      (feature.startsWith(NAME) ? names : lead).put(feature.substring(2), f.getDouble(1));
      if (f.getLong(2) >= 2 && f.getLong(2) <= maxDf) {
        usable.add(f);
      }
    }
    Comparator<Row> heaviest = Comparator.comparingDouble((Row f) -> -f.getDouble(1))
        .thenComparing(f -> f.getString(0));
    usable.sort(heaviest);
    long[] blocking = usable.stream().limit(keys).mapToLong(f -> StoryVector.hash(f.getString(0))).toArray();
    body.sort(heaviest);
    Map<String, Double> bodyWeights = new HashMap<>();
    body.stream().limit(BODY_TERMS).forEach(t -> bodyWeights.put(t.getString(0).substring(2), t.getDouble(1)));
    StoryVector n = StoryVector.of(names);
    StoryVector l = StoryVector.of(lead);
    StoryVector b = StoryVector.of(bodyWeights);
    return RowFactory.create(docId, seconds, n.keys(), n.weights(), l.keys(), l.weights(), b.keys(), b.weights(),
        blocking);
  }
}
