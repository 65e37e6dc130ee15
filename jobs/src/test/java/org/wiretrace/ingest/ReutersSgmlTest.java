package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReutersSgmlTest {
  private static final String SGML = """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" NEWID="1">
      <DATE>26-FEB-1987 15:01:01.79</DATE>
      <TOPICS><D>cocoa</D></TOPICS>
      <TEXT>&#2;
      <TITLE>BAHIA COCOA REVIEW</TITLE>
      <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
      the Bahia cocoa zone &lt;and&gt; Smith &amp; Co said.
          Arrivals were 1.2 mln bags.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="2">
      <DATE>26-FEB-1987 15:02:20.00</DATE>
      <TEXT TYPE="BRIEF">&#2;
      <TITLE>******SHORT ITEM
      ON TWO LINES</TITLE>
      &#3;</TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="3">
      <DATE>31-MAR-1987 605:12:19.12</DATE>
      <TEXT TYPE="UNPROC">&#2;
      f0100 reute
      u f BC-UNPROCESSED-TEXT  03-31 0012
      Prices of caf\u00e9 rose.
      &#3;</TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="4">
      <DATE>27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM</DATE>
      <TEXT>&#2;
      <TITLE>NO BODY HERE</TITLE>
      <DATELINE>    TOKYO, March 27 - </DATELINE>
      &#3;</TEXT>
      </REUTERS>
      """;

  private static List<ReutersSgml.Story> stories() {
    // Through Latin-1 bytes as the reader sees them: é is one byte, E9.
    byte[] bytes = SGML.getBytes(StandardCharsets.ISO_8859_1);
    return ReutersSgml.parse(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  @Test
  void aNormalStoryHasItsFieldsDecodedAndItsBodyUnwrapped() {
    ReutersSgml.Story story = stories().get(0);
    assertEquals(1, story.record());
    assertEquals("1", story.newId());
    assertNull(story.type());
    assertEquals("26-FEB-1987 15:01:01.79", story.date());
    assertEquals("BAHIA COCOA REVIEW", story.title());
    assertEquals("SALVADOR", story.place());
    assertEquals("Showers continued throughout the week in the Bahia cocoa zone <and> Smith & Co said.\n\n"
        + "Arrivals were 1.2 mln bags.", story.body());
  }

  @Test
  void aBriefHasATitleOnly() {
    ReutersSgml.Story story = stories().get(1);
    assertEquals(2, story.record());
    assertEquals("BRIEF", story.type());
    assertEquals("******SHORT ITEM ON TWO LINES", story.title());
    assertEquals("", story.body());
  }

  @Test
  void unprocessedTextIsTheBodyWithLatin1AndAMalformedDateKept() {
    ReutersSgml.Story story = stories().get(2);
    assertEquals("UNPROC", story.type());
    assertEquals("31-MAR-1987 605:12:19.12", story.date());
    assertNull(story.title());
    assertEquals("f0100 reute\nu f BC-UNPROCESSED-TEXT  03-31 0012\nPrices of café rose.", story.body());
  }

  @Test
  void controlCodeReferencesAreDroppedFromFields() {
    ReutersSgml.Story story = stories().get(3);
    assertEquals("27-MAR-1987 00:02:59.13RM", story.date());
    assertEquals("TOKYO", story.place());
    assertEquals("", story.body());
    assertEquals(4, stories().size());
  }

  @Test
  void decodeKeepsPrintableReferencesAndDropsControlCodes() {
    assertEquals("a<b>&\"'c\u00e9\n", ReutersSgml.decode("a&lt;b&gt;&amp;&quot;&apos;c&#233;&#2;&#10;&#3;"));
    assertEquals("&nbsp; &#x41;", ReutersSgml.decode("&nbsp; &#x41;"));
  }

  @Test
  void unwrapJoinsWrappedLinesAndStartsAParagraphAtAnIndent() {
    assertEquals("one two\n\nthree four", ReutersSgml.unwrap("one\ntwo\n   three\nfour\n\n"));
  }

  @Test
  void aStoryCutOffEndsAtTheNextStoryWhichIsWhole() {
    List<ReutersSgml.Story> stories = ReutersSgml.parse("""
        <REUTERS NEWID="1"><TEXT><TITLE>CUT</TITLE><BODY>No end tag
        <REUTERS NEWID="2"><TEXT><TITLE>WHOLE</TITLE><BODY>Body two.</BODY></TEXT></REUTERS>
        <REUTERS NEWID="3"><TEXT><TITLE>LAST</TITLE><BODY>The file ends""");
    assertEquals(List.of("1 CUT true", "2 WHOLE false", "3 LAST true"), stories.stream()
        .map(s -> s.newId() + " " + s.title() + " " + s.truncated()).toList());
    assertEquals("Body two.", stories.get(1).body());
    assertEquals(List.of(1, 2, 3), stories.stream().map(ReutersSgml.Story::record).toList());
  }

  @Test
  void aStartTagCutOffIsAStoryCutOff() {
    List<ReutersSgml.Story> stories = ReutersSgml.parse("<REUTERS NEWID=\"5\"><BODY>x</BODY></REUTERS>\n<REUTERS NEW");
    assertEquals(2, stories.size());
    assertEquals(false, stories.get(0).truncated());
    assertEquals(true, stories.get(1).truncated());
    assertNull(stories.get(1).newId());
  }
}
