package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word edits counted by hand on normalized forms of one quotation (13 words). */
class QuoteFormsTest {
  private static final String FULL = "we will not accept any troops from nato on the borders of russia";
  private static final String TRUNCATED = "we will not accept any troops from nato";
  /** not → never: one substitution. */
  private static final String NEVER = "we will never accept any troops from nato on the borders of russia";
  /** The run "will … borders" of FULL without "any": one word left out. */
  private static final String DROPPED = "will not accept troops from nato on the borders";
  /** troops → foreign, + soldiers, on → near: three edits. */
  private static final String SOLDIERS = "we will not accept any foreign soldiers from nato near the borders of russia";

  @Test
  void relationsAndEditsToTheFullForm() {
    assertEquals("exact", QuoteForms.relation(FULL, FULL));
    assertEquals(0, QuoteForms.edits(FULL, FULL));
    assertEquals("truncated", QuoteForms.relation(TRUNCATED, FULL));
    assertEquals(0, QuoteForms.edits(TRUNCATED, FULL));
    assertEquals("altered", QuoteForms.relation(NEVER, FULL));
    assertEquals(1, QuoteForms.edits(NEVER, FULL));
    assertEquals("altered", QuoteForms.relation(DROPPED, FULL));
    assertEquals(1, QuoteForms.edits(DROPPED, FULL));
    assertEquals(3, QuoteForms.edits(FULL, SOLDIERS));
  }

  @Test
  void aFormJoinsAGreaterOneItIsARunOfOrAFewWordsFrom() {
    assertEquals(0, QuoteForms.joins(TRUNCATED, FULL)); // 8 words: the most any join needs
    assertEquals(1, QuoteForms.joins(NEVER, FULL)); // same length; "not" comes after "never"; 13 words allow 2 edits
    assertEquals(1, QuoteForms.joins(DROPPED, FULL)); // 9 words allow 1 edit
  }

  @Test
  void tooDifferentTooShortOrNotGreaterFormsDoNotJoin() {
    assertEquals(-1, QuoteForms.joins(FULL, SOLDIERS)); // 3 edits, 13 words allow 2
    assertEquals(-1, QuoteForms.joins("we will not accept any", FULL)); // 5 words: equality only
    assertEquals(-1, QuoteForms.joins("troops from nato on the borders", FULL)); // 6 words, under 7 (half of 13)
    assertEquals(-1, QuoteForms.joins(FULL, NEVER)); // a parent is never the smaller
    assertEquals(-1, QuoteForms.joins(FULL, TRUNCATED));
    assertEquals(-1, QuoteForms.joins("we will not accept any ultimatum from washington on this matter", FULL));
  }

  @Test
  void piecesOfAFormAreRunsOfEveryFormItMayJoin() {
    assertEquals(List.of("a b c", "d e f"), QuoteForms.pieceKeys("a b c d e f")); // 1 edit: 2 pieces of 3
    assertEquals(List.of("a b c", "d e f", "g h i"), QuoteForms.pieceKeys("a b c d e f g h i j")); // 2: 3 of 3
    assertEquals(List.of(), QuoteForms.pieceKeys("a b c d e"));
    // 13 words, 2 edits: pieces of 4 words; "never" spoils the first, the other two are runs of FULL.
    assertEquals(List.of("we will never accept", "any troops from nato", "on the borders of"),
        QuoteForms.pieceKeys(NEVER));
    assertTrue(QuoteForms.runKeys(FULL).containsAll(List.of("any troops from nato", "on the borders of")));
    // 6 words: 4 runs of 3, 3 of 4, 2 of 5.
    assertEquals(9, QuoteForms.runKeys("a b c d e f").size());
  }

  @Test
  void alignmentMarksTheChangedWordsAndTheMatchedRun() {
    QuoteForms.Alignment never = QuoteForms.align(NEVER, FULL);
    boolean[] third = new boolean[13];
    third[2] = true;
    assertArrayEquals(third, never.changedInForm());
    assertArrayEquals(third, never.changedInFull());
    assertEquals(0, never.fullBegin());
    assertEquals(13, never.fullEnd());
    QuoteForms.Alignment dropped = QuoteForms.align(DROPPED, FULL);
    assertArrayEquals(new boolean[9], dropped.changedInForm());
    boolean[] any = new boolean[13];
    any[4] = true;
    assertArrayEquals(any, dropped.changedInFull());
    assertEquals(1, dropped.fullBegin()); // "will"
    assertEquals(11, dropped.fullEnd()); // after "borders"
  }
  @Test
  void wordBitsTheParentLacksAreAtMostTheWordsItLacks() {
    // Counted by hand: SOLDIERS has "foreign", "soldiers" and "near", which FULL lacks; TRUNCATED lacks none of FULL's.
    assertTrue(bitsOnlyIn(SOLDIERS, FULL) <= 3);
    assertEquals(0, bitsOnlyIn(TRUNCATED, FULL));
    assertEquals(0, bitsOnlyIn(DROPPED, FULL));
    assertTrue(bitsOnlyIn(FULL, "we") <= 12);
  }

  private static int bitsOnlyIn(String child, String parent) {
    List<Long> c = QuoteForms.wordBits(child);
    List<Long> p = QuoteForms.wordBits(parent);
    int bits = 0;
    for (int i = 0; i < c.size(); i++) {
      bits += Long.bitCount(c.get(i) & ~p.get(i));
    }
    return bits;
  }
}
