package org.wiretrace.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.wiretrace.UsageError;

/**
 * CSV, JSON Lines and Parquet exports, one article per record. The records are cut out and checked in plain Java
 * ({@link CsvFile}, {@link JsonLines}; Parquet in {@link ParquetReader}), so one bad record, whatever is wrong with
 * it, becomes a reject and its neighbours documents; Spark lists, splits and schedules.
 */
final class TabularReader {
  private TabularReader() {}

  static Dataset<Row> read(SparkSession spark, InputFormat format, List<String> inputs, ColumnMapping mapping) {
    List<InputFiles.Listed> files = InputFiles.list(spark, inputs, format.glob());
    if (files.isEmpty()) {
      throw new UsageError("no " + format + " files (" + format.glob() + ") under " + String.join(", ", inputs));
    }
    return switch (format) {
      case JSONL -> jsonLines(spark, files, mapping);
      case CSV -> csv(spark, files, mapping);
      case PARQUET -> ParquetReader.read(spark, files, mapping);
      default -> throw new IllegalArgumentException("not a tabular format: " + format);
    };
  }

  /** Each line a record numbered by its line in the file; Spark splits the files by lines. */
  private static Dataset<Row> jsonLines(SparkSession spark, List<InputFiles.Listed> files, ColumnMapping mapping) {
    List<EmptyFile> empty = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (InputFiles.Listed file : files) {
      if (file.length() == 0) {
        empty.add(new EmptyFile(file.uri(), "0 bytes"));
      } else {
        paths.add(file.path());
      }
    }
    if (paths.isEmpty()) {
      return emptyFiles(spark, empty);
    }
    String[] read = paths.toArray(String[]::new);
    List<String> keys = spark.read().text(read).select(col("value").cast("binary")).as(Encoders.BINARY())
        .flatMap((FlatMapFunction<byte[], String>) line -> JsonLines.keys(line).iterator(), Encoders.STRING())
        .distinct().collectAsList();
    check(mapping, new ArrayList<>(new TreeSet<>(keys)));
    Dataset<Row> lines = numbered(spark.read().text(read))
        .select(col(RawArticles.INPUT_PATH), col(RawArticles.RECORD), col("value").cast("binary"));
    Dataset<Row> records = lines.flatMap((FlatMapFunction<Row, Row>) row -> {
      Row raw = JsonLines.toRaw(row.getString(0), row.getInt(1), row.getAs(2), mapping);
      return raw == null ? Collections.emptyIterator() : List.of(raw).iterator();
    }, Encoders.row(RawArticles.SCHEMA));
    return records.union(emptyFiles(spark, empty));
  }

  /** Each file read whole by one task, as a stream, with its own header. */
  private static Dataset<Row> csv(SparkSession spark, List<InputFiles.Listed> files, ColumnMapping mapping) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> conf = InputFiles.hadoopConf(spark);
    long bytes = files.stream().mapToLong(InputFiles.Listed::length).sum();
    int slices = Math.min(files.size(), Ingest.outputPartitions(bytes, jsc.defaultParallelism()));
    List<String> columns = new ArrayList<>(new TreeSet<>(jsc.parallelize(files, slices)
        .flatMap(file -> {
          try (InputStream in = InputFiles.open(conf, file.path())) {
            return CsvFile.header(in).iterator();
          }
        }).distinct().collect()));
    check(mapping, columns);
    return spark.createDataFrame(jsc.parallelize(files, slices).flatMap(file -> {
      InputStream in = InputFiles.open(conf, file.path());
      TaskContext.get().addTaskCompletionListener((TaskCompletionListener) context -> close(in));
      return CsvFile.toRaw(file.uri(), in, mapping);
    }), RawArticles.SCHEMA);
  }

  /**
   * A usage error when a named column is in no file, or no file has a column that can be the text; none when no file
   * has any columns (all empty or unreadable: their rejects say so).
   */
  static void check(ColumnMapping mapping, List<String> columns) {
    if (columns.isEmpty()) {
      return;
    }
    if (mapping.resolve(columns).text() == null) {
      throw new UsageError("no text column among " + String.join(", ", columns) + ": name one with --text-col");
    }
  }

  /**
   * The table with each row's file ({@code input_file_name()}) and its ordinal in that file: Spark reads a file's
   * splits in order, each split's rows in order.
   */
  static Dataset<Row> numbered(Dataset<Row> table) {
    return table
        .withColumn(RawArticles.INPUT_PATH, input_file_name())
        .withColumn("_order", monotonically_increasing_id())
        .withColumn(RawArticles.RECORD,
            row_number().over(Window.partitionBy(RawArticles.INPUT_PATH).orderBy("_order")))
        .drop("_order");
  }

  /** A whole file that holds no record (its URI), and what it holds instead. */
  record EmptyFile(String uri, String detail) {}

  /** One {@code empty} reject per file (record null). */
  static Dataset<Row> emptyFiles(SparkSession spark, List<EmptyFile> files) {
    List<Row> rows = new ArrayList<>();
    for (EmptyFile file : files) {
      rows.add(RawArticles.reject(file.uri(), null, RejectsTable.EMPTY, file.detail()));
    }
    return spark.createDataFrame(rows, RawArticles.SCHEMA);
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
