package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretrace.report.ReportFixtures.HOSTILE_QUOTE;
import static org.wiretrace.report.ReportFixtures.HOSTILE_TERM;
import static org.wiretrace.report.ReportFixtures.HOSTILE_TITLE;
import static org.wiretrace.report.ReportFixtures.OUTLET_A;
import static org.wiretrace.report.ReportFixtures.OUTLET_B;
import static org.wiretrace.report.ReportFixtures.PASSAGE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wiretrace.TestSpark;
import org.wiretrace.quotes.QuoteClustersTable;
import org.wiretrace.quotes.QuotesTable;
import org.wiretrace.quotes.SpeakersTable;
import org.wiretrace.terms.SourceTermsTable;
import org.wiretrace.terms.TermsTable;

/** The page built from hostile fixture tables: expected values worked out by hand from {@link ReportFixtures}. */
class ReportTest {
  private static String page;
  private static Document html;

  @BeforeAll
  static void render() {
    page = Report.page(new ReportTables(ReportFixtures.all()), "/out/<run>", 10);
    html = Jsoup.parse(page);
  }

  /** The texts of the elements matching a CSS query, as a browser would show them (entities decoded). */
  private static List<String> texts(String query) {
    return html.select(query).stream().map(Element::text).toList();
  }

  private static List<List<String>> tableRows(String sectionId, int tableIndex) {
    Element table = html.select("section#" + sectionId + " table").get(tableIndex);
    return table.select("tbody tr").stream().map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
  }

  @Test
  void hostileStringsStayText() {
    assertEquals(0, html.select("script, img, [onerror], iframe, object").size());
    assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "a raw <script in the page");
    assertFalse(page.contains("<img"), "a raw <img in the page");
    // Every hostile string reads back exactly: escaped, not dropped or mangled.
    String text = html.text();
    for (String hostile : List.of(OUTLET_A, OUTLET_B, HOSTILE_TITLE, HOSTILE_QUOTE, "Sergey <Lavrov>", "/out/<run>")) {
      assertTrue(text.contains(hostile), "missing as text: " + hostile);
    }
    // Inside SVG, too: the term's </svg> did not close the chart early.
    assertEquals(html.select("svg").size(), page.split("</svg>", -1).length - 1);
    assertTrue(html.select("section#terms svg text").stream().map(Element::ownText).toList()
        .contains(Html.shorten(HOSTILE_TERM, 20)));
  }

  @Test
  void corpusCountsDocumentsPerSourceAndDayAndRejectsPerReason() {
    assertEquals(List.of(List.of("4", "2", "32", "2022-01-20", "2022-01-22T09:30", "1")), tableRows("corpus", 0));
    List<String> bars = texts("section#corpus svg rect title");
    assertEquals(List.of(OUTLET_A + ": 2", "(no source): 1", OUTLET_B + ": 1",
        "2022-01-20: 1", "2022-01-21: 0", "2022-01-22: 2"), bars);
    assertEquals(List.of(List.of("binary", "2"), List.of("empty", "1")), tableRows("corpus", 1));
  }

  @Test
  void distinctiveTermsAreTheTopEightByZPerOutletWithTheMostOccurrences() {
    Map<String, List<Svg.Bar>> terms = TermsSection.distinctiveTerms(
        ReportFixtures.all().get(SourceTermsTable.NAME), 10);
    assertEquals(List.of(OUTLET_A, OUTLET_B), List.copyOf(terms.keySet()));
    assertEquals(List.of("geneva", "lavrov", HOSTILE_TERM, "talk", "nato", "ukrain", "russia", "blinken"),
        terms.get(OUTLET_A).stream().map(Svg.Bar::label).toList());
    assertEquals(List.of("frank", "said"), terms.get(OUTLET_B).stream().map(Svg.Bar::label).toList());
    assertEquals(List.of(OUTLET_A, OUTLET_B), texts("section#terms figcaption"));
    assertEquals(List.of("sergey lavrov", "foreign minister", "said & <done>"),
        tableRows("terms", 0).stream().map(row -> row.get(0)).toList());
    assertEquals(List.of("sergey lavrov", "9", "95.250", "7.200", "3.000"), tableRows("terms", 0).get(0));
  }

  @Test
  void distinctiveTermsShowTheSurfaceFormWhereTheTermsTableHasOne() {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>(ReportFixtures.all());
    tables.put(TermsTable.NAME, TestSpark.rows(TermsTable.SCHEMA, new Object[] {"ukrain", "ukraine", 2L, 3L, 1.5, 1}));
    List<String> labels = TermsSection.distinctiveTerms(TermsSection.readable(new ReportTables(tables)), 10)
        .get(OUTLET_A).stream().map(Svg.Bar::label).toList();
    // Same order as by stem; the stem without a terms row keeps its own spelling.
    assertEquals(List.of("geneva", "lavrov", HOSTILE_TERM, "talk", "nato", "ukraine", "russia", "blinken"), labels);
  }

  @Test
  void overlapShowsSharesPassagesSlicedByCodePointsAndClusters() {
    List<String> cells = texts("section#overlap svg rect title");
    assertEquals(List.of(OUTLET_A + " in " + OUTLET_A + ": no pairs", OUTLET_A + " in " + OUTLET_B + ": 50%",
        OUTLET_B + " in " + OUTLET_A + ": 100%", OUTLET_B + " in " + OUTLET_B + ": no pairs"), cells);
    List<Element> sides = html.select("section#overlap blockquote");
    assertEquals(2, sides.size());
    assertEquals(PASSAGE, sides.get(0).ownText());
    assertEquals(PASSAGE, sides.get(1).ownText());
    assertEquals(OUTLET_A + " · 2022-01-20 · " + HOSTILE_TITLE, sides.get(0).selectFirst(".meta").text());
    assertEquals(OUTLET_B + " · 2022-01-22T09:30 · Second", sides.get(1).selectFirst(".meta").text());
    // Cluster c1 holds d1 and d2; d1 is the earlier; d1–d3 has no cluster.
    assertEquals(List.of(List.of(HOSTILE_TITLE, "2", "2", "2022-01-20", OUTLET_B + ", " + OUTLET_A)),
        tableRows("overlap", 0));
  }

  @Test
  void quotesRankSpeakersByOutletsAndCountAnonymousShares() {
    List<String> bars = texts("section#quotes svg rect title");
    // People only: "senior official" is an anonymous speaker.
    assertEquals(List.of("Sergey <Lavrov>: 2 outlets · 3 documents · 3 quotes",
        // A: q1, q3 (anonymous), q4 attributed; q5 has no speaker; d4 (q6) has no outlet.
        OUTLET_A + ": 33% (1 of 3)", OUTLET_B + ": 0% (0 of 1)"), bars);
    assertEquals(List.of(List.of(HOSTILE_QUOTE, "Sergey <Lavrov>", "2", "2", "2022-01-20"),
        List.of("the talks were frank", "senior official", "1", "1", "—")), tableRows("quotes", 0));
  }

  @Test
  void peopleAndQuotationsAreRankedByDocumentsWhenNoDocumentHasAnOutlet() {
    Map<String, Dataset<Row>> tables = Map.of(
        SpeakersTable.NAME, TestSpark.rows(SpeakersTable.SCHEMA,
            new Object[] {"s1", "Tony Blair", List.of("Tony Blair"), 9, 3, List.of()},
            new Object[] {"s3", "Gordon Brown", List.of("Gordon Brown"), 4, 5, List.of()}),
        QuotesTable.NAME, TestSpark.rows(QuotesTable.SCHEMA, ReportFixtures.quote("q1", "d1", "person", "s1"),
            ReportFixtures.quote("q2", "d2", "person", "s3")),
        QuoteClustersTable.NAME, TestSpark.rows(QuoteClustersTable.SCHEMA,
            new Object[] {"k1", "we will win", 3, 0, null, "s1"}));
    Document page = Jsoup.parse(Report.page(new ReportTables(tables), "o", 10));
    assertEquals(List.of("Most-quoted people, by documents quoting them", "Quotations carried by the most documents"),
        page.select("section#quotes h3").stream().map(Element::text).toList());
    assertEquals(List.of("Gordon Brown: 0 outlets · 5 documents · 4 quotes",
        "Tony Blair: 0 outlets · 3 documents · 9 quotes"),
        page.select("section#quotes svg rect title").stream().map(Element::text).toList());
  }

  @Test
  void sectionsWithoutTablesAreLeftOutAndNamed() {
    Document partial = Jsoup.parse(Report.page(new ReportTables(ReportFixtures.withoutTermsAndOverlap()), "o", 10));
    assertEquals(List.of("corpus", "quotes"), partial.select("section").stream().map(Element::id).toList());
    assertEquals(List.of("Corpus", "Quotes"), partial.select("nav a").stream().map(Element::text).toList());
    assertEquals(List.of("Terms: no source_terms or collocations table: run the terms stage",
            "Overlap: no source_overlap, passages or doc_pairs table: run the overlap stage"),
        partial.select("ul.missing li").stream().map(Element::text).toList());
  }
}
