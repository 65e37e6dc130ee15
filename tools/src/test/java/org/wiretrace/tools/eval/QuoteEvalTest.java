package org.wiretrace.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteEvalTest {

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
        QuoteEval.documentKey("recovery/a.csv", "https://x/1"));
    assertEquals("bbc/tech/350.txt", QuoteEval.goldDocument(gold, "file:/data/bbc/tech/350.txt", null));
    assertNull(QuoteEval.goldDocument(gold, "file:/data/bbc/sport/350.txt", null));
    assertEquals("000_seed.txt", QuoteEval.goldDocument(gold, "file:/work/seeds/000_seed.txt", null));
    assertEquals("recovery/a.csv https://x/1", QuoteEval.goldDocument(gold, "file:/c/recovery/a.csv", "https://x/1"));
    assertNull(QuoteEval.goldDocument(gold, "file:/c/recovery/a.csv", "https://x/2"));
  }
}
