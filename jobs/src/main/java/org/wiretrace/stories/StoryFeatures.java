package org.wiretrace.stories;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wiretrace.text.TermAnalyzer;

/**
 * What tells which event an article reports, as counted words: the names it mentions (people, places,
 * organisations: capitalised words inside a sentence) and the terms of its title and lead (the first
 * {@value #LEAD_WORDS} words of the body), where news writing states who did what, where and when.
 */
public final class StoryFeatures {
  /** News leads state the event in the first paragraph or two. */
  static final int LEAD_WORDS = 60;
  /** Capitalised words that are not names: days, months and the words that capitalise titles of people. */
  private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "mr", "mrs", "ms", "dr", "i");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Name words and title-and-lead terms of one article, each with its count. */
  public record Features(Map<String, Integer> names, Map<String, Integer> lead) {}

  private StoryFeatures() {}

  public static Features of(String title, String text, TermAnalyzer analyzer) {
    return new Features(names(text), lead(title, text, analyzer));
  }

  /**
   * Capitalised words inside sentences, folded to lower case without accents or possessive. A capitalised word that
   * opens a sentence counts only if the article also capitalises it inside one ("Geneva" yes, "The" no).
   */
  static Map<String, Integer> names(String text) {
    Map<String, Integer> inside = new HashMap<>();
    Map<String, Integer> opening = new HashMap<>();
    boolean sentenceStart = true;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || inWord(text, i))) {
        i++;
      }
      String word = text.substring(start, i);
      if (Character.isUpperCase(c) && word.length() > 1) {
        String name = fold(word);
        if (!name.isEmpty() && !TermAnalyzer.isStopWord(name) && !NOT_NAMES.contains(name)) {
          (sentenceStart ? opening : inside).merge(name, 1, Integer::sum);
        }
      }
      sentenceStart = false;
    }
    Set<String> known = new HashSet<>(inside.keySet());
    opening.forEach((name, n) -> {
      if (known.contains(name)) {
        inside.merge(name, n, Integer::sum);
      }
    });
    return inside;
  }

  /** ASCII has no accents to take off: most words skip the normalisation (a hot path, once per capitalised word). */
  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** An apostrophe, hyphen or dot between two letters keeps a word whole ("O'Brien", "Al-Assad", "U.S."). */
  private static boolean inWord(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '’' || c == '-' || c == '.') && i > 0 && i + 1 < text.length()
        && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
  }

  /** Lower case, accents and a possessive 's removed, inner dots dropped: "Zürich's" → "zurich", "U.S" → "us". */
  static String fold(String word) {
    String w = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    if (!isAscii(w)) {
      w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
    }
    return w.replace(".", "").replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  /** The terms of the title and of the body's first {@value #LEAD_WORDS} words. */
  static Map<String, Integer> lead(String title, String text, TermAnalyzer analyzer) {
    Map<String, Integer> terms = new HashMap<>();
    if (title != null) {
      analyzer.tokens(title).forEach(t -> terms.merge(t.term(), 1, Integer::sum));
    }
    analyzer.tokens(firstWords(text, LEAD_WORDS)).forEach(t -> terms.merge(t.term(), 1, Integer::sum));
    return terms;
  }

  /** The text up to the end of its {@code n}-th whitespace-separated word. */
  static String firstWords(String text, int n) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord && ++words > n) {
        return text.substring(0, i);
      }
      inWord = !space;
    }
    return text;
  }
}
