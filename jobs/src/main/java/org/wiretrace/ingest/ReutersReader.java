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

/** The Reuters-21578 distribution: SGML files of stories; each story with a body becomes a document. */
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
    for (ReutersSgml.Story story : ReutersSgml.parse(new String(content, StandardCharsets.ISO_8859_1))) {
      if (story.body().isBlank() || "BRIEF".equals(story.type())) {
        rows.add(RawArticles.reject(path, story.record(), RejectsTable.NO_BODY,
            "NEWID " + story.newId() + (story.type() == null ? "" : " " + story.type()) + ": " + story.title()));
        continue;
      }
      rows.add(RawArticles.row(path, story.record(), "reuters-" + story.newId(), story.body(), story.title(),
          "Reuters", null, story.date(), story.place(), false, null, null));
    }
    return rows.iterator();
  }
}
