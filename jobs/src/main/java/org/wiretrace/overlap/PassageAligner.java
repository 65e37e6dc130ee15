package org.wiretrace.overlap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wiretrace.text.Words;

/**
 * Aligns the text two documents share into passages. Matching shingles on one diagonal (the same offset between the
 * two word sequences) form runs of identical words; runs in the same order in both documents, separated by at most
 * {@code maxGap} words on each side (a substituted, inserted or deleted word breaks every shingle covering it), merge
 * into one passage. Passages of at least {@code minWords} words on both sides are kept.
 */
public final class PassageAligner implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  /** A shingle repeated more often than this in one document (a chant, a table) is not used to align. */
  static final int MAX_REPEATS = 16;
  /** How many of the latest passages a run may continue (bounds the work on documents full of short matches). */
  private static final int OPEN_PASSAGES = 16;

  /** Word ranges [begin, end) in both documents, and the code-point offsets of those words in their texts. */
  public record Passage(int aWordBegin, int aWordEnd, int bWordBegin, int bWordEnd,
      int aBegin, int aEnd, int bBegin, int bEnd) {
    public int words() {
      return aWordEnd - aWordBegin;
    }
  }

  private final int k;
  private final int minWords;
  private final int maxGap;

  public PassageAligner(int shingleWords, int minWords, int maxGap) {
    this.k = shingleWords;
    this.minWords = minWords;
    this.maxGap = maxGap;
  }

  public List<Passage> align(Words a, Words b) {
    List<int[]> passages = new ArrayList<>();
    for (int[] run : runs(Shingles.hashes(a, k), Shingles.hashes(b, k))) {
      int[] open = extendable(passages, run);
      if (open == null) {
        passages.add(run);
      } else {
        open[1] = run[1];
        open[3] = run[3];
      }
    }
    List<Passage> out = new ArrayList<>();
    for (int[] p : passages) {
      if (p[1] - p[0] >= minWords && p[3] - p[2] >= minWords) {
        out.add(new Passage(p[0], p[1], p[2], p[3],
            a.begins()[p[0]], a.ends()[p[1] - 1], b.begins()[p[2]], b.ends()[p[3] - 1]));
      }
    }
    return out;
  }

  /** The latest passage this run continues (later in both documents, within the gap), or null. */
  private int[] extendable(List<int[]> passages, int[] run) {
    for (int i = passages.size() - 1; i >= Math.max(0, passages.size() - OPEN_PASSAGES); i--) {
      int[] p = passages.get(i);
      // Only a run ending later in BOTH documents extends a passage, so both ends come from the same run (a run
      // reaching further in one document only is text repeated elsewhere, not the continuation).
      boolean after = run[0] >= p[0] && run[2] >= p[2] && run[1] > p[1] && run[3] > p[3];
      boolean inside = run[0] >= p[0] && run[1] <= p[1] && run[2] >= p[2] && run[3] <= p[3];
      if (inside || after && run[0] - p[1] <= maxGap && run[2] - p[3] <= maxGap) {
        return p;
      }
    }
    return null;
  }

  /**
   * Maximal runs of matching shingles on one diagonal, as word ranges {aBegin, aEnd, bBegin, bEnd}, ordered by their
   * start in a, then in b.
   */
  private List<int[]> runs(long[] a, long[] b) {
    Map<Long, List<Integer>> inB = new HashMap<>();
    for (int j = 0; j < b.length; j++) {
      inB.computeIfAbsent(b[j], h -> new ArrayList<>()).add(j);
    }
    Map<Long, Integer> countA = new HashMap<>();
    for (long h : a) {
      countA.merge(h, 1, Integer::sum);
    }
    List<long[]> matches = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      List<Integer> js = inB.get(a[i]);
      if (js != null && js.size() <= MAX_REPEATS && countA.get(a[i]) <= MAX_REPEATS) {
        for (int j : js) {
          matches.add(new long[] {j - i, i});
        }
      }
    }
    matches.sort(Comparator.<long[]>comparingLong(m -> m[0]).thenComparingLong(m -> m[1]));
    List<int[]> runs = new ArrayList<>();
    for (int m = 0; m < matches.size(); ) {
      int diagonal = (int) matches.get(m)[0];
      int start = (int) matches.get(m)[1];
      int end = start + 1;
      m++;
      while (m < matches.size() && matches.get(m)[0] == diagonal && matches.get(m)[1] == end) {
        end++;
        m++;
      }
      runs.add(new int[] {start, end + k - 1, start + diagonal, end + k - 1 + diagonal});
    }
    runs.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[2]));
    return runs;
  }

  /** How many words the union of the word ranges [begins[i], ends[i]) covers. */
  public static int coveredWords(int[] begins, int[] ends) {
    Integer[] order = new Integer[begins.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> begins[i]));
    int covered = 0;
    int reach = Integer.MIN_VALUE;
    for (int i : order) {
      int from = Math.max(begins[i], reach);
      if (ends[i] > from) {
        covered += ends[i] - from;
      }
      reach = Math.max(reach, ends[i]);
    }
    return covered;
  }
}
