package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretrace.report.ReportCorpora.BARE_SHARED;
import static org.wiretrace.report.ReportCorpora.LONG_OUTLET;
import static org.wiretrace.report.ReportCorpora.LONG_TITLE;
import static org.wiretrace.report.ReportCorpora.MANY;
import static org.wiretrace.report.ReportTest.rowLabels;
import static org.wiretrace.report.ReportTest.tableRows;
import static org.wiretrace.report.ReportTest.texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.ingest.RejectsTable;
import org.wiretrace.stories.SourceSimilarityTable;
import org.wiretrace.stories.StoryDocsTable;

/**
 * The report on corpora that lack something: no outlet or date at all, every record rejected, no quotation, one
 * outlet, hundreds of outlets, very long names and texts, and outputs missing some tables. Each page must render,
 * say what is missing, and keep unknown outlets apart; expected values are worked out by hand from the input
 * {@link ReportCorpora} writes.
 */
class ReportCombinationsTest {

  /** Every piece of text drawn in a chart, which must stay short enough to read. */
  private static void assertChartTextIsShort(Document html) {
    for (Element text : html.select("svg text")) {
      assertTrue(text.ownText().codePointCount(0, text.ownText().length()) <= 32, text.ownText());
    }
  }

  @Test
  void noOutletAndNoDateAnywhere() {
    Document html = ReportCorpora.page(ReportCorpora.bare());
    List<String> totals = tableRows(html, "corpus", 0).get(0);
    assertEquals(List.of("3", "0", "3"), totals.subList(0, 3));
    assertEquals(List.of("—", "—", "3"), totals.subList(4, 7));
    List<String> notes = texts(html, "section#corpus p");
    assertTrue(notes.contains("No document names its outlet."), notes.toString());
    assertTrue(notes.contains("No document has a publication date."), notes.toString());
    assertEquals(0, html.select("section#corpus svg").size());
    // Stories: none has a known outlet or a date, so nothing to draw or compare.
    for (List<String> story : tableRows(html, "stories", 0)) {
      assertEquals(List.of("0", "—", "—"), story.subList(2, 5), story.toString());
      assertTrue(story.get(5).startsWith(Outlets.UNKNOWN), story.toString());
    }
    assertEquals(0, html.select("section#stories circle").size());
    assertTrue(texts(html, "section#stories p").contains(
        "Fewer than two known outlets: no pair of outlets to compare."));
    Dataset<Row> outletPairs = ReportCorpora.tables(ReportCorpora.oneOutlet()).get(SourceSimilarityTable.NAME);
    assertEquals(0L, outletPairs.count());
    assertEquals(List.of(SourceSimilarityTable.SCHEMA.fieldNames()), List.of(outletPairs.columns()));
    assertTrue(texts(html, "section#terms p").contains(
        "No document of a known outlet: no outlet has terms of its own to compare."));
    // Overlap: the one passage (21 words) is shown, both sides of no known outlet; no matrix.
    assertTrue(texts(html, "section#overlap p").contains("No two documents of known outlets share text."));
    assertEquals(List.of("21 words"), texts(html, "section#overlap .pair-head"));
    for (Element side : html.select("section#overlap blockquote")) {
      assertTrue(side.selectFirst(".meta").text().startsWith(Outlets.UNKNOWN + " · — · "), side.text());
      assertEquals(BARE_SHARED.substring(0, BARE_SHARED.length() - 1), side.ownText());
    }
    // Quotes: ranked by documents, since no document has an outlet.
    assertEquals(List.of("Most-quoted people, by documents quoting them", "Quotations carried by the most documents",
        "Anonymous sources per outlet", "Altered quotations", "Quotations attributed to different speakers"),
        texts(html, "section#quotes h3"));
    assertEquals(List.of("Anna Berg: 0 outlets · 2 documents · 2 quotes",
        "Per Olsen: 0 outlets · 1 document · 1 quote"), texts(html, "section#quotes svg rect title"));
    assertTrue(texts(html, "section#quotes p").contains("No attributed quotations from a named outlet."));
  }

  @Test
  void everyRecordRejected() {
    Document html = ReportCorpora.page(ReportCorpora.rejected());
    assertEquals(List.of(List.of("0", "0", "0", "0", "—", "—", "0")), tableRows(html, "corpus", 0));
    assertEquals(List.of(List.of("binary", "1"), List.of("empty", "1")), tableRows(html, "corpus", 1));
    assertEquals(List.of("No documents: every input record was rejected (see below) or the input was empty.",
        "No stories: the run has no documents.", "Fewer than two known outlets: no pair of outlets to compare."),
        List.of(texts(html, "section#corpus p").get(0), texts(html, "section#stories p").get(0),
            texts(html, "section#stories p").get(1)));
    assertTrue(html.selectFirst("section#overlap p").text().startsWith("No verbatim reuse"));
    assertEquals(List.of("No people quoted.", "No quotations."),
        texts(html, "section#quotes p").subList(0, 2));
    assertEquals(0, html.select("svg").size());
  }

  @Test
  void hundredsOfOutletsShowTheTopOnesAndSayHowManyAreLeftOut() {
    Document html = ReportCorpora.page(ReportCorpora.many());
    // Every outlet has one document (and one story): the top 20 are the first 20 by name, outlet 000 first.
    List<String> first20 = IntStream.range(0, 20).mapToObj(i -> Html.shorten(ReportCorpora.manyOutlet(i), 22))
        .toList();
    List<String> bars = rowLabels(html, "corpus").get(0);
    assertEquals(20, bars.size());
    assertEquals(ReportCorpora.manyOutlet(1), bars.get(1));
    assertEquals(ReportCorpora.manyOutlet(0), html.selectFirst("section#corpus svg text title").text());
    assertTrue(texts(html, "section#corpus p.note").contains(
        "The 20 outlets with the most documents; " + (MANY - 20) + " more outlets not shown."));
    // Overlap: pairs (2k, 2k + 1) share half of each article; every outlet shares text.
    assertEquals(List.of(first20), rowLabels(html, "overlap"));
    assertEquals(20 * 20, html.select("section#overlap svg rect").size());
    List<String> cells = texts(html, "section#overlap svg rect title");
    String o2 = ReportCorpora.manyOutlet(2);
    String o3 = ReportCorpora.manyOutlet(3);
    assertTrue(cells.contains(o2 + " in " + o3 + ": 50%"), cells.toString());
    assertTrue(cells.contains(o3 + " in " + o2 + ": 50%"), cells.toString());
    assertTrue(cells.contains(o2 + " in " + ReportCorpora.manyOutlet(4) + ": no pairs"), cells.toString());
    assertTrue(texts(html, "section#overlap p.note").contains(
        (MANY - 20) + " more outlets with shared text not shown."));
    // Coverage similarity: two heatmaps of the same 20 outlets.
    List<List<String>> heatmaps = rowLabels(html, "stories");
    assertEquals(List.of(first20, first20), heatmaps.subList(heatmaps.size() - 2, heatmaps.size()));
    assertTrue(html.selectFirst("section#stories p.note:contains(story_jaccard)").text()
        .endsWith((MANY - 20) + " more outlets not shown."));
    // Every pair of outlets has a story Jaccard, 0% for two that share no story: the matrix is never empty.
    List<String> jaccards = html.select("section#stories figure:contains(story_jaccard) svg > text[text-anchor=middle]")
        .stream().map(Element::ownText).toList();
    assertEquals(20 * 19, jaccards.size());
    assertTrue(jaccards.contains("0%"), jaccards.toString());
    // Terms: the top 10 outlets.
    assertEquals(10, html.select("section#terms figure").size());
    assertTrue(html.selectFirst("section#terms p.note").text().endsWith((MANY - 10) + " more outlets not shown."));
    // No quotation in made-up words.
    assertEquals(List.of("No people quoted.", "No quotations."), texts(html, "section#quotes p").subList(0, 2));
    assertChartTextIsShort(html);
  }

  @Test
  void oneOutletWithVeryLongNamesAndTexts() {
    Document html = ReportCorpora.page(ReportCorpora.oneOutlet());
    List<String> totals = tableRows(html, "corpus", 0).get(0);
    assertEquals(List.of("3", "1", "0"), totals.subList(0, 3));
    assertEquals(List.of("2022-03-01 08:00", "2022-03-02 10:30", "1"), totals.subList(4, 7));
    // The outlet's name is cut in charts (the whole of it on hover) and never breaks out as markup.
    assertEquals(0, html.select("script").size());
    assertEquals(List.of(Html.shorten(LONG_OUTLET, 30)), rowLabels(html, "corpus").get(0));
    assertEquals(LONG_OUTLET, html.selectFirst("section#corpus svg text title").text());
    assertTrue(texts(html, "section#stories p").contains(
        "Fewer than two known outlets: no pair of outlets to compare."));
    Dataset<Row> outletPairs = ReportCorpora.tables(ReportCorpora.oneOutlet()).get(SourceSimilarityTable.NAME);
    assertEquals(0L, outletPairs.count());
    assertEquals(List.of(SourceSimilarityTable.SCHEMA.fieldNames()), List.of(outletPairs.columns()));
    // Overlap: one outlet reusing itself, a 1 × 1 matrix; the 120-word passage is cut to 600 characters.
    assertEquals(List.of(List.of(Html.shorten(LONG_OUTLET, 22))), rowLabels(html, "overlap"));
    assertEquals(List.of("120 words"), texts(html, "section#overlap .pair-head"));
    String reused = ReportCorpora.oneOutletParagraphs().get(2);
    for (Element side : html.select("section#overlap blockquote")) {
      String text = side.ownText();
      assertTrue(text.startsWith(reused.substring(0, 40)) && text.endsWith("…"), text);
      assertTrue(text.codePointCount(0, text.length()) <= 600 && text.length() > 590, text);
      assertTrue(side.selectFirst(".meta").text().startsWith(Html.shorten(LONG_OUTLET, 80) + " · 2022-03-0"));
    }
    // Tables cut long cells to 300 characters: the title of the story of o1 and the 120-word quotation.
    assertTrue(texts(html, "section#stories td").contains(Html.shorten(LONG_TITLE, 300)));
    String quotation = tableRows(html, "quotes", 0).get(0).get(0);
    assertTrue(quotation.startsWith(ReportCorpora.oneOutletParagraphs().get(44).substring(0, 40))
        && quotation.endsWith("…") && quotation.length() <= 300 && quotation.length() > 290, quotation);
    assertChartTextIsShort(html);
  }

  @Test
  void outputsMissingTablesNameWhatIsMissing() {
    Map<String, Dataset<Row>> all = ReportCorpora.tables(ReportCorpora.reuse());
    // As after --stages ingest.
    Document ingestOnly = Jsoup.parse(Report.page(new ReportTables(Map.of(DocumentsTable.NAME,
        all.get(DocumentsTable.NAME), RejectsTable.NAME, all.get(RejectsTable.NAME))), "o", 10));
    assertEquals(List.of("corpus"), ingestOnly.select("section").stream().map(Element::id).toList());
    assertEquals(List.of("Stories: no stories, story_docs or source_similarity table: run the stories stage",
            "Terms: no source_terms or collocations table: run the terms stage",
            "Overlap: no source_overlap, passages or doc_pairs table: run the overlap stage",
            "Quotes: no quotes, speakers or quote_clusters table: run the quotes stage"),
        texts(ingestOnly, "ul.missing li"));
    // Stories without story_docs: the first publishers come from the stories table.
    Map<String, Dataset<Row>> noStoryDocs = new LinkedHashMap<>(all);
    noStoryDocs.remove(StoryDocsTable.NAME);
    Document partial = Jsoup.parse("<section id=\"stories\">"
        + new StoriesSection().render(new ReportTables(noStoryDocs), 10) + "</section>");
    List<String> eirns = tableRows(partial, "stories", 0).stream().filter(row -> row.get(4).equals("EIRNS"))
        .findFirst().orElseThrow();
    assertEquals("2022-01-18", eirns.get(3));
    assertTrue(partial.select("section#stories circle").isEmpty());
  }
}
