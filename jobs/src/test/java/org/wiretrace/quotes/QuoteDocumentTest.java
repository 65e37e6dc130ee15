package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteDocumentTest {

  @Test
  void aCapitalizedCommonWordThatOpensASentenceIsReadAsLowerCase() {
    String text = "Hours later the talks ended. They took hours. May said no. Theresa May left.\nBill Gates paid. "
        + "A bill passed. Researchers agreed.";
    QuoteDocument doc = new QuoteDocument(text);
    org.wiretrace.text.Tokens t = doc.tokens();
    assertFalse(t.capitalized(t.indexAt(text.indexOf("Hours"))));
    assertTrue(t.capitalized(t.indexAt(text.indexOf("May said")))); // "May" is capitalized inside a sentence too
    assertTrue(t.capitalized(t.indexAt(text.indexOf("Bill")))); // a capitalized word follows
    assertFalse(t.capitalized(t.indexAt(text.indexOf("Researchers")))); // a role noun
    // an adverb about the sentence, unless the document capitalizes it inside one
    String adverbs = "Sure, there were losses. The firm Well Corp said so. Well, it did.";
    QuoteDocument withAdverbs = new QuoteDocument(adverbs);
    org.wiretrace.text.Tokens a = withAdverbs.tokens();
    assertFalse(a.capitalized(a.indexAt(adverbs.indexOf("Sure"))));
    assertTrue(a.capitalized(a.indexAt(adverbs.indexOf("Well, it"))));
  }

  @Test
  void paragraphsCountLineBreaksBetweenSentences() {
    QuoteDocument doc = new QuoteDocument("One. Two.\n\nThree.\nFour.");
    assertEquals(0, doc.paragraph(1));
    assertEquals(1, doc.paragraph(2));
    assertEquals(2, doc.paragraph(3));
  }

  @Test
  void sentencesKnowTheirCharSpansAndTokenRanges() {
    String text = "Ms Hewitt spoke. Then she left.";
    QuoteDocument doc = new QuoteDocument(text);
    assertEquals(2, doc.sentenceCount());
    assertEquals(0, doc.sentenceBegin(0));
    assertEquals(text.indexOf("Then"), doc.sentenceBegin(1));
    assertEquals(text.length(), doc.sentenceEnd(1));
    // tokens: Ms Hewitt spoke . | Then she left .
    assertEquals(0, doc.firstToken(0));
    assertEquals(4, doc.endToken(0));
    assertEquals(4, doc.firstToken(1));
    assertEquals(8, doc.endToken(1));
    assertEquals(1, doc.sentenceAt(text.indexOf("she")));
    assertEquals(0, doc.sentenceAt(text.indexOf("spoke")));
  }

  @Test
  void aSentenceIsTouchedByAQuotationThatOverlapsIt() {
    QuoteDocument doc = AnnotatedDocs.scanned("He left. She said \"yes\" twice. They agreed.");
    assertFalse(doc.touchedByQuotation(0));
    assertTrue(doc.touchedByQuotation(1));
    assertFalse(doc.touchedByQuotation(2));
  }

  @Test
  void aLayerIsReadOnlyAfterTheStepThatAddsIt() {
    QuoteDocument doc = new QuoteDocument("He said so.");
    IllegalStateException e = assertThrows(IllegalStateException.class, doc::mentions);
    assertTrue(e.getMessage().contains("SeeMentions"), e.getMessage());
  }
}
