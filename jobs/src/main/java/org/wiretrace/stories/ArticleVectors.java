package org.wiretrace.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.struct;
import static org.wiretrace.Columns.DOC_ID;
import static scala.jdk.javaapi.CollectionConverters.asScala;

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
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;
import org.wiretrace.terms.DocTermsTable;
import org.wiretrace.text.TermAnalyzer;

/**
 * Each article as the vectors {@link StorySimilarity} compares (names, title and lead, body) and the keys that find
 * its candidate pairs: its most distinctive names and title-and-lead terms. Names and lead terms are weighed by
 * TF-IDF over this corpus; the body is the terms stage's TF-IDF, its {@value #BODY_TERMS} heaviest terms.
 */
final class ArticleVectors {
  static final String SECONDS = "seconds";
  static final String KEYS = "keys";
  static final int BODY_TERMS = 100;
  private static final String NAME = "n:";
  private static final String LEAD = "l:";
  private static final ArrayType LONGS = DataTypes.createArrayType(DataTypes.LongType, false);
  private static final ArrayType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType, false);

  private static final StructType FEATURES = new StructType()
      .add(DOC_ID, DataTypes.StringType, false)
      .add(SECONDS, DataTypes.LongType, true)
      .add("names", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false), false)
      .add("lead", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false), false);
  private static final StructType TEXT_VECTORS = new StructType()
      .add(DOC_ID, DataTypes.StringType, false)
      .add("names_keys", LONGS, false).add("names_weights", DOUBLES, false)
      .add("lead_keys", LONGS, false).add("lead_weights", DOUBLES, false)
      .add(KEYS, LONGS, false);
  private static final StructType BODY_VECTORS = new StructType()
      .add(DOC_ID, DataTypes.StringType, false)
      .add("body_keys", LONGS, false).add("body_weights", DOUBLES, false);

  private ArticleVectors() {}

  /**
   * (doc_id, seconds, names_keys, names_weights, lead_keys, lead_weights, body_keys, body_weights, keys) for every
   * document; seconds is the publication time, seconds since 1970 read as UTC (null when undated).
   */
  static Dataset<Row> of(Dataset<Row> documents, Dataset<Row> docTerms, StoriesOptions options) {
    Dataset<Row> features = documents
        .select(DOC_ID, Columns.PUBLISHED_AT, Columns.TITLE, Columns.TEXT)
        .mapPartitions((MapPartitionsFunction<Row, Row>) ArticleVectors::features, Encoders.row(FEATURES));
    Dataset<Row> counted = features.select(col(DOC_ID), explode(col("names")).as(new String[] {"f", "tf"}))
        .withColumn("f", concat(lit(NAME), col("f")))
        .union(features.select(col(DOC_ID), explode(col("lead")).as(new String[] {"f", "tf"}))
            .withColumn("f", concat(lit(LEAD), col("f"))));
    long n = documents.count();
    Dataset<Row> idf = counted.groupBy("f").agg(count(lit(1)).as("df"))
        .withColumn("idf", log(lit(1.0 + n).divide(col("df").plus(1))).plus(1));
    int keys = options.keysPerArticle();
    int maxDf = options.maxKeyDf();
    Dataset<Row> textVectors = counted.join(idf, "f")
        .groupBy(DOC_ID).agg(collect_list(struct(col("f"), col("tf").multiply(col("idf")), col("df"))).as("fs"))
        .map((MapFunction<Row, Row>) r -> textVectors(r.getString(0), r.getList(1), keys, maxDf),
            Encoders.row(TEXT_VECTORS));
    Dataset<Row> bodyVectors = docTerms.groupBy(DOC_ID)
        .agg(collect_list(struct(col(Columns.TERM), col(DocTermsTable.TFIDF))).as("ts"))
        .map((MapFunction<Row, Row>) r -> bodyVector(r.getString(0), r.getList(1)), Encoders.row(BODY_VECTORS));
    Dataset<Row> empty = features.select(DOC_ID, SECONDS);
    return empty.join(textVectors, new String[] {DOC_ID}, "left").join(bodyVectors, new String[] {DOC_ID}, "left")
        .map((MapFunction<Row, Row>) ArticleVectors::withEmptyVectors, Encoders.row(schema()));
  }

  static StructType schema() {
    return new StructType().add(DOC_ID, DataTypes.StringType, false).add(SECONDS, DataTypes.LongType, true)
        .add("names_keys", LONGS, false).add("names_weights", DOUBLES, false)
        .add("lead_keys", LONGS, false).add("lead_weights", DOUBLES, false)
        .add("body_keys", LONGS, false).add("body_weights", DOUBLES, false)
        .add(KEYS, LONGS, false);
  }

  /** The article of a vectors row ({@link #schema()}), from column {@code from} on (doc_id and seconds first). */
  static StorySimilarity.Article article(Row row, int from) {
    return new StorySimilarity.Article(vector(row, from + 2), vector(row, from + 4), vector(row, from + 6));
  }

  private static StoryVector vector(Row row, int keys) {
    List<Long> k = row.getList(keys);
    List<Double> w = row.getList(keys + 1);
    return new StoryVector(k.stream().mapToLong(Long::longValue).toArray(),
        w.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Iterator<Row> features(Iterator<Row> documents) {
    TermAnalyzer analyzer = new TermAnalyzer();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents, 0), false).map(doc -> {
      StoryFeatures.Features f = StoryFeatures.of(doc.getString(2), doc.getString(3), analyzer);
      LocalDateTime published = doc.getAs(1);
      Long seconds = published == null ? null : published.toEpochSecond(ZoneOffset.UTC);
      return RowFactory.create(doc.getString(0), seconds, asScala(f.names()), asScala(f.lead()));
    }).iterator();
  }

  /** Names and lead vectors from (feature, weight, df) rows, and the heaviest features with a usable df as keys. */
  private static Row textVectors(String docId, List<Row> features, int keys, int maxDf) {
    Map<String, Double> names = new HashMap<>();
    Map<String, Double> lead = new HashMap<>();
    List<Row> usable = new ArrayList<>();
    for (Row f : features) {
      String feature = f.getString(0);
      (feature.startsWith(NAME) ? names : lead).merge(feature.substring(2), f.getDouble(1), Double::sum);
      long df = f.getLong(2);
      if (df >= 2 && df <= maxDf) {
        usable.add(f);
      }
    }
    usable.sort(Comparator.comparingDouble((Row f) -> -f.getDouble(1)).thenComparing(f -> f.getString(0)));
    long[] blocking = usable.stream().limit(keys).mapToLong(f -> StoryVector.hash(f.getString(0))).toArray();
    StoryVector n = StoryVector.of(names);
    StoryVector l = StoryVector.of(lead);
    return RowFactory.create(docId, n.keys(), n.weights(), l.keys(), l.weights(), blocking);
  }

  private static Row bodyVector(String docId, List<Row> terms) {
    List<Row> heaviest = new ArrayList<>(terms);
    heaviest.sort(Comparator.comparingDouble((Row t) -> -t.getDouble(1)).thenComparing(t -> t.getString(0)));
    Map<String, Double> weights = new HashMap<>();
    heaviest.stream().limit(BODY_TERMS).forEach(t -> weights.put(t.getString(0), t.getDouble(1)));
    StoryVector body = StoryVector.of(weights);
    return RowFactory.create(docId, body.keys(), body.weights());
  }

  /** Documents without names, lead terms or doc_terms rows get empty vectors and no keys. */
  private static Row withEmptyVectors(Row r) {
    return RowFactory.create(r.getString(0), r.get(1),
        orEmpty(r, 2, new long[0]), orEmpty(r, 3, new double[0]), orEmpty(r, 4, new long[0]),
        orEmpty(r, 5, new double[0]), orEmpty(r, 7, new long[0]), orEmpty(r, 8, new double[0]),
        orEmpty(r, 6, new long[0]));
  }

  private static Object orEmpty(Row r, int i, Object empty) {
    return r.isNullAt(i) ? empty : r.get(i);
  }
}
