package org.wiretrace.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries from the OpenNLP English UD sentence model, within paragraphs (a line break always ends a
 * sentence), with the model's splits inside news-style names undone ({@link #wrongSplit}): after a title such as "Sen."
 * or "Cmdr.", after a middle initial ("Donald J. Trump", "Sanford C. Bernstein") or a leading one before a first name
 * and a surname ("said G. Zachary Terwilliger"), after two initials that follow a lower-case word ("astronaut A.W.
 * “Tony” England", "said L.A. County Supervisor"), after a ticker in brackets ("Finnair Plc (FIA1S.HE) Chief
 * Executive"), before a lower-case word ('“We won.” said Ortiz'), and after a word glued to a full stop inside the name
 * it opens ("said.Ann | Roe got"); and a split added where a quotation's closing mark or a full stop is glued to the
 * next sentence ({@link #gluedEnd}). The model loads once per JVM; detectors are not thread-safe, so each thread has
 * its own.
 */
public final class Sentences {
  static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private static final class Holder {
    static final SentenceModel MODEL_INSTANCE = load();
  }

  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(Holder.MODEL_INSTANCE));

  private Sentences() {}

  private static SentenceModel load() {
    try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the classpath");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sentence spans [begin, end) as char offsets, in order, covering every non-blank line. */
  public static List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    SentenceDetectorME detector = DETECTOR.get();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (lineEnd > lineStart) {
        String line = text.substring(lineStart, lineEnd);
        int[] last = null;
        boolean afterGlue = false; // last opens after a glued full stop
        for (Span span : detector.sentPosDetect(line)) {
          // the model also splits after the glued word, mid-sentence ("say.Ann | Roe got the call."): undone when
          // the glued piece has no full stop of its own
          if (last != null && (wrongSplit(text, last[0], last[1], lineStart + span.getStart())
              || afterGlue && ".?!”\"".indexOf(text.charAt(last[1] - 1)) < 0)) {
            last[1] = lineStart + span.getEnd();
          } else {
            last = new int[] {lineStart + span.getStart(), lineStart + span.getEnd()};
            out.add(last);
          }
          afterGlue = false;
          for (int glued = gluedEnd(text, last[0], last[1]); glued > 0; glued = gluedEnd(text, last[0], last[1])) {
            int end = last[1];
            last[1] = glued;
            last = new int[] {glued, end};
            out.add(last);
            afterGlue = true;
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /**
   * Words written with a dot that never end a sentence before a capitalized word: the abbreviated titles and a few
   * other abbreviations before a name ("Mt. Everest", "Pres. Biden", "Messrs. Smith and Jones").
   */
  static final Set<String> TITLES = Tokens.union(Tokens.ABBREVIATED_TITLES, "mt", "ft", "pres", "messrs", "brig",
      "cdr");

  /** Common words that open a sentence: after an initial ("Plan B."), they open a new one. */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
      "this", "that", "these", "those", "in", "on", "at", "but", "and", "or", "so", "if", "when", "as", "after",
      "before", "meanwhile", "however", "there", "his", "her", "its", "their", "our", "my", "some", "many", "for");

  /** An initial or capitals with dots: "B", "U.S". */
  private static final Pattern CAPITALS_WITH_DOTS = Pattern.compile("\\p{Lu}(\\.\\p{Lu})*");

  /** Chars [begin, end) end with a bracket of one word holding a dot or a digit: a ticker, "(FIA1S.HE)". */
  private static boolean isOneWordParenthesis(String text, int begin, int end) {
    int open = text.lastIndexOf('(', end - 1);
    if (open < begin || end - open < 3) {
      return false;
    }
    boolean dotOrDigit = false;
    for (int i = open + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        return false;
      }
      dotOrDigit |= c == '.' || Character.isDigit(c);
    }
    return dotOrDigit;
  }

  /**
   * The split between the sentence [begin, end) and the one starting at {@code next} falls inside a sentence: the next
   * one opens with a lower-case letter, or this one ends with a ticker in brackets ("(FIA1S.HE)"), or with a title
   * ("Sen.", "Cmdr.") before a capitalized word, or with a middle initial ("J.", "J.B." after a capitalized word)
   * before a capitalized word that is no common opener, or with a leading initial before two capitalized words, or
   * with two initials after a lower-case word (a place's before two capitalized words); a nickname in marks after the
   * initials is read past.
   */
  static boolean wrongSplit(String text, int begin, int end, int next) {
    if (next >= text.length()) {
      return false;
    }
    char first = text.charAt(next);
    if (Character.isLowerCase(first)) {
      return true;
    }
    if (text.charAt(end - 1) == ')' && isOneWordParenthesis(text, begin, end)) {
      return true; // "Finnair Plc (FIA1S.HE) Chief Executive Topi Manner told": a ticker ends no sentence
    }
    // "A.W. “Tony” England": the name goes on after a nickname in marks
    int afterNickname = afterNickname(text, next);
    int nextWord = afterNickname > next && text.charAt(end - 1) == '.' ? afterNickname : next;
    if (!Character.isUpperCase(text.charAt(nextWord)) || end - begin < 2 || text.charAt(end - 1) != '.') {
      return false;
    }
    int wordStart = end - 1;
    while (wordStart > begin && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, end - 1);
    if (TITLES.contains(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (!CAPITALS_WITH_DOTS.matcher(word).matches()) {
      return false;
    }
    int nextEnd = nextWord;
    while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
      nextEnd++;
    }
    if (OPENERS.contains(text.substring(nextWord, nextEnd).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (wordStart == begin) {
      return true;
    }
    int prev = wordStart - 1; // the word before the initial: a name or a title
    while (prev > begin && Character.isWhitespace(text.charAt(prev))) {
      prev--;
    }
    int prevStart = prev;
    while (prevStart > begin && !Character.isWhitespace(text.charAt(prevStart - 1))) {
      prevStart--;
    }
    // a middle initial after a name, or a leading one after any word before a first name and a surname
    // ("said G. Zachary Terwilliger")
    if (Character.isUpperCase(text.charAt(prevStart)) || word.length() == 1 && capitalizedWordAfter(text, nextEnd)) {
      return true;
    }
    // two initials after a lower-case word open a name ("astronaut J.R. Smith"); a place's ("said L.A. County
    // Supervisor Ann Roe") only before two capitalized words: before one, the model's split stands. Three or more
    // are an acronym ("masks and P.P.E. Abramson said" is two sentences)
    return word.length() == 3 && (!PLACE_INITIALS.contains(word) || capitalizedWordAfter(text, nextEnd));
  }

  /** Places written as initials with dots (without the last dot): before one capitalized word they may end one. */
  private static final Set<String> PLACE_INITIALS = Set.of("U.S", "U.K", "U.N", "E.U", "L.A", "D.C", "N.Y", "N.J",
      "N.Z", "H.K");

  /**
   * Where a sentence starts inside [begin, end) that lost the space or the paragraph break before it: a closing mark
   * glued to a capital after the quotation's full stop ("… tougher than that.”K.C. Rondello, an epidemiologist,
   * said"), or a full stop glued between a word and a capital ("… President Roe.The president said", as
   * {@link Tokens} splits it); -1 if none. The model reads the glued words as one.
   */
  private static int gluedEnd(String text, int begin, int end) {
    for (int i = text.indexOf('”', begin + 1); i >= 0 && i + 1 < end; i = text.indexOf('”', i + 1)) {
      if (".?!".indexOf(text.charAt(i - 1)) >= 0 && Character.isUpperCase(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    for (int i = text.indexOf('.', begin + 1); i >= 0 && i + 2 < end; i = text.indexOf('.', i + 1)) {
      // a word after it, not an abbreviation's next letter ("Ph.D.")
      if (Tokens.isGluedSentenceEnd(text, i, end) && Character.isLowerCase(text.charAt(i + 2))) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Where the word after a nickname in marks starts, when one opens at {@code from} (“Tony” or "Tony": one
   * capitalized word, then a space and a capital); else {@code from}.
   */
  private static int afterNickname(String text, int from) {
    char open = text.charAt(from);
    if (open != '“' && open != '"' || from + 1 >= text.length() || !Character.isUpperCase(text.charAt(from + 1))) {
      return from;
    }
    int k = from + 1;
    while (k < text.length() && Character.isLetter(text.charAt(k))) {
      k++;
    }
    boolean closed = k < text.length() && (text.charAt(k) == '”' || text.charAt(k) == '"');
    return closed && capitalizedWordAfter(text, k + 1) ? k + 2 : from;
  }

  /** The word after the space at {@code from} starts with a capital letter. */
  private static boolean capitalizedWordAfter(String text, int from) {
    return from + 1 < text.length() && text.charAt(from) == ' ' && Character.isUpperCase(text.charAt(from + 1));
  }
}
