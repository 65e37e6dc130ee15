package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outlet rules one at a time, on the shapes web captures and wire copy take. */
class OutletTest {
  private static final String LAST = "Moscow denies any plan to invade its neighbour, the ministry said on Friday.";

  private static String masthead(String... aboveTitle) {
    return Outlet.masthead(List.of(aboveTitle));
  }

  /** The credit after the last sentence of {@code line}, and what is left of the line without it. */
  private static String[] sameLine(String line) {
    Outlet.Credit credit = Outlet.sameLine(line);
    return credit == null ? null : new String[] {credit.name(), line.substring(0, credit.start()).stripTrailing()};
  }

  @Test
  void aMastheadIsASiteNameOnItsOwnLineAboveTheTitle() {
    assertEquals("Awani Review", masthead("Awani Review", "", "Complete News World", ""));
    assertEquals("The Moscow Times", masthead("The Moscow Times", "Independent News From Russia"));
    assertEquals("Daily Mail", masthead("Daily Mail"));
    assertEquals("Sky News", masthead("Skip to content", "Menu", "Search", "Home | World | Politics", "Sky News"));
    assertEquals("THE KYIV INDEPENDENT", masthead("Friday, 21 January 2022", "THE KYIV INDEPENDENT"));
    assertEquals("Times of India", masthead("Updated 10:32 GMT", "Times of India", "Breaking News"));
    assertEquals("Corriere della Sera", masthead("Corriere della Sera"));
    assertEquals("РИА Новости", masthead("РИА Новости", "Россия сегодня"));
    assertEquals("example-news.com", masthead("example-news.com"));
    assertEquals("www.Kathimerini.gr", masthead("www.Kathimerini.gr", "Greek news in English"));
  }

  @Test
  void sectionsKickersBylinesDatesAndHeadlinesAreNoMasthead() {
    assertNull(masthead("World"));
    assertNull(masthead("Politics | Europe | Opinion"));
    assertNull(masthead("World News"));
    assertNull(masthead("Film Review"));
    assertNull(masthead("Breaking News", "Live"));
    assertNull(masthead("January 21, 2022"));
    assertNull(masthead("By Daily Mail Reporter"));
    assertNull(masthead("By Jane Smith"));
    // A kicker above the title: capitalised, but nothing in it says it is a site.
    assertNull(masthead("Ukraine War"));
    assertNull(masthead("Lavrov and Blinken"));
    // Only the first line counts: a site name below a kicker is a link, not the masthead.
    assertNull(masthead("Ukraine War", "Sky News"));
    // A headline of a list above the title is a sentence, not a name.
    assertNull(masthead("Markets rally as oil falls", "Geneva Talks End Early Today"));
    assertNull(masthead("Related Articles", "Most Read"));
    assertNull(masthead());
  }

  @Test
  void aBreadcrumbNamesTheSiteItStartsWith() {
    assertEquals("BBC News", Outlet.breadcrumb("BBC News > World > Europe"));
    assertEquals("example.com", Outlet.breadcrumb("example.com › Politics › Blinken and Lavrov meet"));
    assertEquals("Meduza", Outlet.breadcrumb("Meduza » World » Lavrov warns Blinken"));
    assertEquals("Радио Свобода", Outlet.breadcrumb("Радио Свобода / Политика / Блинкен и Лавров"));
  }

  @Test
  void aBreadcrumbThatStartsWithAGenericWordNamesNoSite() {
    assertNull(Outlet.breadcrumb("Home / Security / Blinken and Lavrov Held Talks in Geneva"));
    assertNull(Outlet.breadcrumb("News > World > Europe"));
    assertNull(Outlet.breadcrumb("Главная / Политика / Блинкен и Лавров"));
    // Two elements and no site word: a topic and a title as likely as a site.
    assertNull(Outlet.breadcrumb("Ukraine › Blinken and Lavrov meet in Geneva"));
    assertNull(Outlet.breadcrumb("Russia > Ukraine > Geneva talks"));
    assertNull(Outlet.breadcrumb("Blinken and Lavrov meet in Geneva"));
  }

  @Test
  void aCreditAfterTheLastSentenceOnItsLine() {
    String paragraph = "The West promises weapons and sanctions but no troops if Russia invades. Moscow denies any "
        + "plans to invade its neighbour.";
    assertEquals(List.of("Свобода", paragraph), List.of(sameLine(paragraph + " Свобода")));
    assertEquals(List.of("Associated Press", paragraph), List.of(sameLine(paragraph + " Associated Press")));
    String russian = "Запад обещает оружие и санкции, но не войска, если Россия вторгнется. Москва отрицает планы "
        + "вторжения и называет эти сообщения ложью и провокацией против неё.";
    assertEquals(List.of("ТАСС", russian), List.of(sameLine(russian + " ТАСС")));
    assertEquals(List.of("Καθημερινή", paragraph), List.of(sameLine(paragraph + " Καθημερινή")));
    String arabic = "وعد الغرب بتقديم الأسلحة وفرض العقوبات إذا غزت روسيا جارتها. وتنفي موسكو أي خطط للغزو وتقول إنها "
        + "تريد ضمانات أمنية مكتوبة من واشنطن وحلفائها في أقرب وقت.";
    assertEquals(List.of("الجزيرة", arabic), List.of(sameLine(arabic + " الجزيرة")));
    String chinese = "西方承诺如果俄罗斯入侵将提供武器并实施制裁。双方外长在日内瓦举行会谈，莫斯科否认有任何入侵计划。";
    assertEquals(List.of("新华社", chinese), List.of(sameLine(chinese + "新华社")));
    // Marked credits need no more than the sentence they follow.
    String sentence = "Moscow denies plans to invade.";
    assertEquals(List.of("AFP", sentence), List.of(sameLine(sentence + " — AFP")));
    assertEquals(List.of("Reuters", sentence), List.of(sameLine(sentence + " -- Reuters")));
    assertEquals(List.of("TASS", sentence), List.of(sameLine(sentence + " /TASS/")));
    assertEquals(List.of("AP", sentence), List.of(sameLine(sentence + " (AP)")));
    assertEquals(List.of("dpa", sentence), List.of(sameLine(sentence + " (dpa)")));
    assertEquals(List.of("ТАСС", "Москва отрицает планы вторжения."),
        List.of(sameLine("Москва отрицает планы вторжения. — ТАСС")));
    assertEquals(List.of("AFP", "“We want no war,” he said.”"), List.of(sameLine("“We want no war,” he said.” — AFP")));
    assertEquals(List.of("Reuters", "He said so.”"), List.of(sameLine("He said so.”—Reuters")));
  }

  @Test
  void wordsAfterASentenceThatAreNoCredit() {
    String paragraph = "The West promises weapons and sanctions but no troops if Russia invades. " + LAST;
    for (String tail : List.of("Ends", "END", "(END)", "###", "Friday", "Reporting by Jane Doe", "By Jane Doe",
        "Maria Petrova", "Getty Images", "He added", "Lavrov said", "The talks will resume in Geneva next week",
        "Shares", "Disclaimer", "— DP", "—HB", "AP")) {
      assertNull(Outlet.sameLine(paragraph + " " + tail), tail);
    }
    // A caption's photo credit: a bare name after a short paragraph.
    assertNull(Outlet.sameLine("Lufthansa airplanes parked on the runway in Frankfurt, Germany. Maxar"));
    assertNull(Outlet.sameLine(LAST + " Свобода"));
    assertNull(Outlet.sameLine(LAST));
    assertNull(Outlet.sameLine(LAST + " Ends"));
    assertNull(Outlet.sameLine(LAST + " END"));
    assertNull(Outlet.sameLine(LAST + " (END)"));
    assertNull(Outlet.sameLine(LAST + " ###"));
    assertNull(Outlet.sameLine(LAST + " Friday"));
    assertNull(Outlet.sameLine(LAST + " Reporting by Jane Doe"));
    assertNull(Outlet.sameLine(LAST + " By Jane Doe"));
    assertNull(Outlet.sameLine(LAST + " Maria Petrova"));
    assertNull(Outlet.sameLine(LAST + " Getty Images"));
    assertNull(Outlet.sameLine(LAST + " He added"));
    assertNull(Outlet.sameLine(LAST + " Lavrov said"));
    assertNull(Outlet.sameLine(LAST + " The talks will resume in Geneva next week"));
    // A name that ends the sentence belongs to it.
    assertNull(Outlet.sameLine("The talks were hosted by Switzerland and chaired by Ignazio Cassis"));
    assertNull(Outlet.sameLine("“We want guarantees in writing.” said Lavrov"));
    // Not a sentence end: an abbreviation or an initial, a stop set off by a space.
    assertNull(Outlet.sameLine("He met the heads of the U.S. Army"));
    assertNull(Outlet.sameLine("The talks were chaired by Mr. Cassis"));
    assertNull(Outlet.sameLine("Ultima Online was the game, them was the days ! LOL"));
  }

  @Test
  void aCreditOnItsOwnLine() {
    assertEquals("AFP", Outlet.ownLine("— AFP"));
    assertEquals("Reuters", Outlet.ownLine("-- Reuters"));
    assertEquals("TASS", Outlet.ownLine("/TASS/"));
    assertEquals("AP", Outlet.ownLine("(AP)"));
    assertEquals("AP", Outlet.ownLine("/AP/"));
    assertEquals("Interfax", Outlet.ownLine("– Interfax –"));
    assertEquals("Радио Свобода", Outlet.ownLine("— Радио Свобода"));
    assertEquals("Anadolu Agency", Outlet.ownLine("[Anadolu Agency]"));
    // A bare word on a line of its own is as often a button or a heading as a credit.
    assertNull(Outlet.ownLine("Свобода"));
  }

  @Test
  void linesAfterTheLastSentenceThatAreNoCredit() {
    for (String line : List.of("Ends", "END", "-- END --", "###", "- 30 -", "(Reporting by Jane Doe; Editing by "
        + "John Smith)", "By Jane Doe", "Jane Doe", "— Jane Doe", "Photo: AFP", "AFP via Getty Images",
        "Getty Images", "Related Articles", "Share", "Tweet", "Most Read", "Ukraine Crisis",
        "Juicy Scandal Around Krasnoyarsk Hippodrome", "(sic)", "Advertisement", "Loading", "Disclaimer", "References",
        "Recent", "— DP", "-- JS")) {
      assertNull(Outlet.ownLine(line), line);
    }
  }
}
