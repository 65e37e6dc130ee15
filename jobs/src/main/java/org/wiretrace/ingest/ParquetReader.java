package org.wiretrace.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;

/**
 * Parquet files, read in groups of files with one schema (from each file's footer), so that a file whose columns
 * differ from the others' is read by its own columns rather than failing the run. A text column of binary type is
 * decoded as text ({@link TextDecoder}, as Parquet writers that do not mark strings leave it); one of any other type
 * makes each row a {@code wrong_type} reject. A file of 0 rows is one {@code empty} reject.
 */
final class ParquetReader {
  private ParquetReader() {}

  static Dataset<Row> read(SparkSession spark, List<InputFiles.Listed> files, ColumnMapping mapping) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<TabularReader.EmptyFile> empty = new ArrayList<>();
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (InputFiles.Listed file : files) {
      ParquetMetadata footer = file.length() == 0 ? null : footer(conf, file);
      long rows = footer == null ? 0 : footer.getBlocks().stream().mapToLong(BlockMetaData::getRowCount).sum();
      if (rows == 0) {
        empty.add(new TabularReader.EmptyFile(file.uri(), footer == null ? "0 bytes" : "0 rows"));
      } else {
        groups.computeIfAbsent(footer.getFileMetaData().getSchema().toString(), schema -> new ArrayList<>())
            .add(file.path());
      }
    }
    List<Dataset<Row>> tables = new ArrayList<>();
    TreeSet<String> columns = new TreeSet<>();
    for (List<String> paths : groups.values()) {
      Dataset<Row> table = spark.read().parquet(paths.toArray(String[]::new));
      tables.add(table);
      columns.addAll(List.of(table.columns()));
    }
    TabularReader.check(mapping, new ArrayList<>(columns));
    Dataset<Row> records = TabularReader.emptyFiles(spark, empty);
    for (Dataset<Row> table : tables) {
      records = records.union(records(table, mapping));
    }
    return records;
  }

  private static ParquetMetadata footer(Configuration conf, InputFiles.Listed file) {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file.path()), conf))) {
      return reader.getFooter();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(file.uri() + " is not a readable Parquet file (" + e.getMessage()
          + "): move it out of the input", e);
    }
  }

  /** The raw records of files that share one schema; columns are taken by position, whatever their names. */
  static Dataset<Row> records(Dataset<Row> table, ColumnMapping mapping) {
    List<String> names = List.of(table.columns());
    ColumnMapping found = mapping.find(names);
    String[] positional = new String[names.size()];
    for (int i = 0; i < positional.length; i++) {
      positional[i] = "c" + i;
    }
    Dataset<Row> numbered = TabularReader.numbered(table.toDF(positional));
    int textIndex = found.text() == null ? -1 : names.indexOf(found.text());
    DataType textType = textIndex < 0 ? null : table.schema().fields()[textIndex].dataType();
    Column text = lit(null).cast(DataTypes.StringType);
    Column reason = lit(null).cast(DataTypes.StringType);
    Column detail = lit(null).cast(DataTypes.StringType);
    if (textType == null) {
      reason = lit(RejectsTable.EMPTY);
      detail = lit("no text column (columns: " + String.join(", ", names) + ")");
    } else if (textType instanceof StringType || textType instanceof BinaryType) {
      text = col(positional[textIndex]);
    } else {
      reason = lit(RejectsTable.WRONG_TYPE);
      String what = "column " + found.text() + " is " + textType.simpleString() + ", not a string";
      detail = coalesce(concat(lit(what + ": "),
          substring(col(positional[textIndex]).cast(DataTypes.StringType), 1, JsonLines.EXCERPT)), lit(what));
    }
    Dataset<Row> raw = numbered.select(
        col(RawArticles.INPUT_PATH),
        col(RawArticles.RECORD),
        field(names, positional, found.id()).as(RawArticles.ID),
        text.as(RawArticles.TEXT),
        field(names, positional, found.title()).as(RawArticles.TITLE),
        field(names, positional, found.source()).as(RawArticles.SOURCE),
        field(names, positional, found.url()).as(RawArticles.URL),
        field(names, positional, found.date()).as(RawArticles.DATE),
        lit(null).cast(DataTypes.StringType).as(RawArticles.PLACE),
        lit(false).as(RawArticles.WITH_HEADER),
        reason.as(RawArticles.REASON),
        detail.as(RawArticles.DETAIL));
    return textType instanceof BinaryType
        ? raw.map((MapFunction<Row, Row>) ParquetReader::decodeText, Encoders.row(RawArticles.SCHEMA))
        : raw;
  }

  private static Column field(List<String> names, String[] positional, String name) {
    return name == null ? lit(null).cast(DataTypes.StringType)
        : col(positional[names.indexOf(name)]).cast(DataTypes.StringType);
  }

  /** A raw record whose text is bytes: the text they decode to, or the reason they do not. */
  static Row decodeText(Row row) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    int text = RawArticles.SCHEMA.fieldIndex(RawArticles.TEXT);
    byte[] bytes = (byte[]) values[text];
    values[text] = null;
    if (bytes != null) {
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      values[text] = decoded.text();
      values[RawArticles.SCHEMA.fieldIndex(RawArticles.REASON)] = decoded.reason();
      values[RawArticles.SCHEMA.fieldIndex(RawArticles.DETAIL)] = decoded.detail();
    }
    return RawArticles.row(values);
  }
}
