package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text as the steps read it: same length, archive marks as double marks, no marks inside markup. */
class ReadableTextTest {

  /** The quotations the scan finds in the readable text, as words of the original. */
  private static List<String> quotations(String text) {
    QuoteDocument doc = AnnotatedDocs.scanned(text);
    return doc.quotations().stream().map(q -> text.substring(q.begin(), q.end())).toList();
  }

  @Test
  void keepsTheLengthSoEveryOffsetStays() {
    String text = "''We are ready,'' she said. ``Fine,'' he said.\u00a0â\u0080\u009cYes.â\u0080\u009d";
    assertEquals(text.length(), ReadableText.of(text).length());
  }

  @Test
  void twoApostrophesAreADoubleMarkWithSingleQuotesNestedInside() {
    // archive copies of one outlet: every double mark written as two apostrophes
    String text = "''We are ready,'' the mayor said. ''Nobody told us 'wait' before.''\n"
        + "''I wasn't there,'' said Ms. Ortiz, ''and the teachers' union knows it.''";
    assertEquals(List.of("We are ready,", "Nobody told us 'wait' before.", "I wasn't there,",
        "and the teachers' union knows it."), quotations(text));
  }

  @Test
  void backticksOpenAndTwoApostrophesClose() {
    String text = "The senator said: ``The vote is on Tuesday.'' Aides disagreed about the `deal'. ``It is "
        + "done,'' one said.";
    assertEquals(List.of("The vote is on Tuesday.", "It is done,"), quotations(text));
    assertEquals(List.of("deal"), quotations("Aides disagreed about the `deal'."));
  }

  @Test
  void aPossessiveBeforeTheClosingPairKeepsItsApostrophe() {
    String text = "''It belongs to the Joneses''' she said, ''and that's that.''";
    assertEquals(List.of("It belongs to the Joneses'", "and that's that."), quotations(text));
  }

  @Test
  void apostrophesAtAWordEndAreNoMarks() {
    assertEquals(List.of(), quotations("The players' union met the owners' lawyers at the Jones' house."));
    assertEquals(List.of(), quotations("Singin' in the rain, the '90s and the players' union."));
  }

  @Test
  void unicodeSpacesAreSpaces() {
    String read = ReadableText.of("“We will win,”\u00a0said Ortiz.\u202fThe\u2009end.");
    assertEquals("“We will win,” said Ortiz. The end.", read);
  }

  @Test
  void misdecodedCurlyMarksAreMarks() {
    String latin1 = "Sweden wants a â\u0080\u009creasonably normal life.â\u0080\u009d Others do not.";
    assertEquals(List.of("reasonably normal life."), quotations(latin1));
    String windows = "Sweden wants a â€œreasonably normal life.â€\u009d Others do not.";
    assertEquals(List.of("reasonably normal life."), quotations(windows));
  }

  @Test
  void misdecodedAccentedLettersAreLettersOfTheSameName() {
    String text = "“We did not protect the elderly,” Swedish Prime Minister Stefan LÃ¶fven said.Â\u00a0Yes.";
    String read = ReadableText.of(text);
    assertEquals("“We did not protect the elderly,” Swedish Prime Minister Stefan Lo\u0308fven said.  Yes.", read);
    DocumentQuotes.Found f = DocumentQuotes.find(text).get(0);
    assertEquals("stefan lofven", NameVariants.fold(f.speaker()));
  }

  @Test
  void marksInsideMarkupAreNoQuotations() {
    String tweet = "<blockquote class=\"twitter-tweet\" data-lang=\"en\"><p lang=\"en\" dir=\"ltr\">Stay home."
        + "</p>&mdash; City Hall (@cityhall) <a href=\"https://twitter.com/cityhall/status/1\">May 12, 2020</a>"
        + "</blockquote>\nThe mayor said \"stay home\" twice.";
    assertEquals(List.of("stay home"), quotations(tweet));
    String attributes = "Embedded post tweet-date=\"2020-05-12\" tweet-id='12345' by the mayor. She called it "
        + "\"a disgrace\".";
    assertEquals(List.of("a disgrace"), quotations(attributes));
    // a "<" in prose is no tag
    assertEquals(List.of("fewer than five"), quotations("If x < 5 the mayor said \"fewer than five\" cases."));
  }
}
