package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

  private static List<String> quotes(String text) {
    return QuoteScanner.scan(text).stream().map(q -> q.text(text)).toList();
  }

  @Test
  void curlyStraightGuillemetAndLowNineMarks() {
    assertEquals(List.of("fully comply with the Minsk agreements."),
        quotes("to force the authorities in Kiev to “fully comply with the Minsk agreements.”"));
    assertEquals(List.of("desperate"),
        quotes("The Tories dismissed the maternity pay plan as \"desperate\", while the Liberal Democrats said"));
    assertEquals(List.of("Nous voulons la paix"), quotes("Il a dit : « Nous voulons la paix » hier."));
    assertEquals(List.of("Wir wollen Frieden"), quotes("Er sagte: „Wir wollen Frieden“ am Montag."));
  }

  @Test
  void whereDoubleMarksQuoteSingleOnesCountOnlyAroundSpeech() {
    assertEquals(List.of("We will win,", "Nobody doubts it.", "experts"),
        quotes("‘We will win,’ she said. ‘Nobody doubts it.’ The “experts” disagreed."));
    // where double marks quote, single ones hold a heading, a title or a term, or a headline's speech
    assertEquals(List.of("We will win,", "Yes,", "It is over.", "This will kill you", "Nobody knew."),
        quotes("“We will win,” she said. “Yes,” he said.\n\n‘Alien’\n\nThe film is a ‘classic’. “It is over.”\n\n"
            + "‘This will kill you’: People are warning others\n\n“Nobody knew.”\n\n‘The Lord of the Rings’"));
  }

  @Test
  void offsetsExcludeTheMarks() {
    String text = "Blinken reiterated to Lavrov the “unshakable” US commitment.";
    QuoteScanner.Quoted q = QuoteScanner.scan(text).get(0);
    assertEquals(text.indexOf("unshakable"), q.begin());
    assertEquals(text.indexOf("unshakable") + "unshakable".length(), q.end());
  }

  @Test
  void singleQuotesInsideDoubleBelongToTheQuotation() {
    String text = "He said: \"They called it 'a fake' and I disagree.\" Then he left.";
    assertEquals(List.of("They called it 'a fake' and I disagree."), quotes(text));
  }

  @Test
  void topLevelSingleQuotesButNotApostrophes() {
    // BBC business/015: "...have been 'bumping' passengers..."; apostrophes in "airlines' " and "don't" are not marks.
    String text = "Airlines have been 'bumping' passengers, the airlines' critics say, and they don't like it.";
    assertEquals(List.of("bumping"), quotes(text));
    assertEquals(List.of(), quotes("Lavrov’s aides and the diplomats’ openings speeches were short."));
  }

  @Test
  void newsParagraphsOpenEveryParagraphAndCloseOnlyTheLast() {
    String text = "He said: “We will not give up.\n\n“We will fight on until the end.”\n\nOthers disagreed.";
    List<QuoteScanner.Quoted> found = QuoteScanner.scan(text);
    assertEquals(1, found.size());
    assertEquals("We will not give up. We will fight on until the end.", found.get(0).text(text));
    assertEquals(2, found.get(0).segments().size());
  }

  @Test
  void bbcParagraphsRunTogetherOnOneLine() {
    // BBC politics/001: the paragraph break between two quoted paragraphs is lost; the second reopens the quotation.
    String text = "Ms Hewitt said: \"We have already doubled the length of maternity pay. \"We are going to extend the "
        + "pay to nine months by 2007.\" She said new mothers were already entitled to 12 months leave.";
    assertEquals(List.of("We have already doubled the length of maternity pay. We are going to extend the pay to nine "
        + "months by 2007."), quotes(text));
  }

  @Test
  void unclosedMarkEndsAtItsSentenceAndDoesNotSwallowTheArticle() {
    String text = "The minister said \"we will win this. Nobody doubts it. Later the talks resumed.\nNew paragraph.";
    assertEquals(List.of("we will win this."), quotes(text));
    assertEquals(List.of("b"), quotes("stray” closing mark, then “b” fine"));
  }

  @Test
  void quoteMarksInTitlesAndMeasurements() {
    assertEquals(List.of("Star Wars"), quotes("He watched \"Star Wars\" on a 42\" screen yesterday."));
  }

  @Test
  void hostileTextIsLinearAndNeverThrows() {
    StringBuilder line = new StringBuilder();
    while (line.length() < 500_000) {
      line.append("word \"open ’ apostrophe' ‘ « „ and so on. ");
    }
    String text = line.toString();
    List<QuoteScanner.Quoted> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> QuoteScanner.scan(text));
    for (QuoteScanner.Quoted q : found) {
      assertTrue(q.end() - q.begin() < 1000, "a stray mark swallowed " + (q.end() - q.begin()) + " chars");
    }
    assertEquals(List.of(), QuoteScanner.scan("\"\"\"“”‘’''"));
    assertEquals(List.of(), QuoteScanner.scan(""));
  }

  @Test
  void whereDoubleMarksQuoteASingleMarkedParagraphIsAHeading() {
    assertEquals(List.of("We will win,", "Yes,", "It is a big mess for all"),
        quotes("“We will win,” she said. “Yes,” he said.\n\n‘Sea of troubles for all’\n\nHe called it ‘It is a big "
            + "mess for all’ then."));
  }

  @Test
  void anOpeningMarkBetweenSpacesAfterACommaClosesAnOpenQuotation() {
    // a typo for the closing mark: '…for us, “ said Ann Roe' ends the quotation; nothing opens at it
    assertEquals(List.of("It is all we have left for us,", "We will be back."),
        quotes("“It is all we have left for us, “ said Ann Roe, the club’s owner. “We will be back.”"));
    // with nothing open, such a mark opens
    assertEquals(List.of("We will be back."), quotes("Ann Roe said, “ We will be back.”"));
  }

  @Test
  void aPhraseNestedInTheSameMarksIsPartOfTheQuotation() {
    // the open quotation closes after the nested phrase, in its paragraph
    assertEquals(List.of("We were the \"haves\" of the league, and we knew it,"),
        quotes("\"We were the \"haves\" of the league, and we knew it,\" he said. Nobody argued."));
    assertEquals(List.of("You skip work because you “had things to do”; you stop going out,"),
        quotes("“You skip work because you “had things to do”; you stop going out,” she wrote."));
    // or goes on in the next paragraph, which opens with a mark
    assertEquals(List.of("When I came, he was the \"Father of the House\" and helped me. He was kind."),
        quotes("Ann Roe said: \"When I came, he was the \"Father of the House\" and helped me.\n\n"
            + "\"He was kind.\" He died in May."));
    // an open quotation that never closes, then a quotation of its own: two
    assertEquals(List.of("we will win this, he added", "and soon,"),
        quotes("The minister said \"we will win this, he added \"and soon,\" she said. Then the talks ended."));
    assertEquals(List.of("It was hard.", "Why?", "No."),
        quotes("\"It was hard. He said \"Why?\" and I said \"No.\" Then we left."));
  }
}
