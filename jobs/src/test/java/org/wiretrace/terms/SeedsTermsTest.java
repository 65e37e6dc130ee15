package org.wiretrace.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;
import org.wiretrace.TestSpark;

/** The five seed articles through {@code run --stages ingest,terms}, checked against the cleaned texts. */
class SeedsTermsTest {
  private static final List<String> NAMES = List.of("lavrov", "blinken", "geneva", "ryabkov", "zakharova");

  @TempDir
  static Path out;
  static SparkSession spark;

  @BeforeAll
  static void run() {
    spark = TestSpark.session();
    int code = Main.execute("run", "--input", "../seeds", "--output", out.toString(), "--stages", "ingest,terms");
    assertEquals(0, code);
    for (String table : List.of("documents", TermsTable.NAME, DocTermsTable.NAME, CollocationsTable.NAME)) {
      spark.read().parquet(out.resolve(table).toString()).createOrReplaceTempView("seeds_" + table);
    }
  }

  private static List<Row> sql(String query) {
    return spark.sql(query).collectAsList();
  }

  @Test
  void namesAreFoundInAsManyDocumentsAsAWordSearchOfTheCleanedTextFinds() {
    List<String> texts = sql("SELECT text FROM seeds_documents").stream().map(r -> r.getString(0)).toList();
    Map<String, Long> df = sql("SELECT term, df FROM seeds_terms WHERE n = 1").stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    for (String name : NAMES) {
      Pattern word = Pattern.compile("\\b" + name + "\\b", Pattern.CASE_INSENSITIVE);
      long grep = texts.stream().filter(t -> word.matcher(t).find()).count();
      assertEquals(grep, df.get(name), name);
    }
    assertEquals(List.of(5L, 5L, 5L, 2L, 1L), NAMES.stream().map(df::get).toList());
    assertEquals(List.of("lavrov", "ryabkov"), sql("SELECT surface FROM seeds_terms WHERE term IN ('lavrov', "
        + "'ryabkov') ORDER BY term").stream().map(r -> r.getString(0)).toList());
  }

  @Test
  void idfFollowsFromDfAndDfAndCfFromDocTerms() {
    long documents = sql("SELECT count(*) FROM seeds_documents").get(0).getLong(0);
    assertEquals(0L, sql("SELECT count(*) FROM seeds_terms WHERE abs(idf - (ln((1.0 + " + documents
        + ") / (1.0 + df)) + 1)) > 1e-9").get(0).getLong(0));
    Dataset<Row> mismatches = spark.sql("SELECT t.term, t.df, t.cf, d.docs, d.tfs FROM seeds_terms t FULL JOIN "
        + "(SELECT term, count(*) docs, sum(tf) tfs FROM seeds_doc_terms GROUP BY term) d ON t.term = d.term "
        + "WHERE t.df IS DISTINCT FROM d.docs OR t.cf IS DISTINCT FROM d.tfs");
    assertEquals(List.of(), mismatches.collectAsList());
    assertTrue(sql("SELECT count(*) FROM seeds_terms").get(0).getLong(0) > 500);
  }

  @Test
  void familiarPhrasesLeadTheCollocationsByLlr() {
    List<String> top = sql("SELECT ngram FROM seeds_collocations ORDER BY llr DESC LIMIT 5").stream()
        .map(r -> r.getString(0)).toList();
    assertTrue(top.containsAll(List.of("foreign minister", "state department", "security guarantees")),
        () -> "top 5 by llr: " + top);
  }

  @Test
  void aMinimumCountBelowOneIsAUsageError() {
    assertEquals(2, Main.execute("run", "--input", "../seeds", "--collocation-min-count", "0"));
  }
}
