package org.wiretrace.report;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.wiretrace.Columns;
import org.wiretrace.TestSpark;
import org.wiretrace.quotes.QuoteClustersTable;
import org.wiretrace.quotes.QuoteVariantsTable;
import org.wiretrace.quotes.QuotesTable;
import org.wiretrace.quotes.SpeakersTable;

/**
 * The fidelity part of the quotes section on hand-made tables: one cluster (c1) carried whole by AFP, with "not" →
 * "never" by AP (given to Blinken) and without "any" by an article of no outlet; "breakthrough" from Lavrov twice (c2).
 */
class QuoteFidelityTest {
  private static final String FULL = "We will not accept any troops from NATO on the borders of Russia,";
  private static final StructType QUOTES = new StructType()
      .add(QuotesTable.QUOTE_ID, StringType).add(Columns.TEXT, StringType);
  private static final StructType SPEAKERS = new StructType()
      .add(Columns.SPEAKER_ID, StringType).add(SpeakersTable.NAME_COLUMN, StringType);

  private static Dataset<Row> clusters(boolean drift) {
    return TestSpark.rows(QuoteClustersTable.SCHEMA,
        new Object[] {"c1", FULL, 3, 2, null, "L", drift ? 2 : 1, drift},
        new Object[] {"c2", "breakthrough", 2, 2, null, "L", 1, false});
  }

  private static Dataset<Row> variants(String q3Relation, String q4Relation) {
    return TestSpark.rows(QuoteVariantsTable.SCHEMA,
        new Object[] {"c1", "q1", "d1", "AFP", null, "exact", 0, "L"},
        new Object[] {"c1", "q3", "d3", "AP", null, q3Relation, 1, "B"},
        new Object[] {"c1", "q4", "d4", null, null, q4Relation, 1, "L"},
        new Object[] {"c2", "q7", "d1", "AFP", null, "exact", 0, "L"},
        new Object[] {"c2", "q8", "d4", "TASS", null, "exact", 0, "L"});
  }

  private static ReportTables tables(Dataset<Row> clusters, Dataset<Row> variants) {
    Dataset<Row> quotes = TestSpark.rows(QUOTES, new Object[] {"q1", FULL},
        new Object[] {"q3", "We will never accept any troops from NATO on the borders of Russia."},
        new Object[] {"q4", "will not accept troops from NATO on the borders"},
        new Object[] {"q7", "breakthrough"}, new Object[] {"q8", "Breakthrough"});
    Dataset<Row> speakers = TestSpark.rows(SPEAKERS, new Object[] {"L", "Sergey Lavrov"},
        new Object[] {"B", "Antony Blinken"});
    return new ReportTables(Map.of(QuotesTable.NAME, quotes, SpeakersTable.NAME, speakers,
        QuoteClustersTable.NAME, clusters, QuoteVariantsTable.NAME, variants));
  }

  private static List<List<String>> cells(Element table, boolean markup) {
    return table.select("tbody tr").stream()
        .map(tr -> tr.select("td").stream().map(td -> markup ? td.html() : td.text()).toList()).toList();
  }

  @Test
  void alteredFormsBesideTheRunOfTheFullFormTheyChangeAndDriftedSpeakersWithTheirOutlets() {
    Document html = Jsoup.parseBodyFragment(QuoteFidelity.render(tables(clusters(true),
        variants("altered", "altered")), 10));
    html.outputSettings().prettyPrint(false);
    assertEquals(List.of("Altered quotations", "Quotations attributed to different speakers"),
        html.select("h3").eachText());
    assertEquals(List.of(
        List.of("we will <del>not</del> accept any troops from nato on the borders of russia",
            "we will <ins>never</ins> accept any troops from nato on the borders of russia", "AP", "1"),
        List.of("… will not accept <del>any</del> troops from nato on the borders …",
            "will not accept troops from nato on the borders", "—", "1")), cells(html.select("table").get(0), true));
    // Lavrov: d1 (AFP) and d4 (no outlet), 2 documents, before Blinken's 1.
    assertEquals(List.of(List.of(FULL, "Sergey Lavrov (AFP); Antony Blinken (AP)")),
        cells(html.select("table").get(1), false));
  }

  @Test
  void oneLineEachWhenNothingIsAlteredOrDrifted() {
    Document html = Jsoup.parseBodyFragment(QuoteFidelity.render(tables(clusters(false),
        variants("exact", "truncated")), 10));
    assertEquals(List.of("No quotation was carried with words changed.",
        "No quotation was attributed to different speakers."), html.select("p").eachText());
    assertTrue(html.select("table").isEmpty());
  }

  @Test
  void anOutputWithoutQuoteVariantsOrWithOlderClustersHasNoFidelityPart() {
    ReportTables full = tables(clusters(true), variants("altered", "altered"));
    assertTrue(QuoteFidelity.available(full));
    Map<String, Dataset<Row>> older = new java.util.HashMap<>(full.byName());
    older.remove(QuoteVariantsTable.NAME);
    assertFalse(QuoteFidelity.available(new ReportTables(older)));
    older.put(QuoteVariantsTable.NAME, full.get(QuoteVariantsTable.NAME));
    StructType oldSchema = new StructType(java.util.Arrays.copyOf(QuoteClustersTable.SCHEMA.fields(), 6));
    older.put(QuoteClustersTable.NAME, TestSpark.rows(oldSchema, new Object[] {"c1", FULL, 3, 2, null, "L"}));
    assertFalse(QuoteFidelity.available(new ReportTables(older)));
    older.remove(QuotesTable.NAME); // the other parts need its full schema
    older.remove(SpeakersTable.NAME);
    String section = new QuotesSection().render(new ReportTables(older), 10);
    assertTrue(section.contains("Quotations carried by the most outlets"), section);
    assertFalse(section.contains("Altered quotations"), section);
  }
}
