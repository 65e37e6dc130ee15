package org.wiretrace.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.ingest.ArticleParser;
import org.wiretrace.ingest.ReutersSgml;
import org.wiretrace.quotes.DocumentQuotes;

class QuoteEvalTest {
  /**
   * Two Reuters-21578 stories as the .sgm files have them: hard-wrapped body, indented paragraphs, character
   * references, control codes, the signature. Both carry the quotation "Prices will rise,".
   */
  private static final String SGML = """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1970" NEWID="13001">
      <DATE> 3-APR-1987 12:40:00.00</DATE>
      <TEXT>&#2;
      <TITLE>STOCKS CALM</TITLE>
      <DATELINE>    NEW YORK, April 3 - </DATELINE><BODY>Traders were calm.
          "Prices will rise," one trader said.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1971" NEWID="13002">
      <DATE> 3-APR-1987 12:42:15.79</DATE>
      <TEXT>&#2;
      <TITLE>WALL STREET STOCKS/COMPAQ COMPUTER &lt;CPQ></TITLE>
      <DATELINE>    NEW YORK, April 3 - </DATELINE><BODY>Compaq Computer Corp &lt;CPQ>, IBM's chief
      rival, scored a big gain on Wall Street today.
          "Prices will rise," one trader said, "and the
      damage from the IBM announcement was less than
      expected."
          Analyst Mark Stahlman said "the long range  issue
      is who wins."
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      """;

  /** Raw [begin, end) of the nth occurrence (from 0) of text in the snippet, as a gold row would give it. */
  private static int[] gold(String text, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = SGML.indexOf(text, at + 1);
    }
    return new int[] {at, at + text.length()};
  }

  @Test
  void reutersOffsetsMapIntoTheirOwnStoryOfTheSgmlFile() {
    // documents.text of story 13002 as ingest makes it: the story's body, unwrapped, references decoded, cleaned.
    ReutersSgml.Story story = ReutersSgml.parse(SGML).get(1);
    String clean = ArticleParser.parse(story.body(), false).body();
    ReutersStory map = new ReutersStory(clean, SGML, "13002");
    // The second "Prices will rise," of the file: the first is story 13001's.
    int begin = clean.indexOf("Prices will rise,");
    assertArrayEquals(gold("Prices will rise,", 1), map.toRaw(begin, begin + "Prices will rise,".length(), null));
    // Across the wire copy's line breaks, after a reference (&lt;) that is one character in documents.text.
    String resumed = "and the damage from the IBM announcement was less than expected.";
    begin = clean.indexOf(resumed);
    int[] raw = map.toRaw(begin, begin + resumed.length(), null);
    assertArrayEquals(new int[] {gold("and the\n", 0)[0], gold("expected.", 0)[1]}, raw);
    assertEquals("and the\ndamage from the IBM announcement was less than\nexpected.", SGML.substring(raw[0], raw[1]));
    // A double space in the wire copy is kept in documents.text and in the raw range.
    String issue = clean.substring(clean.indexOf("the long range"), clean.indexOf("wins.") + "wins.".length());
    begin = clean.indexOf(issue);
    raw = map.toRaw(begin, begin + issue.length(), null);
    assertEquals("the long range  issue\nis who wins.", SGML.substring(raw[0], raw[1]));
    // A story that is not in the file places nothing.
    assertArrayEquals(new int[] {-1, -1}, new ReutersStory(clean, SGML, "13999").toRaw(0, 6, null));
  }

  @Test
  void reutersGoldRowsAreTheirStoryOnly(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, """
        {"file": "reuters21578/reut2-013.sgm", "newid": "13002", "begin": 10, "end": 20, "quote": "x", \
        "speaker": "one trader", "speaker_type": "anonymous", "speaker_org": null, "cue": "said", "kind": "direct"}
        {"file": "reuters21578/reut2-013.sgm", "newid": "13002", "begin": 30, "end": 40, "quote": "Les Mis", \
        "speaker": "unknown", "speaker_type": "unknown", "cue": null, "kind": "title"}
        {"file": "reuters21578/reut2-013.sgm", "newid": "13012", "quotations": 0}
        """);
    QuoteEval.Gold read = QuoteEval.readGold(gold);
    String story = "reuters21578/reut2-013.sgm newid=13002";
    assertEquals(Set.of(story, "reuters21578/reut2-013.sgm newid=13012"), read.documents());
    assertEquals(List.of(new QuoteEval.Span(story, 10, 20, "one trader", "direct", List.of(), "anonymous", null, null,
        "x"), new QuoteEval.Span(story, 30, 40, "unknown", "title", List.of(), "unknown", null, null, "Les Mis")),
        read.spans());
    String path = "file:/c/reuters21578/reut2-013.sgm";
    assertEquals(story, QuoteEval.goldDocument(read.documents(), path, null, "reuters-13002"));
    assertNull(QuoteEval.goldDocument(read.documents(), path, null, "reuters-13003"));
    assertNull(QuoteEval.goldDocument(read.documents(), "file:/c/reuters21578/reut2-014.sgm", null, "reuters-13002"));
    // The same offsets in another story of the file are another document: no match there.
    List<QuoteEval.Span> predicted = List.of(
        new QuoteEval.Span(story, 10, 20, "one trader", "direct", List.of("one trader")),
        new QuoteEval.Span(story, 30, 40, null, "scare", java.util.Arrays.asList(null, null, null)),
        new QuoteEval.Span("reuters21578/reut2-013.sgm newid=13012", 10, 20, "x", "direct", List.of("x")));
    String report = QuoteEval.score(read.spans(), predicted);
    assertTrue(report.contains("spans (exact): precision (share of output that is a real quotation) 0.667 recall "
        + "1.000"), report);
    assertTrue(report.contains("kind agreement 0.500 (1 of 2 matched)"), report);
    assertTrue(report.contains("kinds (gold -> predicted): direct -> direct 1, title -> scare 1"), report);
  }

  @Test
  void namedSpeakersOnDirectQuotationsOfThreeWordsOrMore() {
    // a person's partial quotation and a two-word direct one count as named, not as direct of 3+ words
    List<QuoteEval.Span> gold = List.of(
        new QuoteEval.Span("f", 0, 10, "Ann Lee", "direct", List.of(), "person", null, null, "We will win today"),
        new QuoteEval.Span("f", 20, 30, "Ann Lee", "partial", List.of(), "person", null, null, "a big win for us"),
        new QuoteEval.Span("f", 40, 50, "Ann Lee", "direct", List.of(), "person", null, null, "Never again"),
        new QuoteEval.Span("f", 60, 70, "Bo Ek", "direct", List.of(), "person", null, null, "Yes we can"));
    List<QuoteEval.Span> predicted = List.of(
        new QuoteEval.Span("f", 0, 10, "Ann Lee", "direct", List.of("Ann Lee")),
        new QuoteEval.Span("f", 20, 30, "Ann Lee", "partial", List.of("Ann Lee")),
        new QuoteEval.Span("f", 40, 50, "Bo Ek", "direct", List.of("Bo Ek")),
        new QuoteEval.Span("f", 60, 70, "Ann Lee", "direct", List.of("Ann Lee")));
    String report = QuoteEval.score(gold, predicted);
    assertTrue(report.contains("named-speaker accuracy 0.500 (2 of 4 matched"), report);
    assertTrue(report.contains("named-speaker accuracy on direct quotations of 3+ words 0.500 (1 of 2)"), report);
  }

  @Test
  void namedSpeakersTitlesTypesAndConfidenceBands() {
    List<QuoteEval.Span> gold = List.of(
        new QuoteEval.Span("f", 0, 10, "Ann Lee", "direct", List.of(), "person", null, null, "We will win today"),
        new QuoteEval.Span("f", 20, 30, "a spokeswoman", "partial", List.of(), "anonymous", null, null, "no"),
        new QuoteEval.Span("f", 40, 50, "unknown", "title", List.of(), "unknown", null, null, "Meet the Press"),
        new QuoteEval.Span("f", 60, 70, "Bo Ek", "direct", List.of(), "person", null, null, "Yes we can"));
    List<QuoteEval.Span> predicted = List.of(
        new QuoteEval.Span("f", 0, 10, "Ann Lee", "direct", List.of("Ann Lee"), "person", 0.95, "cue", "x"),
        new QuoteEval.Span("f", 20, 30, "spokeswoman", "partial", List.of("spokeswoman"), "anonymous", 0.85, "cue",
            "x"),
        new QuoteEval.Span("f", 40, 50, null, "title", java.util.Arrays.asList(null, null), "unknown", 0.9, "none",
            "x"),
        new QuoteEval.Span("f", 60, 70, "Ann Lee", "direct", List.of("Ann Lee"), "person", 0.6, "pronoun", "x"),
        new QuoteEval.Span("f", 80, 90, null, "scare", java.util.Arrays.asList(null, null), "unknown", 0.5, "none",
            "x"));
    String report = QuoteEval.score(gold, predicted);
    assertTrue(report.contains("precision (share of output that is a real quotation) 0.800 recall 1.000"), report);
    assertTrue(report.contains("direct recall (gold direct, 3+ words) 1.000 (2 of 2)"), report);
    assertTrue(report.contains("speaker accuracy 0.750 (3 of 4 matched)"), report);
    assertTrue(report.contains("named-speaker accuracy 0.500 (1 of 2 matched"), report);
    assertTrue(report.contains("speaker_type accuracy 1.000 (4 of 4"), report);
    assertTrue(report.contains("kind agreement 1.000 (4 of 4 matched)"), report);
    assertTrue(report.contains("speaker_confidence [0.5, 0.7): 1 matched, mean confidence 0.600, speaker accuracy "
        + "0.000"), report);
    assertTrue(report.contains("speaker_confidence [0.9, 1.0]): 2 matched"), report);
    assertTrue(report.contains("speaker_rule cue: 2 matched, mean confidence 0.900, speaker accuracy 1.000"), report);
    assertTrue(report.contains("speaker_rule pronoun (person): 0 right of 1 matched, confidence 0.600"), report);
    // without a speaker_type, a name of capitalised words is a person, a ministry is not
    assertTrue(QuoteEval.isPerson(new QuoteEval.Span("f", 0, 1, "Sergey Lavrov", "direct", List.of())));
    assertFalse(QuoteEval.isPerson(new QuoteEval.Span("f", 0, 1, "Russian Foreign Ministry", "direct", List.of())));
    assertFalse(QuoteEval.isPerson(new QuoteEval.Span("f", 0, 1, "senior State Department official", "direct",
        List.of())));
  }

  @Test
  void aTranscriptsTurnsAreNotScoredItsMarkedQuotationsAre() {
    String text = "Ann Roe runs marketing at Acme. “We moved fast,” Roe said in an interview.\n\n"
        + "Ben Lee: How has the year changed your work?\n\nAnn Roe: We decide much faster now.\n\n"
        + "Lee: Can you give an example?\n\nRoe: We moved money into online sales within a week.\n\n"
        + "Lee: What comes next?\n\nRoe: More of the same, and a new summer campaign.";
    List<DocumentQuotes.Found> found = DocumentQuotes.find(text);
    List<String> scored = found.stream().filter(f -> !f.kind().equals("indirect"))
        .filter(f -> !QuoteEval.isTurn(text, f.begin(), f.speakerRule())).map(DocumentQuotes.Found::text).toList();
    assertEquals(List.of("We moved fast,"), scored);
    assertEquals(6, found.stream().filter(f -> QuoteEval.isTurn(text, f.begin(), f.speakerRule())).count());
    String marked = "AR: “We will get through it.”";
    assertFalse(QuoteEval.isTurn(marked, marked.indexOf('“'), "interview"));
  }

  @Test
  void cleanOffsetsMapToRawOffsetsLineByLine() {
    String raw = "Go to home page\n\nTitle here\n\nWashington, Jan 18 (EFE).- He said “yes” today.\n\nBack to top";
    String clean = "He said “yes” today.";
    QuoteEval.OffsetMap map = new QuoteEval.OffsetMap(clean, raw);
    int begin = clean.indexOf("yes");
    assertArrayEquals(new int[] {raw.indexOf("yes"), raw.indexOf("yes") + 3}, map.toRaw(begin, begin + 3, "yes"));
  }

  @Test
  void speakersMatchByVariantsAndAnonymousDescriptors() {
    assertTrue(QuoteEval.sameSpeaker("Antony Blinken", List.of("Anthony Blinken")));
    assertTrue(QuoteEval.sameSpeaker("Olaf Scholz; Boris Johnson", List.of("Olaf Schulz")));
    assertTrue(QuoteEval.sameSpeaker("senior State Department official", List.of("top State Department official")));
    assertTrue(QuoteEval.sameSpeaker("a Department for Education and Skills source",
        List.of("Department for Education and Skills source")));
    assertFalse(QuoteEval.sameSpeaker("Sergey Lavrov", List.of("Sergei Ryabkov")));
    assertFalse(QuoteEval.sameSpeaker("Boris Johnson", List.of("Lyndon Johnson")));
    java.util.List<String> none = java.util.Arrays.asList(null, null, null);
    assertTrue(QuoteEval.sameSpeaker("unknown", none));
    assertFalse(QuoteEval.sameSpeaker("unknown", List.of("Mitt Romney")));
    assertFalse(QuoteEval.sameSpeaker("Mitt Romney", none));
  }

  @Test
  void spansMatchByOverlapOfTheirUnion() {
    QuoteEval.Span gold = new QuoteEval.Span("f", 100, 200, "x", "direct", List.of());
    assertTrue(QuoteEval.overlap(gold, new QuoteEval.Span("f", 100, 199, "x", "direct", List.of())) >= 0.8);
    assertFalse(QuoteEval.overlap(gold, new QuoteEval.Span("f", 150, 260, "x", "direct", List.of())) >= 0.8);
  }

  @Test
  void goldDocumentsAreFilesByPathSuffixOrCsvRecordsByUrl() {
    java.util.Set<String> gold = java.util.Set.of("bbc/tech/350.txt", "000_seed.txt",
        QuoteEval.documentKey("recovery/a.csv", "https://x/1", null));
    assertEquals("bbc/tech/350.txt", QuoteEval.goldDocument(gold, "file:/data/bbc/tech/350.txt", null, "d1"));
    assertNull(QuoteEval.goldDocument(gold, "file:/data/bbc/sport/350.txt", null, "d2"));
    assertEquals("000_seed.txt", QuoteEval.goldDocument(gold, "file:/work/seeds/000_seed.txt", null, "d3"));
    assertEquals("recovery/a.csv https://x/1",
        QuoteEval.goldDocument(gold, "file:/c/recovery/a.csv", "https://x/1", "d4"));
    assertNull(QuoteEval.goldDocument(gold, "file:/c/recovery/a.csv", "https://x/2", "d5"));
  }
}
