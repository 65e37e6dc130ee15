package org.wiretrace.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.wiretrace.text.TermAnalyzer;

/** Unigram and bigram counts of one document, in plain Java. */
class DocumentTermsTest {
  private final TermAnalyzer analyzer = new TermAnalyzer();

  private Map<String, Integer> counts(String text) {
    Map<String, Integer> out = new TreeMap<>();
    for (DocumentTerms.Count c : DocumentTerms.count(text, analyzer)) {
      out.put(c.term(), c.tf());
    }
    return out;
  }

  @Test
  void bigramsStayInsideSentences() {
    // A line break ends a sentence, and so does the model's sentence boundary: no "lavrov foreign", "lavrov blinken".
    assertEquals(Map.of("foreign", 2, "minister", 2, "lavrov", 2, "foreign minister", 2, "minister lavrov", 2),
        counts("Foreign minister Lavrov\nForeign minister Lavrov"));
    assertEquals(Map.of("lavrov", 1, "arrive", 1, "blinken", 1, "lavrov arrive", 1),
        counts("Lavrov arrived. Blinken"));
  }

  @Test
  void bigramsNeverSpanAStopWordOrANumber() {
    assertEquals(Map.of("minister", 1, "foreign", 1, "affair", 1, "foreign affair", 1),
        counts("Minister of Foreign Affairs"));
    assertEquals(Map.of("january", 1, "talks", 1), counts("January 21 talks"));
  }

  @Test
  void surfaceIsTheLowerCaseWordBeforeStemming() {
    var guarantees = DocumentTerms.count("security guarantees", analyzer).stream()
        .filter(c -> c.n() == 2).findFirst().orElseThrow();
    assertEquals("security guarantee", guarantees.term());
    assertEquals(Map.of("security guarantees", 1), guarantees.surfaces());
  }

  @Test
  void eachSurfaceFormIsCountedUnderItsTerm() {
    // KStem makes "guarantees" and "guarantee" one term; each form keeps its own count.
    var guarantee = DocumentTerms.count("Guarantees. A guarantee. Guarantees.", analyzer).stream()
        .filter(c -> c.term().equals("guarantee")).findFirst().orElseThrow();
    assertEquals(3, guarantee.tf());
    assertEquals(Map.of("guarantees", 2, "guarantee", 1), guarantee.surfaces());
  }

  @Test
  void hostileTextIsCountedWithoutError() {
    // One 100,000-letter "word" (Lucene cuts tokens at 255 chars), lone surrogates, NULs, a line of punctuation.
    String hostile = "a".repeat(100_000) + " \uD800\u0000 Lavrov\n" + ".,;:!?".repeat(1000) + "\n\n\u0085\u2028";
    Map<String, Integer> counts = counts(hostile);
    assertEquals(1, counts.get("lavrov"));
    assertTrue(counts.keySet().stream().allMatch(term -> term.length() <= 2 * 255 + 1), "term too long");
  }
}
