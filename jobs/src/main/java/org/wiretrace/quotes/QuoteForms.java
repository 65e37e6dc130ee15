package org.wiretrace.quotes;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How two forms of a quotation relate, word by word, on normalized texts ({@link QuoteText#normalize}): the same, one
 * a run of the other's words (truncated), or a few words edited (altered), MemeTracker-style. Plain functions, used
 * by {@link QuoteClusters} and the report.
 */
public final class QuoteForms {
  /** Fewer words than this cluster only by equality: a few short words match too much by chance. */
  static final int MIN_NEAR_WORDS = 6;
  /** Fewest words of a form that may join a longer one, whatever its length; shorter forms need half its words. */
  static final int MIN_CONTAINED_WORDS = 8;
  /** Most word edits of an altered form: at most a fifth of its words, and never more than this. */
  static final int MAX_EDITS = 5;
  static final double MAX_EDIT_SHARE = 0.2;
  /** Candidate keys are runs of this many words at least and at most. */
  static final int MIN_KEY_WORDS = 3;
  static final int MAX_KEY_WORDS = 5;
  /** Bits of a form's {@link #wordBits}. */
  static final int WORD_BITS = 128;

  private QuoteForms() {}

  /** Which words of a form and of the full form an edit changed, and the run of the full form the form matches. */
  public record Alignment(boolean[] changedInForm, boolean[] changedInFull, int fullBegin, int fullEnd) {}

  static String[] words(String normalized) {
    return normalized.isEmpty() ? new String[0] : normalized.split(" ");
  }

  /**
   * d[i][j]: the fewest word edits (substitutions, insertions, deletions) that turn the first i words of {@code form}
   * into a run of {@code full} ending before word j; the run may start anywhere (free start, d[0][j] = 0).
   */
  private static int[][] distances(String[] form, String[] full) {
    int[][] d = new int[form.length + 1][full.length + 1];
    for (int i = 1; i <= form.length; i++) {
      d[i][0] = i;
      for (int j = 1; j <= full.length; j++) {
        int cost = form[i - 1].equals(full[j - 1]) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
      }
    }
    return d;
  }

  /** The end of the best run: the column of the last row with the fewest edits (free end), leftmost on ties. */
  private static int bestEnd(int[] last) {
    int end = 0;
    for (int j = 1; j < last.length; j++) {
      if (last[j] < last[end]) {
        end = j;
      }
    }
    return end;
  }

  /**
   * The fewest word edits that turn {@code form} into a run of consecutive words of {@code full}: the last row of
   * {@link #distances}, computed a row at a time.
   */
  static int wordEdits(String[] form, String[] full) {
    int[] previous = new int[full.length + 1];
    int[] row = new int[full.length + 1];
    for (int i = 1; i <= form.length; i++) {
      row[0] = i;
      for (int j = 1; j <= full.length; j++) {
        int cost = form[i - 1].equals(full[j - 1]) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = row;
      row = swap;
    }
    return previous[bestEnd(previous)];
  }

  /** The relation of {@code form} to the cluster's full form {@code full}: exact, truncated or altered. */
  public static String relation(String form, String full) {
    if (form.equals(full)) {
      return QuoteVariantsTable.EXACT;
    }
    return edits(form, full) == 0 ? QuoteVariantsTable.TRUNCATED : QuoteVariantsTable.ALTERED;
  }

  /** Word edits of {@code form} from a run of {@code full}; 0 for exact and truncated forms. */
  public static int edits(String form, String full) {
    return form.equals(full) ? 0 : wordEdits(words(form), words(full));
  }

  /** Most word edits a form of this many words may have and still join a longer form. */
  static int maxEdits(int words) {
    return Math.min(MAX_EDITS, (int) Math.floor(MAX_EDIT_SHARE * words));
  }

  /** {@code a} comes after {@code b} in the order a form's parent must follow: more words, then text order. */
  static boolean greater(String[] a, String aText, String[] b, String bText) {
    return a.length != b.length ? a.length > b.length : aText.compareTo(bText) > 0;
  }

  /**
   * The word edits by which {@code child} may join the greater (longer, or at equal length later in text order)
   * {@code parent}: 0 when it is a run of its words, a few when altered (at most {@link #maxEdits}); -1 when it may
   * not: fewer than {@link #MIN_NEAR_WORDS} words, or fewer than both {@link #MIN_CONTAINED_WORDS} and half the
   * parent's words.
   */
  public static int joins(String child, String parent) {
    return joins(words(child), child, words(parent), parent);
  }

  /** As {@link #joins(String, String)}, on the forms' words already split. */
  static int joins(String[] c, String child, String[] p, String parent) {
    if (c.length < MIN_NEAR_WORDS || !greater(p, parent, c, child)
        || c.length < Math.min(MIN_CONTAINED_WORDS, (p.length + 1) / 2)) {
      return -1;
    }
    int edits = wordEdits(c, p);
    return edits <= maxEdits(c.length) ? edits : -1;
  }

  /**
   * Where a form looks for the forms it may join: it is cut into {@code maxEdits + 1} equal pieces, of which at least
   * one no edit touches, so that piece is a run of any parent it may join; each piece gives its first words (at most
   * {@link #MAX_KEY_WORDS}, at least {@link #MIN_KEY_WORDS} since a fifth of the words at most are edited).
   */
  static List<String> pieceKeys(String normalized) {
    String[] w = words(normalized);
    Set<String> keys = new LinkedHashSet<>();
    int length = pieceKeyWords(w.length);
    for (int begin : pieceBegins(w.length)) {
      keys.add(String.join(" ", Arrays.copyOfRange(w, begin, begin + length)));
    }
    return List.copyOf(keys);
  }

  /** Where the pieces of a form of this many words begin (none under {@link #MIN_NEAR_WORDS} words). */
  static int[] pieceBegins(int words) {
    if (words < MIN_NEAR_WORDS) {
      return new int[0];
    }
    int pieces = maxEdits(words) + 1;
    int[] begins = new int[pieces];
    for (int k = 0; k < pieces; k++) {
      begins[k] = k * (words / pieces);
    }
    return begins;
  }

  /** How many words of each piece make its key. */
  static int pieceKeyWords(int words) {
    return Math.min(MAX_KEY_WORDS, words / (maxEdits(words) + 1));
  }

  /**
   * A form's words as {@value #WORD_BITS} bits, one per word from its hash: a bit set for a child and not for a
   * parent is at least one word of the child missing from the parent, which costs an edit. So more such bits than
   * {@link #maxEdits} rule a candidate out, on two numbers, before its texts and edit distance are needed.
   */
  static List<Long> wordBits(String normalized) {
    long[] bits = new long[WORD_BITS / Long.SIZE];
    for (String word : words(normalized)) {
      int bit = Math.floorMod(word.hashCode() * 0x9E3779B9, WORD_BITS);
      bits[bit / Long.SIZE] |= 1L << (bit % Long.SIZE);
    }
    return Arrays.stream(bits).boxed().toList();
  }

  /** Where a form is found by the forms that may join it: every run of 3, 4 and 5 words. */
  static List<String> runKeys(String normalized) {
    String[] w = words(normalized);
    Set<String> keys = new LinkedHashSet<>();
    if (w.length < MIN_NEAR_WORDS) {
      return List.of();
    }
    for (int n = MIN_KEY_WORDS; n <= MAX_KEY_WORDS; n++) {
      for (int i = 0; i + n <= w.length; i++) {
        keys.add(String.join(" ", Arrays.copyOfRange(w, i, i + n)));
      }
    }
    return List.copyOf(keys);
  }

  /** The words an edit changed, in {@code form} and in the run of {@code full} it matches (for showing a change). */
  public static Alignment align(String form, String full) {
    String[] f = words(form);
    String[] p = words(full);
    int[][] d = distances(f, p);
    boolean[] inForm = new boolean[f.length];
    boolean[] inFull = new boolean[p.length];
    int end = bestEnd(d[f.length]);
    int i = f.length;
    int j = end;
    while (i > 0) {
      if (j > 0 && d[i][j] == d[i - 1][j - 1] + (f[i - 1].equals(p[j - 1]) ? 0 : 1)) {
        boolean substituted = !f[i - 1].equals(p[j - 1]);
        inForm[i - 1] = substituted;
        inFull[j - 1] = substituted;
        i--;
        j--;
      } else if (d[i][j] == d[i - 1][j] + 1) {
        inForm[--i] = true; // a word the form added
      } else {
        inFull[--j] = true; // a word the form left out
      }
    }
    return new Alignment(inForm, inFull, j, end);
  }
}
