package org.wiretrace.stories;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.wiretrace.TestSpark;

class ScratchTest {
  @Test
  void scratch() {
    String out = System.getProperty("scratch.out", "/tmp/st/seeds");
    var spark = TestSpark.session();
    Dataset<Row> documents = spark.read().parquet(out + "/documents");
    Dataset<Row> docTerms = spark.read().parquet(out + "/doc_terms");
    Dataset<Row> vectors = ArticleVectors.of(documents, docTerms, StoriesOptions.DEFAULTS).cache();
    List<Row> rows = vectors.collectAsList();
    for (Row r : rows) {
      System.out.println(r.getString(0) + " keys=" + r.getList(8).size() + " names=" + r.getList(2).size() + " lead=" + r.getList(4).size() + " body=" + r.getList(6).size());
    }
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        var a = ArticleVectors.article(rows.get(i), 0);
        var b = ArticleVectors.article(rows.get(j), 0);
        System.out.printf("%s %s names %.3f lead %.3f body %.3f score %.3f%n", rows.get(i).getString(0), rows.get(j).getString(0),
            a.names().dot(b.names()), a.lead().dot(b.lead()), a.body().dot(b.body()), StorySimilarity.score(a, b));
      }
    }
    StoryLinks.of(vectors, StoriesOptions.DEFAULTS).show(50, false);
  }
}
