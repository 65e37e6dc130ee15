package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScanQuotationsTest {

  @Test
  void addsTheQuotationsAndTheMaskOfQuotedText() {
    String text = "He said \"we will win\" and left \"early\".";
    QuoteDocument doc = new QuoteDocument(text);
    ScanQuotations.annotate(doc);
    assertEquals(List.of("we will win", "early"), doc.quotations().stream().map(q -> q.text(text)).toList());
    assertTrue(doc.mask().covers(text.indexOf("will")));
    assertTrue(doc.mask().covers(text.indexOf("early")));
    assertFalse(doc.mask().covers(text.indexOf("left")));
    assertFalse(doc.mask().covers(text.indexOf("said")));
  }
}
