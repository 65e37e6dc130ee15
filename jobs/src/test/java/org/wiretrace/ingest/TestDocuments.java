package org.wiretrace.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wiretrace.TestSpark;

/**
 * The one builder of {@code documents} fixtures for stage tests: each article goes through the ingest stage's own
 * normalisation (as a record of a tabular input with id, source, date, title and text columns), so the rows are
 * what ingest writes, counts and language included.
 */
public final class TestDocuments {

  /** One input article; title and published may be null. */
  public record Article(String id, String source, LocalDateTime published, String title, String text) {}

  private TestDocuments() {}

  public static Article article(String id, String source, LocalDateTime published, String text) {
    return new Article(id, source, published, null, text);
  }

  /** The documents table ingest writes for these articles, in their order. */
  public static Dataset<Row> of(Article... articles) {
    List<Row> raw = new ArrayList<>();
    for (int i = 0; i < articles.length; i++) {
      Article a = articles[i];
      raw.add(RawArticles.row("file:/corpus/articles.jsonl", i + 1, a.id(), a.text(), a.title(), a.source(), null,
          a.published() == null ? null : a.published().toString(), null, false, null, null));
    }
    Dataset<Row> documents = Ingest.documents(Ingest.normalize(
        TestSpark.session().createDataFrame(raw, RawArticles.SCHEMA)));
    if (documents.count() != articles.length) {
      throw new IllegalArgumentException("ingest rejected a fixture article: " + articles.length + " given");
    }
    return documents;
  }
}
