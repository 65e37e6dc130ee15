package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
  private static final String P1 =
      "Russia's diplomatic chief Sergei Lavrov set the tone on Friday at the start of the talks.";
  private static final String P2 = "Seated in front of him, Anthony Blinken promised a swift and severe response.";

  @Test
  void siteNamesBeforeTheTitleAreSkippedAndARepeatedTitleCountsOnce() {
    String raw = "Awani Review\n\nComplete News World\n\n"
        + "Lavrov and Blinken hold their positions in Geneva\n\n"
        + "Lavrov and Blinken hold their positions in Geneva\n\n"
        + "Geneva | " + P1 + "\n\n" + P2 + "\n";
    ArticleParser.Parsed parsed = ArticleParser.parse(raw, true);
    assertEquals("Lavrov and Blinken hold their positions in Geneva", parsed.title());
    assertEquals("Geneva", parsed.place());
    assertEquals(P1 + "\n\n" + P2, parsed.body());
  }

  @Test
  void goToHomePageIsNotTheTitleAndTheDatelineGivesDateAndSource() {
    String raw = "Go to home page\n\nLavrov and Blinken Agree To Meet in Geneva on Friday\n\n"
        + "Jan. 18, 2022 (EIRNS)—" + P1 + "\n\n" + P2 + "\n\nBack to top    Go to home page clear";
    ArticleParser.Parsed parsed = ArticleParser.parse(raw, true);
    assertEquals("Lavrov and Blinken Agree To Meet in Geneva on Friday", parsed.title());
    assertEquals("EIRNS", parsed.source());
    assertEquals(LocalDate.of(2022, 1, 18), parsed.date());
    assertNull(parsed.place());
    assertEquals(P1 + "\n\n" + P2, parsed.body());
  }

  @Test
  void aBreadcrumbIsNeitherTitleNorBody() {
    String raw = "Blinken and Lavrov Held Talks in Geneva\n\n"
        + "Home / Security / Blinken and Lavrov Held Talks in Geneva\n" + P1 + "\n" + P2;
    ArticleParser.Parsed parsed = ArticleParser.parse(raw, true);
    assertEquals("Blinken and Lavrov Held Talks in Geneva", parsed.title());
    assertEquals(P1 + "\n" + P2, parsed.body());

    ArticleParser.Parsed crumbFirst = ArticleParser.parse(
        "Home / World / Europe\n\nTalks in Geneva end without a breakthrough\n\n" + P1, true);
    assertEquals("Talks in Geneva end without a breakthrough", crumbFirst.title());
    assertEquals(P1, crumbFirst.body());
  }

  @Test
  void navigationAndPromotionAreRemovedWhereverTheyStand() {
    String raw = "Talks in Geneva end without a breakthrough\n\n" + P1 + "\n\n"
        + "See also: Lavrov warns of serious consequences\n\nRead more\n\n" + P2 + "\n\n"
        + "Related Articles\n\nBack to top button";
    ArticleParser.Parsed parsed = ArticleParser.parse(raw, true);
    assertEquals(P1 + "\n\n" + P2, parsed.body());

    // a site's link to another story of its own, and a label before one, amid the body
    String promoted = P1 + "\n\nAlso on rt.com 'We are ready': Minister says talks will go on\n\nRELATED STORY:\n\n"
        + P2 + "\n\nAlso on Thursday, the talks resumed.";
    assertEquals(P1 + "\n\n" + P2 + "\n\nAlso on Thursday, the talks resumed.",
        ArticleParser.parse(promoted, false).body());
  }

  @Test
  void trailingUnrelatedHeadlinesAndASignatureAreCut() {
    String raw = "Talks in Geneva end without a breakthrough\n\n" + P1 + "\n\n" + P2 + " Свобода\n\n"
        + "Juicy Scandal Around Krasnoyarsk Hippodrome Accomplices May Be Arrested\n"
        + "Ten Things You Did Not Know About Geneva\n";
    ArticleParser.Parsed parsed = ArticleParser.parse(raw, true);
    assertEquals(P1 + "\n\n" + P2, parsed.body());
    // After a paragraph of one short sentence the word may be a caption's photo credit: cut, but no outlet.
    assertNull(parsed.source());
  }

  @Test
  void theOutletIsReadFromMastheadCreditOrBreadcrumb() {
    ArticleParser.Parsed masthead = ArticleParser.parse("Awani Review\n\nComplete News World\n\n"
        + "Lavrov and Blinken hold their positions in Geneva\n\n" + P1 + "\n\n" + P2, true);
    assertEquals("Awani Review", masthead.source());
    assertEquals("Lavrov and Blinken hold their positions in Geneva", masthead.title());

    ArticleParser.Parsed sameLine = ArticleParser.parse("Blinken and Lavrov Held Talks in Geneva\n\n"
        + "Home / Security / Blinken and Lavrov Held Talks in Geneva\n" + P1 + " " + P2 + " Свобода", true);
    assertEquals("Свобода", sameLine.source());
    assertEquals(P1 + " " + P2, sameLine.body());

    ArticleParser.Parsed ownLine = ArticleParser.parse("Talks in Geneva end without a breakthrough\n\n" + P1
        + "\n\n" + P2 + "\n\n/TASS/\n\nJuicy Scandal Around Krasnoyarsk Hippodrome\nTen Things About Geneva\n", true);
    assertEquals("TASS", ownLine.source());
    assertEquals(P1 + "\n\n" + P2, ownLine.body());

    ArticleParser.Parsed crumb = ArticleParser.parse(
        "BBC News > World > Europe\n\nTalks in Geneva end without a breakthrough\n\n" + P1, true);
    assertEquals("BBC News", crumb.source());
    assertEquals("Talks in Geneva end without a breakthrough", crumb.title());
  }

  @Test
  void theDatelineAgencyComesFirstThenTheCreditThenTheMastheadThenTheBreadcrumb() {
    String header = "Daily Mail\n\nBBC News > World > Europe\n\nTalks in Geneva end without a breakthrough\n\n";
    assertEquals("Reuters", ArticleParser.parse(header + "GENEVA (Reuters) - " + P1 + "\n\n" + P2 + "\n\n— AFP",
        true).source());
    assertEquals("AFP", ArticleParser.parse(header + P1 + "\n\n" + P2 + "\n\n— AFP", true).source());
    assertEquals("Daily Mail", ArticleParser.parse(header + P1 + "\n\n" + P2, true).source());
    assertEquals("BBC News", ArticleParser.parse(header.substring(12) + P1 + "\n\n" + P2, true).source());
  }

  @Test
  void nothingInTheTextNamesTheOutlet() {
    for (String raw : List.of(
        // a section above the title, the title twice, unrelated headlines at the end
        "World\n\nLavrov Warns Blinken About Serious Consequences\n\nLavrov Warns Blinken About Serious Consequences"
            + "\n\n" + P1 + "\n\n" + P2 + "\n\nJuicy Scandal Around Krasnoyarsk Hippodrome Accomplices May Be Arrested",
        // a byline above, an author's signature below
        "By Jane Smith\n\nTalks in Geneva end without a breakthrough\n\n" + P1 + "\n\n" + P2 + "\n\nJane Smith",
        // a bare word followed by a list of headlines is a list heading, not a credit
        "Talks in Geneva end without a breakthrough\n\n" + P1 + "\n\n" + P2 + "\n\nUkraine\n\n"
            + "Ten Things You Did Not Know About Geneva\nWhy The Talks Matter",
        // related articles and a reporting line
        "Talks in Geneva end without a breakthrough\n\n" + P1 + "\n\n" + P2
            + "\n\n(Reporting by Jane Doe; Editing by John Smith)\n\nRelated Articles\n\nBack to top")) {
      ArticleParser.Parsed parsed = ArticleParser.parse(raw, true);
      assertNull(parsed.source(), raw);
      assertEquals(P1 + "\n\n" + P2, parsed.body(), raw);
    }
  }

  @Test
  void aBodyColumnMayEndWithACredit() {
    ArticleParser.Parsed parsed = ArticleParser.parse(P1 + "\n\n" + P2 + " (AFP)", false);
    assertEquals("AFP", parsed.source());
    assertEquals(P1 + "\n\n" + P2, parsed.body());
  }

  @Test
  void aLastParagraphThatIsASentenceStays() {
    String last = "Moscow denies plans to invade Ukraine and says it wants guarantees in writing.";
    String raw = "Talks in Geneva end without a breakthrough\n\n" + P1 + "\n\n" + last;
    assertEquals(P1 + "\n\n" + last, ArticleParser.parse(raw, true).body());
  }

  @Test
  void aBodyColumnHasNoHeaderToTakeATitleFrom() {
    ArticleParser.Parsed parsed = ArticleParser.parse("WASHINGTON (Reuters) - " + P1 + "\n\n" + P2, false);
    assertNull(parsed.title());
    assertEquals("Reuters", parsed.source());
    assertEquals("WASHINGTON", parsed.place());
    assertEquals(P1 + "\n\n" + P2, parsed.body());
  }

  @Test
  void htmlIsReadAsText() {
    String raw = "<html><head><title>x</title><script>var a = 1;</script></head><body>"
        + "<nav><a href='/'>Home</a></nav><h1>Talks in Geneva end without a breakthrough</h1>"
        + "<p>" + P1 + "</p><p>" + P2.replace("swift", "<b>swift</b>") + "</p><footer>Copyright</footer></body></html>";
    ArticleParser.Parsed parsed = ArticleParser.parse(raw, true);
    assertEquals("Talks in Geneva end without a breakthrough", parsed.title());
    assertEquals(P1 + "\n\n" + P2, parsed.body());
  }

  @Test
  void windowsLineEndsAreNormalised() {
    String raw = "Talks in Geneva end without a breakthrough\r\n\r\n" + P1 + "\r\n\r\n\r\n\r\n" + P2 + "\r\n";
    ArticleParser.Parsed parsed = ArticleParser.parse(raw, true);
    assertEquals("Talks in Geneva end without a breakthrough", parsed.title());
    assertEquals(P1 + "\n\n" + P2, parsed.body());
  }

  @Test
  void aSingleHugeLineIsBodyNotTitle() {
    String line = (P1 + " ").repeat(6000).strip();
    ArticleParser.Parsed parsed = ArticleParser.parse(line, true);
    assertNull(parsed.title());
    assertEquals(line, parsed.body());
  }

  @Test
  void wordsCountsRunsOfLettersAndDigits() {
    assertEquals(0, ArticleParser.words(" — "));
    assertEquals(5, ArticleParser.words("Russia's 100,000 troops"));
  }
}
