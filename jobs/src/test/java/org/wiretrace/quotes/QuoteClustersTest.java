package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wiretrace.Columns;
import org.wiretrace.TestSpark;

/**
 * Clusters of ten quotations worked by hand: a 13-word full form (q1, Lavrov), a truncation of it (q2), a form with
 * "not" → "never" given to Blinken (q3), a trimmed form without "any" (q4); q5 shares its first five words but
 * differs in four later ones, q6 shares nothing; "breakthrough" twice from Lavrov and once from Blinken; the 5-word
 * start of q1 alone (q9).
 */
class QuoteClustersTest {
  private static final StructType QUOTES = new StructType()
      .add(QuotesTable.QUOTE_ID, StringType, false)
      .add(Columns.DOC_ID, StringType, false)
      .add(Columns.SOURCE, StringType, true)
      .add(Columns.PUBLISHED_AT, TimestampNTZType, true)
      .add(Columns.TEXT, StringType, false)
      .add(Columns.SPEAKER_ID, StringType, true);
  private static final LocalDateTime DAY = LocalDateTime.of(2022, 1, 21, 10, 0);
  private static final String FULL = "We will not accept any troops from NATO on the borders of Russia,";

  private static Dataset<Row> input;
  private static Dataset<Row> quotes;

  @BeforeAll
  static void cluster() {
    input = TestSpark.rows(QUOTES,
        new Object[] {"q1", "d1", "AFP", DAY, FULL, "lavrov"},
        new Object[] {"q2", "d2", "EFE", DAY.plusHours(2), "we will not accept any troops from NATO", "lavrov"},
        new Object[] {"q3", "d3", "AP", DAY.plusDays(1), "We will never accept any troops from NATO on the borders "
            + "of Russia.", "blinken"},
        new Object[] {"q4", "d4", "TASS", null, "will not accept troops from NATO on the borders", "lavrov"},
        new Object[] {"q5", "d5", "AP", null, "We will not accept any ultimatum from Washington on this matter",
            "blinken"},
        new Object[] {"q6", "d6", "EFE", null, "The talks were useful and frank, we will meet again next week.",
            "blinken"},
        new Object[] {"q7", "d1", "AFP", DAY, "breakthrough", "lavrov"},
        new Object[] {"q8", "d4", "TASS", null, "Breakthrough", "lavrov"},
        new Object[] {"q10", "d3", "AP", DAY.plusDays(1), "breakthrough", "blinken"},
        new Object[] {"q9", "d5", "AP", null, "we will not accept any", "lavrov"});
    quotes = QuoteClusters.assign(input).cache();
  }

  private static Map<String, Row> byQuote(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(r.fieldIndex(QuotesTable.QUOTE_ID)), r -> r));
  }

  private static String cluster(Map<String, Row> rows, String quoteId) {
    Row row = rows.get(quoteId);
    return row.getString(row.fieldIndex(Columns.CLUSTER_ID));
  }

  @Test
  void truncatedAndAlteredFormsJoinTheFullFormUnrelatedAndShortOnesDoNot() {
    Map<String, Row> rows = byQuote(quotes);
    String full = cluster(rows, "q1");
    for (String joined : List.of("q2", "q3", "q4")) {
      assertEquals(full, cluster(rows, joined), joined);
    }
    for (String apart : List.of("q5", "q6", "q7", "q9")) {
      assertNotEquals(full, cluster(rows, apart), apart);
    }
    assertNotEquals(cluster(rows, "q5"), cluster(rows, "q6"));
    assertEquals(cluster(rows, "q7"), cluster(rows, "q8")); // one word: same words and speaker
    assertNotEquals(cluster(rows, "q7"), cluster(rows, "q10"));
  }

  @Test
  void formsLinkedInSparkClusterAsFormsLinkedInTheDriver() {
    Map<String, Row> inDriver = byQuote(quotes);
    Map<String, Row> inSpark = byQuote(QuoteClusters.assign(input, 0));
    assertEquals(inDriver, inSpark);
  }

  @Test
  void clustersCountSpeakersAndOnlyTheFullFormDrifts() {
    List<Row> clusters = Quotes.clusters(quotes).collectAsList();
    assertEquals(6, clusters.size()); // q1–q4, q5, q6, Lavrov's and Blinken's breakthrough, q9
    Row full = clusters.stream().filter(r -> r.<Boolean>getAs(QuoteClustersTable.DRIFT)).findFirst().orElseThrow();
    assertEquals(1, clusters.stream().filter(r -> r.<Boolean>getAs(QuoteClustersTable.DRIFT)).count());
    assertEquals(FULL, full.getAs(Columns.TEXT));
    assertEquals(4, (int) full.getAs(Columns.N_DOCS));
    assertEquals(4, (int) full.getAs(Columns.N_SOURCES));
    assertEquals(DAY, full.getAs(Columns.FIRST_PUBLISHED));
    assertEquals("lavrov", full.getAs(Columns.SPEAKER_ID)); // 3 of 4
    assertEquals(2, (int) full.getAs(QuoteClustersTable.N_SPEAKERS));
    for (Row other : clusters) {
      if (other != full) {
        assertEquals(1, (int) other.getAs(QuoteClustersTable.N_SPEAKERS), other::toString);
        assertFalse(other.<Boolean>getAs(QuoteClustersTable.DRIFT), other::toString);
      }
    }
  }

  @Test
  void variantsRelateEachQuotationOfARepeatedClusterToItsFullForm() {
    Map<String, Row> variants = byQuote(Quotes.variants(quotes));
    assertEquals(List.of("q1", "q2", "q3", "q4", "q7", "q8"), variants.keySet().stream().sorted().toList());
    Map<String, String> relations = Map.of("q1", "exact", "q2", "truncated", "q3", "altered", "q4", "altered",
        "q7", "exact", "q8", "exact");
    Map<String, Integer> edits = Map.of("q1", 0, "q2", 0, "q3", 1, "q4", 1, "q7", 0, "q8", 0);
    for (Map.Entry<String, Row> v : variants.entrySet()) {
      assertEquals(relations.get(v.getKey()), v.getValue().getAs(QuoteVariantsTable.RELATION), v.getKey());
      assertEquals(edits.get(v.getKey()), v.getValue().getAs(QuoteVariantsTable.WORD_EDITS), v.getKey());
    }
    Row q3 = variants.get("q3");
    assertEquals("blinken", q3.getAs(Columns.SPEAKER_ID));
    assertEquals("AP", q3.getAs(Columns.SOURCE));
    assertEquals("d3", q3.getAs(Columns.DOC_ID));
    assertTrue(List.of(QuoteVariantsTable.SCHEMA.fieldNames()).equals(List.of(Quotes.variants(quotes).columns())));
  }
}
