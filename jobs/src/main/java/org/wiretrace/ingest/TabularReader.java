package org.wiretrace.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.UsageError;

/**
 * CSV, JSON Lines and Parquet exports, one article per record, read with Spark's own splittable readers. Columns are
 * mapped by {@link ColumnMapping}; a record Spark could not parse keeps its raw text for the rejects table.
 */
final class TabularReader {
  static final String CORRUPT = "_corrupt_record";

  private TabularReader() {}

  static Dataset<Row> read(SparkSession spark, InputFormat format, List<String> inputs, ColumnMapping mapping) {
    Dataset<Row> table = load(spark, format, inputs);
    List<String> columns = new ArrayList<>(Arrays.asList(table.columns()));
    columns.remove(CORRUPT);
    ColumnMapping resolved = mapping.resolve(columns);
    if (resolved.text() == null) {
      throw new UsageError("no text column among " + String.join(", ", columns) + ": name one with --text-col");
    }
    // The record number is the row's ordinal in its file: Spark reads a file's rows in order within a task.
    Dataset<Row> numbered = table
        .withColumn(RawArticles.INPUT_PATH, input_file_name())
        .withColumn("_order", monotonically_increasing_id());
    numbered = numbered.withColumn(RawArticles.RECORD,
        row_number().over(Window.partitionBy(RawArticles.INPUT_PATH).orderBy("_order")));
    Column corrupt = Arrays.asList(table.columns()).contains(CORRUPT) ? col(CORRUPT) : lit(null);
    return numbered.select(
        col(RawArticles.INPUT_PATH),
        col(RawArticles.RECORD),
        field(resolved.id()).as(RawArticles.ID),
        field(resolved.text()).as(RawArticles.TEXT),
        field(resolved.title()).as(RawArticles.TITLE),
        field(resolved.source()).as(RawArticles.SOURCE),
        field(resolved.url()).as(RawArticles.URL),
        field(resolved.date()).as(RawArticles.DATE),
        lit(null).cast(DataTypes.StringType).as(RawArticles.PLACE),
        lit(false).as(RawArticles.WITH_HEADER),
        when(corrupt.isNotNull(), lit(RejectsTable.MALFORMED_ROW)).as(RawArticles.REASON),
        when(corrupt.isNotNull(), substring(corrupt, 1, 200)).as(RawArticles.DETAIL));
  }

  private static Column field(String name) {
    return name == null ? lit(null).cast(DataTypes.StringType) : col("`" + name + "`").cast(DataTypes.StringType);
  }

  private static Dataset<Row> load(SparkSession spark, InputFormat format, List<String> inputs) {
    String[] paths = inputs.toArray(String[]::new);
    DataFrameReader reader = spark.read().option("recursiveFileLookup", "true")
        .option("pathGlobFilter", format.glob());
    switch (format) {
      case CSV: {
        reader.option("header", "true").option("multiLine", "true").option("escape", "\"");
        // Read the header first so the corrupt-record column can be added to an all-string schema.
        StructType header = reader.csv(paths).schema();
        if (header.fields().length == 0) {
          throw new UsageError("no CSV files with a header under " + String.join(", ", inputs));
        }
        return reader.schema(header.add(CORRUPT, DataTypes.StringType))
            .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT).csv(paths);
      }
      case JSONL:
        return reader.option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT).json(paths);
      case PARQUET:
        return reader.parquet(paths);
      default:
        throw new IllegalArgumentException("not a tabular format: " + format);
    }
  }
}
