package org.wiretrace.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** A directory tree of {@code .txt} files, one article each. */
final class TextFilesReader {
  /** Larger files are not articles (a dump, a log); they are rejected unread. */
  static final long MAX_BYTES = 20L << 20;

  private TextFilesReader() {}

  static Dataset<Row> read(SparkSession spark, List<String> inputs) {
    List<String> roots = new ArrayList<>(InputFiles.qualified(spark, inputs));
    Dataset<Row> files = InputFiles.binaryFiles(spark, roots, InputFormat.TEXT.glob());
    // The length filter is pushed into the binary-file reader: large files are never loaded.
    Dataset<Row> articles = files.filter(col("length").leq(MAX_BYTES)).select("path", "content")
        .map((MapFunction<Row, Row>) row -> toRaw(row.getString(0), row.getAs(1), roots),
            Encoders.row(RawArticles.SCHEMA));
    Dataset<Row> tooLarge = files.filter(col("length").gt(MAX_BYTES)).select("path", "length")
        .map((MapFunction<Row, Row>) row -> RawArticles.reject(row.getString(0), null, RejectsTable.TOO_LARGE,
                row.getLong(1) + " bytes, more than " + MAX_BYTES),
            Encoders.row(RawArticles.SCHEMA));
    return articles.union(tooLarge);
  }

  static Row toRaw(String path, byte[] content, List<String> roots) {
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    if (!decoded.ok()) {
      return RawArticles.reject(path, null, decoded.reason(), decoded.detail());
    }
    String id = DocIds.hash(List.of(DocIds.utf8(DocIds.relative(path, roots)), content));
    return RawArticles.row(path, null, id, decoded.text(), null, null, null, null, null, true, null, null);
  }
}
