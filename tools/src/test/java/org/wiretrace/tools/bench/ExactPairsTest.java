package org.wiretrace.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wiretrace.tools.bench.ExactPairs.Pair;

/** Shingles and exact pairs of hand-made texts; every Jaccard below is counted by hand in the comments. */
class ExactPairsTest {
  @Test
  void shinglesAreRunsOfLowerCaseWordTokens() {
    // Tokens: hello world it s a fine day (the leading comma gives an empty token, which is dropped).
    assertEquals(Set.of("hello world it s a", "world it s a fine", "it s a fine day"),
        ExactPairs.shingles(", Hello, WORLD!  it's a fine-day.", 5));
    assertEquals(Set.of(), ExactPairs.shingles("only four words here", 5));
  }

  @Test
  void pairsAtOrAboveTheThresholdWithTheirJaccard() {
    Map<String, Set<String>> sets = new LinkedHashMap<>();
    // Shingles: abcde bcdef cdefg defgh.
    sets.put("d1", ExactPairs.shingles("a b c d e f g h", 5));
    // abcde bcdef cdefg: d1 3/4.
    sets.put("d2", ExactPairs.shingles("a b c d e f g", 5));
    // abcde bcdef cdefx defxy: d1 2/6, d2 2/5.
    sets.put("d3", ExactPairs.shingles("a b c d e f x y", 5));
    // cdefg defgh: d1 2/4, d2 1/4, d3 0.
    sets.put("d4", ExactPairs.shingles("c d e f g h", 5));
    // bcdef cdefg: d1 2/4, d2 2/3, d3 1/5, d4 1/3.
    sets.put("d5", ExactPairs.shingles("b c d e f g", 5));
    // abcde bcdef cdefg defgz: d1 3/5 (exactly the threshold), d2 3/4, d3 2/6, d4 1/5, d5 2/4.
    sets.put("d6", ExactPairs.shingles("A b c d e f g z", 5));
    // No shingle: in no pair.
    sets.put("d7", ExactPairs.shingles("a b c d", 5));

    assertEquals(Map.of(new Pair("d1", "d2"), 0.75, new Pair("d2", "d5"), 2 / 3.0, new Pair("d1", "d6"), 0.6,
        new Pair("d2", "d6"), 0.75), ExactPairs.pairs(sets, 0.6));
  }

  @Test
  void pairsAreOrderedByIdWhicheverWayTheyAreGiven() {
    assertEquals(new Pair("a", "b"), Pair.of("b", "a"));
  }
}
