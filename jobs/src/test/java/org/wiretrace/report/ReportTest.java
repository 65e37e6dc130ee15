package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretrace.report.ReportCorpora.EFE_PARAGRAPH;
import static org.wiretrace.report.ReportCorpora.EIRNS_PARAGRAPH;
import static org.wiretrace.report.ReportCorpora.HARBOUR_TITLE;
import static org.wiretrace.report.ReportCorpora.HOSTILE_QUOTE;
import static org.wiretrace.report.ReportCorpora.HOSTILE_TITLE;
import static org.wiretrace.report.ReportCorpora.WIRE;
import static org.wiretrace.report.ReportCorpora.WIRE_2_TITLE;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wiretrace.Columns;
import org.wiretrace.terms.SourceTermsTable;

/**
 * The page of the reuse corpus ({@link ReportCorpora#reuse()}: the seeds, a made-up outlet reusing them with
 * hostile titles and quotations, articles of no outlet sharing text), read as a browser shows it. Every expected value
 * is worked out by hand from the input the corpus writes.
 */
class ReportTest {
  private static Path output;
  private static String page;
  private static Document html;

  @BeforeAll
  static void render() {
    output = ReportCorpora.reuse();
    page = ReportCorpora.html(output);
    html = Jsoup.parse(page);
  }

  /** The texts of the elements matching a CSS query, as a browser shows them (entities decoded). */
  static List<String> texts(Document html, String query) {
    return html.select(query).stream().map(Element::text).toList();
  }

  /** The rows of the table-th table of a section, cells as text. */
  static List<List<String>> tableRows(Document html, String sectionId, int table) {
    return html.select("section#" + sectionId + " table").get(table).select("tbody tr").stream()
        .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
  }

  /** The labels down the left of each heatmap (or bar chart) in a section: SVG text anchored at the end. */
  static List<List<String>> rowLabels(Document html, String sectionId) {
    return html.select("section#" + sectionId + " svg").stream()
        .map(svg -> svg.select("> text[text-anchor=end]").stream().map(Element::ownText).toList()).toList();
  }

  @Test
  void hostileStringsFromTheCorpusStayText() {
    assertEquals(0, html.select("script, img, [onerror], iframe, object").size());
    assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "a raw <script in the page");
    assertFalse(page.contains("<img"), "a raw <img in the page");
    String text = html.text();
    for (String hostile : List.of(WIRE, HOSTILE_TITLE, HOSTILE_QUOTE, WIRE_2_TITLE)) {
      assertTrue(text.contains(hostile), "missing as text: " + hostile);
    }
    // The title's </svg> did not close a chart early: every <svg> has its own end tag.
    assertEquals(html.select("svg").size(), page.split("</svg>", -1).length - 1);
  }

  @Test
  void corpusCountsKnownOutletsAndSaysHowManyDocumentsHaveNone() {
    // 5 seeds + 5 made-up articles; outlets EIRNS, EFE, Свобода, Awani Review, AT&T Wire; no outlet: seed 002 and
    // the two unsigned articles; dated: EIRNS (18th), wire-1 (19th), wire-2 (20th), harbour (25th).
    List<String> totals = tableRows(html, "corpus", 0).get(0);
    assertEquals(List.of("10", "5", "3"), totals.subList(0, 3));
    assertEquals(List.of("2022-01-18", "2022-01-25", "6"), totals.subList(4, 7));
    assertEquals(List.of(WIRE + ": 3", "Awani Review: 1", "EFE: 1", "EIRNS: 1", "Свобода: 1",
            "2022-01-18: 1", "2022-01-19: 1", "2022-01-20: 1", "2022-01-21: 0", "2022-01-22: 0", "2022-01-23: 0",
            "2022-01-24: 0", "2022-01-25: 1"),
        texts(html, "section#corpus svg rect title"));
    assertTrue(texts(html, "section#corpus p.note").contains(
        "3 documents with no known outlet, counted apart as " + Outlets.UNKNOWN + "."));
    assertEquals(List.of(List.of("binary", "1"), List.of("empty", "1")), tableRows(html, "corpus", 1));
  }

  @Test
  void anUnknownOutletIsNeverChartedAsAnOutlet() {
    for (String section : List.of("corpus", "stories", "terms", "overlap", "quotes")) {
      for (List<String> labels : rowLabels(html, section)) {
        assertFalse(labels.contains(Outlets.UNKNOWN), section + ": " + labels);
        assertFalse(labels.contains(""), section + ": an empty label in " + labels);
      }
    }
    assertFalse(texts(html, "section#terms figcaption").contains(Outlets.UNKNOWN));
  }

  @Test
  void overlapDrawsKnownOutletsOnlyAndShowsThePassagesSlicedByCodePoints() {
    // Known on both sides: AT&T Wire with EFE (wire-1, wire-2) and with itself (wire-1 and wire-2 share EFE's
    // paragraph); EIRNS shares text only with an unsigned article, so it is not in the matrix.
    assertEquals(List.of(List.of(WIRE, "EFE")), rowLabels(html, "overlap"));
    List<String> cells = texts(html, "section#overlap svg rect title");
    // wire-2's body is EFE's: every word of EFE lies in the passage it shares with AT&T Wire.
    assertTrue(cells.contains("EFE in " + WIRE + ": 100%"), cells.toString());
    assertTrue(cells.contains("EFE in EFE: no pairs"), cells.toString());
    assertTrue(texts(html, "section#overlap p.note").contains(
        "Text shared with documents of no known outlet is left out of the matrix."));

    List<Element> pairs = html.select("section#overlap div.pair");
    // EFE–wire-2 (the whole text), EIRNS–unsigned-1, wire-1–EFE and wire-1–wire-2 (EFE's second paragraph).
    assertEquals(4, pairs.size());
    String paragraph = EFE_PARAGRAPH.substring(0, EFE_PARAGRAPH.length() - 1); // passages end at a word
    List<Element> efeParagraph = pairs.stream().filter(pair -> pair.selectFirst(".pair-head").text()
        .equals("34 words")).toList();
    assertEquals(2, efeParagraph.size());
    for (Element pair : efeParagraph) {
      List<Element> sides = pair.select("blockquote");
      assertEquals(paragraph, sides.get(0).ownText());
      assertEquals(paragraph, sides.get(1).ownText());
      // wire-1's text has an emoji before the paragraph: offsets count code points, so the slice is exact.
      Set<String> metas = sides.stream().map(side -> side.selectFirst(".meta").text()).collect(Collectors.toSet());
      assertTrue(metas.contains(WIRE + " · 2022-01-19 · " + HOSTILE_TITLE), metas.toString());
    }
    Element zakharova = pairs.stream().filter(pair -> pair.text().contains("Maria Zakharova")).findFirst()
        .orElseThrow();
    Set<String> metas = zakharova.select(".meta").stream().map(Element::text).collect(Collectors.toSet());
    assertEquals(Set.of("EIRNS · 2022-01-18 · Lavrov and Blinken Agree To Meet in Geneva on Friday",
        Outlets.UNKNOWN + " · — · Zakharova confirms preparations for the Geneva meeting"), metas);
    // The passage ends at the last word: the closing period and quote mark stay out.
    assertEquals(EIRNS_PARAGRAPH.substring(0, EIRNS_PARAGRAPH.length() - 2),
        zakharova.select("blockquote").get(0).ownText());
    // EFE and wire-2 have the same body (Jaccard 1): one cluster, named by wire-2, the earlier dated of the two.
    assertEquals(List.of(List.of(WIRE_2_TITLE, "2", "2", "2022-01-20", WIRE + ", EFE")),
        tableRows(html, "overlap", 0));
  }

  @Test
  void quotationsCountOutletsButNotTheUnknownOne() {
    List<List<String>> rows = tableRows(html, "quotes", 0);
    // The hostile quotation: wire-1 (AT&T Wire, 19th) and the two unsigned articles: 1 outlet, 3 documents.
    List<String> hostile = rows.stream().filter(row -> row.get(0).equals(HOSTILE_QUOTE)).findFirst().orElseThrow();
    assertEquals(List.of("1", "3", "2022-01-19"), hostile.subList(2, 5));
    List<String> breakthrough = rows.stream().filter(row -> row.get(0).equals("breakthrough")).findFirst()
        .orElseThrow();
    assertEquals(List.of("2", "2"), breakthrough.subList(2, 4)); // Свобода and Awani Review
  }

  @Test
  void storiesShowFirstPublishersAndTheOutletsOfEachStory() {
    List<List<String>> rows = tableRows(html, "stories", 0);
    // EIRNS's article is the earliest dated one of the corpus: its story was first published by EIRNS.
    List<String> eirns = rows.stream().filter(row -> row.get(5).contains("EIRNS")).findFirst().orElseThrow();
    assertEquals(List.of("2022-01-18", "EIRNS"), eirns.subList(3, 5));
    assertTrue(eirns.get(5).startsWith("EIRNS, " + WIRE), eirns.toString());
    // The harbour festival: one article, told by AT&T Wire alone.
    assertTrue(rows.contains(List.of(HARBOUR_TITLE, "1", "1", "2022-01-25", WIRE, WIRE)), rows.toString());
    // The unsigned articles' stories (however they group) have no known outlet and no date.
    for (List<String> row : rows) {
      if (row.get(2).equals("0")) {
        assertEquals(List.of("—", "—"), row.subList(3, 5));
        assertTrue(row.get(5).startsWith(Outlets.UNKNOWN), row.toString());
      }
    }
    // Coverage similarity: every pair of the 5 known outlets; AT&T Wire has the most stories (the harbour one
    // and the talks), the others one each, by name.
    List<String> outlets = List.of(WIRE, "Awani Review", "EFE", "EIRNS", "Свобода");
    assertEquals(List.of(outlets, outlets), rowLabels(html, "stories").subList(
        rowLabels(html, "stories").size() - 2, rowLabels(html, "stories").size()));
  }

  @Test
  void theTimelineShowsWhoPublishedWhen() {
    Element timeline = html.select("section#stories figure").stream()
        .filter(figure -> figure.selectFirst("figcaption").text()
            .equals("Lavrov and Blinken Agree To Meet in Geneva on Friday")).findFirst().orElseThrow();
    List<String> dots = timeline.select("circle title").stream().map(Element::text).toList();
    assertEquals("EIRNS: 2022-01-18", dots.get(0));
    assertTrue(dots.stream().skip(1).allMatch(dot -> dot.startsWith(WIRE + ": 2022-01-")), dots.toString());
  }

  @Test
  void distinctiveTermsAreShownByTheirMostFrequentSurfaceForm() {
    // "security guarantees" outnumbers "security guarantee" in the seeds: the bigram reads as the plural.
    ReportTables tables = new ReportTables(ReportCorpora.tables(output));
    List<String> terms = TermsSection.readable(tables).where(org.apache.spark.sql.functions.col(Columns.TERM)
            .startsWith("security guarantee")).select(Columns.TERM).distinct().collectAsList().stream()
        .map(row -> row.getString(0)).toList();
    assertEquals(List.of("security guarantees"), terms);
    assertTrue(tables.get(SourceTermsTable.NAME).where(org.apache.spark.sql.functions.col(Columns.TERM)
        .equalTo("security guarantee")).count() > 0, "the stem is what source_terms holds");
  }
}
