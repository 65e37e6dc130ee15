package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds quoted passages by their marks: “…”, "…", «…», „…“, and top-level single quotes ‘…’ / '…' when they are not
 * apostrophes and, where the text quotes in double marks, they hold speech. Single quotes inside a double-quoted
 * passage are part of it (a quote within a quote), and so is a short phrase in double marks nested in it. News style
 * opens every paragraph of a long quotation with a mark and closes only the last: such segments are merged into one
 * {@link Quoted}. An opening mark that never closes ends at the end of its sentence, so a stray mark never swallows the
 * rest of an article. Offsets are Java char indexes into the text, marks excluded, end exclusive.
 */
public final class QuoteScanner {

  /** A quotation: [begin, end) from the first segment's start to the last one's end; segments in order. */
  public record Quoted(int begin, int end, List<int[]> segments, boolean closed) {
    /** The quoted words with continuation marks and paragraph breaks between segments dropped. */
    public String text(String doc) {
      StringBuilder out = new StringBuilder();
      for (int[] s : segments) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(doc, s[0], s[1]);
      }
      return out.toString();
    }
  }

  /** Longest single-quoted passage accepted: single marks are mostly apostrophes, so they must pair up nearby. */
  static final int MAX_SINGLE = 300;

  private enum Role { OPEN, CLOSE, EITHER, NONE }

  private QuoteScanner() {}

  /**
   * The quotations of {@code text}, in order. Where single-marked ones do not outnumber the double-marked, only those
   * that read as speech count (three words or more, not in title case, not a paragraph of their own): a text that
   * quotes in double marks sets off headings, titles and terms in single ones ("‘Alien’" over a review, "‘Signs
   * of trouble’" over a section), and a headline's quotation ("‘This will kill you’: people warn others").
   */
  public static List<Quoted> scan(String text) {
    List<Quoted> out = new ArrayList<>();
    List<Quoted> single = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      from = scanFrom(text, from, out, single);
    }
    boolean singleStyle = single.size() > out.size();
    for (Quoted q : single) {
      String words = q.text(text);
      if (singleStyle || QuoteText.splitWords(words) >= 3 && !QuoteText.isTitleCase(words) && !isParagraph(text, q)) {
        out.add(q);
      }
    }
    out.sort(Comparator.comparingInt(Quoted::begin));
    return out;
  }

  /** Nothing but white space stands between the quotation's marks and its line's ends: a paragraph of its own. */
  private static boolean isParagraph(String text, Quoted q) {
    for (int b = q.begin() - 2; b >= 0 && text.charAt(b) != '\n'; b--) {
      if (!Character.isWhitespace(text.charAt(b))) {
        return false;
      }
    }
    for (int e = q.end() + 1; e < text.length() && text.charAt(e) != '\n'; e++) {
      if (!Character.isWhitespace(text.charAt(e))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Scans from {@code start}, double-marked quotations to {@code out} and single-marked ones to {@code single};
   * returns where to resume (the end of an unclosed last quotation) or the text's end.
   */
  private static int scanFrom(String text, int start, List<Quoted> out, List<Quoted> single) {
    List<int[]> segments = new ArrayList<>();
    int open = -1; // content start of the open segment, or -1
    int n = text.length();
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (open >= 0 && c == '\n') {
        int next = skipSpace(text, i);
        if (next < n && doubleRole(text, next) == Role.OPEN || next < n && doubleRole(text, next) == Role.EITHER) {
          addSegment(text, segments, open, i); // paragraph continuation: the next paragraph reopens the quote
          open = -1;
          i = next; // the mark at next reopens below
          open = next + 1;
          continue;
        }
        int end = sentenceEnd(text, open, i);
        addSegment(text, segments, open, end);
        flush(out, segments, false);
        open = -1;
        i = end - 1;
        continue;
      }
      Role role = doubleRole(text, i);
      if (role == Role.NONE) {
        if (open < 0 && isSingleOpen(text, i)) {
          int close = singleClose(text, i + 1);
          if (close > 0) {
            addSegment(text, segments, i + 1, close);
            flush(single, segments, true);
            i = close;
          }
        }
        continue;
      }
      if (open < 0) {
        if (role == Role.OPEN || role == Role.EITHER) {
          open = i + 1;
        } // a closing mark with nothing open is stray
      } else if (role == Role.CLOSE || role == Role.EITHER) {
        addSegment(text, segments, open, i);
        flush(out, segments, true);
        open = -1;
      } else if (endsSentence(text, i)) {
        // An opening mark after a full stop inside an open quotation: a new paragraph of the same quotation whose
        // line break was lost (news style reopens every paragraph).
        addSegment(text, segments, open, i);
        open = i + 1;
      } else if (isNested(text, i)) {
        i = nextMark(text, i + 1); // a quotation inside the open one, in the same marks, is part of it
      } else {
        // An opening mark mid-sentence: the open one never closed; it ends with its sentence.
        addSegment(text, segments, open, sentenceEnd(text, open, i));
        flush(out, segments, false);
        open = i + 1;
      }
    }
    if (open < 0) {
      return n;
    }
    int end = sentenceEnd(text, open, n);
    addSegment(text, segments, open, end);
    flush(out, segments, false);
    return Math.max(end, open);
  }

  /** Words a quotation nested in the same marks holds at most: a phrase or a name, not speech of its own. */
  static final int MAX_NESTED_WORDS = 12;

  /**
   * A quotation nested in an open one in the same marks opens mid-sentence at {@code i} ("We were the "haves" of the
   * league," he said): a short phrase that closes in the paragraph without
   * ending a sentence, and after it the open quotation still closes in that paragraph (before any mark opens) or
   * goes on in the next one, which opens with a mark. Otherwise the open quotation never closed ("we will win, he
   * said "and soon," she added): it ends with its sentence, as before.
   */
  private static boolean isNested(String text, int i) {
    int close = nextMark(text, i + 1);
    if (close < 0 || doubleRole(text, close) != Role.CLOSE && doubleRole(text, close) != Role.EITHER
        || endsSentence(text, close) || text.charAt(close - 1) == ','
        || QuoteText.splitWords(text.substring(i + 1, close)) > MAX_NESTED_WORDS) {
      return false;
    }
    int after = nextMark(text, close + 1);
    if (after >= 0) {
      return doubleRole(text, after) == Role.CLOSE || doubleRole(text, after) == Role.EITHER;
    }
    int lineEnd = text.indexOf('\n', close);
    int next = lineEnd < 0 ? text.length() : skipSpace(text, lineEnd);
    return next < text.length() && (doubleRole(text, next) == Role.OPEN || doubleRole(text, next) == Role.EITHER);
  }

  /** The next double mark at or after {@code from} in its paragraph, or -1. */
  private static int nextMark(String text, int from) {
    for (int k = from; k < text.length() && text.charAt(k) != '\n'; k++) {
      if (isDouble(text.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  private static void addSegment(String text, List<int[]> segments, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    for (int k = begin; k < end; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        segments.add(new int[] {begin, end});
        return;
      }
    }
  }

  private static void flush(List<Quoted> out, List<int[]> segments, boolean closed) {
    if (!segments.isEmpty()) {
      out.add(new Quoted(segments.get(0)[0], segments.get(segments.size() - 1)[1], List.copyOf(segments), closed));
      segments.clear();
    }
  }

  /** Where an unclosed quotation opened at {@code from} ends: its sentence's end, at most {@code limit}. */
  static int sentenceEnd(String text, int from, int limit) {
    for (int k = from; k < limit - 1; k++) {
      char c = text.charAt(k);
      if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(k + 1))
          && k - from > 1) {
        return k + 1;
      }
    }
    return limit;
  }

  /** The last non-space char before {@code i} ends a sentence. */
  private static boolean endsSentence(String text, int i) {
    int k = i - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k >= 0 && ".?!…".indexOf(text.charAt(k)) >= 0;
  }

  private static int skipSpace(String text, int i) {
    int k = i;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** The part a double mark plays; straight marks go by what is on either side. */
  private static Role doubleRole(String text, int i) {
    char c = text.charAt(i);
    if (!isDouble(c)) {
      return Role.NONE; // most chars: decided before looking at their neighbours
    }
    boolean spaceBefore = i == 0 || opensAfter(text.charAt(i - 1));
    boolean spaceAfter = i + 1 >= text.length() || closesBefore(text.charAt(i + 1));
    return switch (c) {
      case '“', '„', '«' -> c != '“' || !spaceAfter ? Role.OPEN : !spaceBefore ? Role.CLOSE
          : afterClosingPunctuation(text, i) ? Role.EITHER : Role.OPEN;
      case '»' -> Role.CLOSE;
      case '”' -> spaceBefore && !spaceAfter ? Role.OPEN : Role.CLOSE;
      case '"' -> spaceBefore && !spaceAfter ? Role.OPEN : !spaceBefore && spaceAfter ? Role.CLOSE : Role.EITHER;
      default -> Role.NONE;
    };
  }

  /**
   * A mark set apart by spaces right after a comma or an end of sentence ('…our revenue, “ said Ann Roe'): a closing
   * mark typed as an opening one when a quotation is open.
   */
  private static boolean afterClosingPunctuation(String text, int i) {
    return i >= 2 && text.charAt(i - 1) == ' ' && ",.?!".indexOf(text.charAt(i - 2)) >= 0;
  }

  private static boolean isDouble(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
  }

  private static boolean opensAfter(char c) {
    return Character.isWhitespace(c) || "([{—–-/:".indexOf(c) >= 0;
  }

  private static boolean closesBefore(char c) {
    return Character.isWhitespace(c) || ".,;:!?)]}—–-/…".indexOf(c) >= 0;
  }

  /** ‘ or ' at a word start (not an apostrophe as in rock 'n' roll or ’90s is accepted; they rarely pair). */
  private static boolean isSingleOpen(String text, int i) {
    char c = text.charAt(i);
    if (c != '‘' && c != '\'') {
      return false;
    }
    boolean before = i == 0 || opensAfter(text.charAt(i - 1)) || text.charAt(i - 1) == '"';
    return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)) && !isElision(text, i + 1);
  }

  /** Words that open with an apostrophe for letters left out: the '90s, 'em, 'til, 'cause, 'tis. */
  private static final Set<String> ELISIONS = Set.of("em", "til", "cause", "tis", "twas", "n",
      "bout", "round", "s");
  private static final Pattern DECADE = Pattern.compile("\\d\\ds?");

  private static boolean isElision(String text, int from) {
    int k = from;
    while (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
      k++;
    }
    String word = text.substring(from, k).toLowerCase(Locale.ROOT);
    return ELISIONS.contains(word) || DECADE.matcher(word).matches();
  }

  /** The closing single mark of a passage opened before {@code from}, or -1: not between letters, same paragraph. */
  private static int singleClose(String text, int from) {
    int limit = Math.min(text.length(), from + MAX_SINGLE);
    for (int k = from; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '"' || c == '“' || c == '”') {
        return -1;
      }
      if ((c == '’' || c == '\'') && k > from) {
        char prev = text.charAt(k - 1);
        boolean atEnd = k + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 1));
        if (atEnd && !Character.isWhitespace(prev)) {
          return k;
        }
      }
    }
    return -1;
  }
}
