package org.wiretrace.tools.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The exact pairs of documents whose word-shingle sets have Jaccard at least a threshold, to score what an
 * approximate search finds. Shingles are those of {@link MllibPipeline}: RegexTokenizer's split on {@code \W+} of the
 * lower-cased text (empty tokens dropped), then NGram's runs of n tokens joined by a space.
 */
public final class ExactPairs {
  private static final Pattern WORD_GAP = Pattern.compile("\\W+");

  /** Two document ids, {@code a < b}. */
  public record Pair(String a, String b) {
    public static Pair of(String x, String y) {
      return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
    }
  }

  private ExactPairs() {}

  /** The set of runs of {@code words} consecutive tokens; empty for a text of fewer tokens. */
  public static Set<String> shingles(String text, int words) {
    List<String> tokens = Arrays.stream(WORD_GAP.split(text.toLowerCase(Locale.ROOT)))
        .filter(token -> !token.isEmpty()).toList();
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + words <= tokens.size(); i++) {
      shingles.add(String.join(" ", tokens.subList(i, i + words)));
    }
    return shingles;
  }

  /**
   * Every pair with Jaccard at least {@code minJaccard}, with its Jaccard. Shared shingles are counted over an inverted
   * index of all shingles, so every pair sharing one is measured: exact, and quadratic only in each shingle's
   * documents (fine for a few thousand documents).
   */
  public static Map<Pair, Double> pairs(Map<String, Set<String>> shinglesById, double minJaccard) {
    List<String> ids = new ArrayList<>(shinglesById.keySet());
    Map<String, List<Integer>> docsByShingle = new HashMap<>();
    for (int doc = 0; doc < ids.size(); doc++) {
      for (String shingle : shinglesById.get(ids.get(doc))) {
        docsByShingle.computeIfAbsent(shingle, s -> new ArrayList<>()).add(doc);
      }
    }
    Map<Long, Integer> sharedByPair = new HashMap<>();
    for (List<Integer> docs : docsByShingle.values()) {
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          sharedByPair.merge((long) docs.get(i) * ids.size() + docs.get(j), 1, Integer::sum);
        }
      }
    }
    Map<Pair, Double> pairs = new HashMap<>();
    sharedByPair.forEach((key, shared) -> {
      String a = ids.get((int) (key / ids.size()));
      String b = ids.get((int) (key % ids.size()));
      int union = shinglesById.get(a).size() + shinglesById.get(b).size() - shared;
      double jaccard = shared / (double) union;
      if (jaccard >= minJaccard) {
        pairs.put(Pair.of(a, b), jaccard);
      }
    });
    return pairs;
  }
}
