package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.Columns;
import org.wiretrace.TestSpark;
import org.wiretrace.cli.Main;

/**
 * The seeds through ingest and quotes: Lavrov's “breakthrough” is marked by two outlets, Свобода (003: he did not
 * expect a “breakthrough”) and 004 (telling his US counterpart he did not expect a “breakthrough”); 002 says it
 * without marks.
 */
class QuoteVariantsSeedsTest {
  @TempDir
  static Path out;
  private static Dataset<Row> quotes;
  private static Dataset<Row> variants;
  private static Dataset<Row> clusters;

  @BeforeAll
  static void run() {
    SparkSession spark = TestSpark.session();
    assertEquals(0, Main.execute("run", "--input", "../seeds", "--output", out.toString(), "--stages",
        "ingest,quotes", "--quiet"));
    quotes = spark.read().parquet(out.resolve(QuotesTable.NAME).toString());
    variants = spark.read().parquet(out.resolve(QuoteVariantsTable.NAME).toString());
    clusters = spark.read().parquet(out.resolve(QuoteClustersTable.NAME).toString());
  }

  @Test
  void theBreakthroughCarriedByTwoOutletsIsOneClusterOfTwoExactForms() {
    List<Row> marked = quotes.where(quotes.col(Columns.TEXT).equalTo("breakthrough")).collectAsList();
    assertEquals(2, marked.size());
    String cluster = marked.get(0).getAs(Columns.CLUSTER_ID);
    assertEquals(cluster, marked.get(1).getAs(Columns.CLUSTER_ID));
    List<Row> rows = variants.where(variants.col(Columns.CLUSTER_ID).equalTo(cluster)).collectAsList();
    assertEquals(2, rows.size());
    Set<String> docs = marked.stream().map(r -> r.<String>getAs(Columns.DOC_ID)).collect(Collectors.toSet());
    assertEquals(docs, rows.stream().map(r -> r.<String>getAs(Columns.DOC_ID)).collect(Collectors.toSet()));
    for (Row r : rows) {
      assertEquals(QuoteVariantsTable.EXACT, r.getAs(QuoteVariantsTable.RELATION));
      assertEquals(0, (int) r.getAs(QuoteVariantsTable.WORD_EDITS));
      assertEquals(marked.get(0).<String>getAs(Columns.SPEAKER_ID), r.getAs(Columns.SPEAKER_ID));
    }
    Row row = clusters.where(clusters.col(Columns.CLUSTER_ID).equalTo(cluster)).first();
    assertEquals(2, (int) row.getAs(Columns.N_SOURCES));
    assertEquals(1, (int) row.getAs(QuoteClustersTable.N_SPEAKERS));
    assertFalse(row.<Boolean>getAs(QuoteClustersTable.DRIFT));
  }

  @Test
  void everyQuotationOfARepeatedClusterIsAVariantAndNoOther() {
    long repeated = quotes.groupBy(Columns.CLUSTER_ID).count().where("count > 1")
        .join(quotes, Columns.CLUSTER_ID).count();
    assertEquals(repeated, variants.count());
  }
}
