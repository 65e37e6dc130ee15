package org.wiretrace.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static org.wiretrace.Columns.columns;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.wiretrace.Columns;
import org.wiretrace.Stage;
import org.wiretrace.StageContext;

/** Stage {@code ingest}: reads the corpus in any supported format into {@code documents} and {@code rejects}. */
public final class Ingest implements Stage {
  /** Spark's default read split ({@code spark.sql.files.maxPartitionBytes}): no output file gets more input. */
  static final long MAX_PART_INPUT_BYTES = 128L << 20;
  /** AQE's default smallest partition ({@code spark.sql.adaptive.coalescePartitions.minPartitionSize}). */
  static final long MIN_PART_INPUT_BYTES = 1L << 20;

  private final IngestOptions options;

  public Ingest(IngestOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public IngestOptions options() {
    return options;
  }

  @Override
  public List<String> needs() {
    return List.of();
  }

  @Override
  public List<String> writes() {
    return List.of(DocumentsTable.NAME, RejectsTable.NAME);
  }

  @Override
  public void run(StageContext context) {
    SparkSession spark = context.spark();
    int partitions = outputPartitions(InputFiles.totalBytes(spark, options.inputs()),
        spark.sparkContext().defaultParallelism());
    Dataset<Row> parsed = markDuplicates(normalize(read(spark, options), options), partitions)
        .persist(StorageLevel.MEMORY_AND_DISK());
    context.write(DocumentsTable.NAME, documents(parsed));
    context.write(RejectsTable.NAME, rejects(parsed));
    parsed.unpersist();
  }

  /** The raw records of the inputs, whatever their format. */
  static Dataset<Row> read(SparkSession spark, IngestOptions options) {
    InputFormat format = options.format() == InputFormat.AUTO
        ? FormatDetector.detect(spark, options.inputs())
        : options.format();
    return switch (format) {
      case TEXT -> TextFilesReader.read(spark, options.inputs());
      case REUTERS -> ReutersReader.read(spark, options.inputs());
      case CSV, JSONL, PARQUET -> TabularReader.read(spark, format, options.inputs(), options.columns());
      case AUTO -> throw new IllegalStateException("format was resolved above");
    };
  }

  /** Raw records to document rows or rejects ({@link ArticleNormalizer#SCHEMA}). */
  public static Dataset<Row> normalize(Dataset<Row> raw) {
    return raw.map((MapFunction<Row, Row>) ArticleNormalizer::normalize, Encoders.row(ArticleNormalizer.SCHEMA));
  }

  /** As {@link #normalize(Dataset)}, with the outlet options ({@code --source}, {@code --source-from}) applied. */
  static Dataset<Row> normalize(Dataset<Row> raw, IngestOptions options) {
    String source = options.source();
    String sourceFrom = options.sourceFrom();
    return raw.map((MapFunction<Row, Row>) row -> ArticleNormalizer.normalize(row, source, sourceFrom),
        Encoders.row(ArticleNormalizer.SCHEMA));
  }

  /**
   * How many partitions (so Parquet files per table) the output gets: one per {@link #MAX_PART_INPUT_BYTES} of
   * input at least, and one per core as long as each still gets {@link #MIN_PART_INPUT_BYTES}, so that a small
   * corpus gives one file and a mid-sized one still keeps every core busy when a later stage reads it.
   */
  static int outputPartitions(long inputBytes, int cores) {
    long bySize = ceilDiv(inputBytes, MAX_PART_INPUT_BYTES);
    long byCores = Math.min(cores, ceilDiv(inputBytes, MIN_PART_INPUT_BYTES));
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.max(bySize, byCores)));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /**
   * A second record with the same doc_id becomes a reject; the first by (input_path, record) stays. The rows are
   * hashed by doc_id into {@code partitions} partitions, which the window reuses (one shuffle).
   */
  static Dataset<Row> markDuplicates(Dataset<Row> parsed, int partitions) {
    Column rank = row_number().over(Window.partitionBy(Columns.DOC_ID)
        .orderBy(Columns.INPUT_PATH, Columns.RECORD));
    Column isDocument = col(ArticleNormalizer.REASON).isNull();
    Dataset<Row> ranked = parsed.repartition(partitions, col(Columns.DOC_ID))
        .withColumn("_rank", when(isDocument, rank));
    Column duplicate = col("_rank").gt(1);
    return ranked
        .withColumn(ArticleNormalizer.REASON,
            when(duplicate, lit(RejectsTable.DUPLICATE_ID)).otherwise(col(ArticleNormalizer.REASON)))
        .withColumn(ArticleNormalizer.DETAIL,
            when(duplicate, concat(lit("doc_id "), col(Columns.DOC_ID), lit(" seen before")))
                .otherwise(col(ArticleNormalizer.DETAIL)))
        .drop("_rank");
  }

  public static Dataset<Row> documents(Dataset<Row> parsed) {
    return parsed.filter(col(ArticleNormalizer.REASON).isNull()).select(columns(DocumentsTable.SCHEMA));
  }

  public static Dataset<Row> rejects(Dataset<Row> parsed) {
    return parsed.filter(col(ArticleNormalizer.REASON).isNotNull()).select(columns(RejectsTable.SCHEMA));
  }

}
