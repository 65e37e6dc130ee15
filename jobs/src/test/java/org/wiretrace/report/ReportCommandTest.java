package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretrace.report.ReportTest.rowLabels;
import static org.wiretrace.report.ReportTest.tableRows;
import static org.wiretrace.report.ReportTest.texts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;

/**
 * {@code wiretrace report} on the seeds ({@link ReportCorpora#seeds()}): five articles on the Blinken–Lavrov talks of
 * January 2022, by EIRNS (dated 2022-01-18 by its dateline), EFE (a dateline without a year), Свобода, Awani Review
 * and one naming no outlet; no two share a passage. The page as headless Chromium draws it is checked by the tools
 * module's ScreenshotTest.
 */
class ReportCommandTest {
  private static final List<String> OUTLETS = List.of("Awani Review", "EFE", "EIRNS", "Свобода");

  @TempDir
  static Path dir;
  private static Path output;
  private static String page;
  private static Document html;

  @BeforeAll
  static void report() throws Exception {
    output = ReportCorpora.seeds();
    assertEquals(0, Main.execute("report", "--output", output.toString()));
    page = Files.readString(output.resolve("report/index.html"));
    html = Jsoup.parse(page);
  }

  @Test
  void writesOneSelfContainedPage() {
    assertEquals(List.of("corpus", "stories", "terms", "overlap", "quotes"),
        html.select("section").stream().map(Element::id).toList());
    assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("<link"),
        "the page must not load anything");
    assertFalse(Files.exists(output.resolve("report/.index.html.crc")));
  }

  @Test
  void theSeedsAreOneStoryOfFiveArticlesFirstPublishedByEirns() {
    assertEquals("1 story: 1 of more than one article, 1 covered by more than one known outlet.",
        html.selectFirst("section#stories p").text());
    List<List<String>> stories = tableRows(html, "stories", 0);
    assertEquals(1, stories.size());
    List<String> story = stories.get(0);
    assertEquals(List.of("Lavrov and Blinken Agree To Meet in Geneva on Friday", "5", "4", "2022-01-18", "EIRNS"),
        story.subList(0, 5));
    // EIRNS first (the only dated one), the undated outlets by name, the unknown outlet apart at the end.
    assertEquals("EIRNS, Awani Review, EFE, Свобода, " + Outlets.UNKNOWN, story.get(5));
    // Who published when: one dated article; the rest listed as undated.
    assertEquals(List.of("EIRNS: 2022-01-18"), texts(html, "section#stories circle title"));
    assertTrue(texts(html, "section#stories p.note").contains(
        "Undated: Awani Review, EFE, Свобода, " + Outlets.UNKNOWN + "."));
  }

  @Test
  void outletSimilarityComparesTheFourNamedOutlets() {
    List<List<String>> labels = rowLabels(html, "stories");
    assertEquals(List.of(OUTLETS, OUTLETS), labels.subList(labels.size() - 2, labels.size()));
    Element jaccard = html.select("section#stories figure:contains(story_jaccard) svg").first();
    // All four covered the one story: each pair has every story in common.
    List<String> printed = jaccard.select("> text[text-anchor=middle]").stream().map(Element::ownText).toList();
    assertEquals(12, printed.size());
    assertTrue(printed.stream().allMatch("100%"::equals), printed.toString());
    Element cosine = html.select("section#stories figure:contains(content_cosine) svg").first();
    assertEquals(12, cosine.select("> text[text-anchor=middle]").size());
  }

  @Test
  void withoutVerbatimReuseTheOverlapSectionPointsToCoverageSimilarity() {
    Element overlap = html.selectFirst("section#overlap");
    assertEquals(0, overlap.select("svg, table, blockquote").size());
    assertTrue(overlap.selectFirst("p").text().startsWith("No verbatim reuse"), overlap.text());
    assertEquals("#stories", overlap.selectFirst("a").attr("href"));
  }

  @Test
  void breakthroughIsCarriedByTwoOutlets() {
    // Свобода and Awani Review both report that Lavrov did not expect a “breakthrough”.
    List<String> breakthrough = tableRows(html, "quotes", 0).stream().filter(row -> row.get(0).equals("breakthrough"))
        .findFirst().orElseThrow();
    assertEquals(List.of("2", "2"), breakthrough.subList(2, 4));
  }

  @Test
  void refusesAnOutputWithoutTablesAndABadTop() {
    assertEquals(2, Main.execute("report", "--output", dir.resolve("nothing").toString()));
    assertEquals(2, Main.execute("report", "--output", output.toString(), "--top", "0"));
  }
}
