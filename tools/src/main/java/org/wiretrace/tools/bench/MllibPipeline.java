package org.wiretrace.tools.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.wiretrace.tools.ToolSpark;

/**
 * What a Spark user writes with MLlib instead of wiretrace's ingest and overlap stages, the other side of
 * {@code scripts/bench mllib}: {@code MllibPipeline CSV_DIR OUTPUT_DIR}. Reads the CSV files with Spark's reader,
 * tokenizes (\W+, lower case), computes TF-IDF of the tokens (CountVectorizer minDF 2, IDF) and near-duplicate pairs
 * from 5-word shingles (HashingTF binary, MinHashLSH self-join at Jaccard distance 0.4); writes OUTPUT_DIR/pairs
 * (id_a < id_b, distance) and OUTPUT_DIR/tfidf (id, tfidf) as Parquet.
 */
public final class MllibPipeline {
  static final String ID = "url";
  static final String TEXT = "body_text";
  static final int SHINGLE_WORDS = 5;
  static final double MAX_JACCARD_DISTANCE = 0.4;

  private MllibPipeline() {}

  public static void main(String[] args) {
    String corpus = args[0];
    String output = args[1];
    long start = System.nanoTime();
    SparkSession spark = ToolSpark.session("wiretrace-mllib");
    Dataset<Row> articles = articles(spark, corpus);
    Dataset<Row> features = features().fit(articles).transform(articles).persist(StorageLevel.MEMORY_AND_DISK());
    features.select(col(ID), col("tfidf")).write().mode(SaveMode.Overwrite).parquet(output + "/tfidf");

    // MinHashLSH rejects empty vectors: texts of fewer than 5 words have no shingle.
    Dataset<Row> shingled = features.filter(size(col("shingles")).gt(0)).select(col(ID), col("shingle_set"));
    MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(5).setInputCol("shingle_set").setOutputCol("hashes")
        .fit(shingled);
    Dataset<Row> pairs = lsh.approxSimilarityJoin(shingled, shingled, MAX_JACCARD_DISTANCE, "distance")
        .select(col("datasetA." + ID).as("id_a"), col("datasetB." + ID).as("id_b"), col("distance"))
        .filter(col("id_a").lt(col("id_b")));
    pairs.write().mode(SaveMode.Overwrite).parquet(output + "/pairs");
    System.out.printf("mllib: %d documents, %d pairs (%.1f s)%n", features.count(),
        spark.read().parquet(output + "/pairs").count(), (System.nanoTime() - start) / 1e9);
    spark.stop();
  }

  /** The articles with an id and a text, as Spark's CSV reader gives them (quoted fields span lines). */
  static Dataset<Row> articles(SparkSession spark, String corpus) {
    return spark.read().option("header", true).option("multiLine", true).option("escape", "\"")
        .option("recursiveFileLookup", true).csv(corpus)
        .select(col(ID), col(TEXT)).filter(col(ID).isNotNull().and(col(TEXT).isNotNull()));
  }

  /** Tokens, TF-IDF of the tokens, and the 5-word shingles as binary hashed vectors for MinHashLSH. */
  private static Pipeline features() {
    return new Pipeline().setStages(new PipelineStage[] {
        new RegexTokenizer().setPattern("\\W+").setToLowercase(true).setInputCol(TEXT).setOutputCol("tokens"),
        new CountVectorizer().setMinDF(2).setInputCol("tokens").setOutputCol("counts"),
        new IDF().setInputCol("counts").setOutputCol("tfidf"),
        new NGram().setN(SHINGLE_WORDS).setInputCol("tokens").setOutputCol("shingles"),
        new HashingTF().setBinary(true).setNumFeatures(1 << 22).setInputCol("shingles").setOutputCol("shingle_set")
    });
  }
}
