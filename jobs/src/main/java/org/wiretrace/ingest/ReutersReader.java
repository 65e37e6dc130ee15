package org.wiretrace.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Reuters-21578 distribution: SGML files of stories; each story with a body becomes a document. A story cut off
 * before its end tag is a {@code malformed_row}, one without body text {@code no_body}, a file without stories one
 * {@code empty} reject.
 */
final class ReutersReader {
  private ReutersReader() {}

  static Dataset<Row> read(SparkSession spark, List<String> inputs) {
    return InputFiles.binaryFiles(spark, InputFiles.qualified(spark, inputs), InputFormat.REUTERS.glob())
        .select("path", "content")
        .flatMap((FlatMapFunction<Row, Row>) row -> toRaw(row.getString(0), row.getAs(1)),
            Encoders.row(RawArticles.SCHEMA));
  }

  static Iterator<Row> toRaw(String path, byte[] content) {
    List<Row> rows = new ArrayList<>();
    List<ReutersSgml.Story> stories = ReutersSgml.parse(new String(content, StandardCharsets.ISO_8859_1));
    if (stories.isEmpty()) {
      rows.add(RawArticles.reject(path, null, RejectsTable.EMPTY,
          content.length == 0 ? "0 bytes" : "no <REUTERS> story in " + content.length + " bytes"));
    }
    for (ReutersSgml.Story story : stories) {
      String name = "NEWID " + story.newId() + (story.type() == null ? "" : " " + story.type()) + ": ";
      if (story.truncated()) {
        rows.add(RawArticles.reject(path, story.record(), RejectsTable.MALFORMED_ROW,
            name + "cut off before its </REUTERS> (" + story.title() + ")"));
      } else if (story.body().isBlank() || "BRIEF".equals(story.type())) {
        rows.add(RawArticles.reject(path, story.record(), RejectsTable.NO_BODY, name + story.title()));
      } else {
        // Without a NEWID the story gets a hash id like any record without one.
        String id = story.newId() == null ? null : "reuters-" + story.newId();
        rows.add(RawArticles.row(path, story.record(), id, story.body(), story.title(), "Reuters", null,
            story.date(), story.place(), false, null, null));
      }
    }
    return rows.iterator();
  }
}
