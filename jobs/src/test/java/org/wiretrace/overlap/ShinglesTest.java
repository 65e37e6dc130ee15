package org.wiretrace.overlap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.wiretrace.text.Words;

class ShinglesTest {
  @Test
  void oneHashPerWindowOfKWordsEqualAfterNormalization() {
    long[] a = Shingles.hashes(Words.of("The talks in Geneva ended. The talks in Geneva ended"), 5);
    assertEquals(10 - 5 + 1, a.length);
    assertEquals(a[0], a[5]);
    assertNotEquals(a[0], a[1]);
    assertArrayEquals(a, Shingles.hashes(Words.of("THE talks, in GENEVA ended; the talks in geneva ended!"), 5));
    assertEquals(0, Shingles.hashes(Words.of("too short"), 5).length);
    assertEquals(5, Shingles.distinct(a).length);
    long[] set = Shingles.distinct(a);
    long[] sorted = set.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, set);
  }

  @Test
  void aBandMatchesWithProbabilityJaccardToTheRows() {
    // Sets of 1,000 and 1,000 values sharing 750: Jaccard 750 / 1250 = 0.6; one band of 4 rows matches with
    // probability 0.6^4 = 0.1296. Over 2,000 independent bands the share is within 0.02 of it (4 sigma).
    long[] a = LongStream.range(0, 1000).map(Shingles::mix).sorted().toArray();
    long[] b = LongStream.range(250, 1250).map(Shingles::mix).sorted().toArray();
    int bands = 2000;
    long[] keysA = Shingles.bandKeys(a, bands, 4);
    long[] keysB = Shingles.bandKeys(b, bands, 4);
    int equal = 0;
    for (int i = 0; i < bands; i++) {
      equal += keysA[i] == keysB[i] ? 1 : 0;
    }
    assertEquals(0.1296, equal / (double) bands, 0.02);
    assertArrayEquals(keysA, Shingles.bandKeys(a.clone(), bands, 4));
    assertTrue(Shingles.bandKeys(new long[0], bands, 4).length == 0);
  }
}
