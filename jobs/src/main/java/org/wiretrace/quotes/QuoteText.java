package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Normal forms for comparing quotations and speakers across documents, and the shape of a quotation's words. */
public final class QuoteText {
  /** Quotations of fewer words cluster only with the same words from the same speaker. */
  public static final int MIN_CLUSTER_WORDS = 4;

  private QuoteText() {}

  /** Lower-case words of letters and digits, single spaces: punctuation and mark styles do not matter. */
  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(Character.toLowerCase(c));
      } else if (c != '\'' && c != '’') {
        space = true;
      }
    }
    return out.toString();
  }

  /**
   * The length of {@code text.split("\\s+")}, counted without making the words: runs of chars that are not ASCII white
   * space, one more for the empty word before white space that opens the text; an empty text is one empty word.
   */
  static int splitWords(String text) {
    if (text.isEmpty()) {
      return 1;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = isRegexSpace(text.charAt(i));
      words += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return words > 0 && isRegexSpace(text.charAt(0)) ? words + 1 : words;
  }

  /** The chars of {@code \s} in a Java regex: space, tab, line feed, vertical tab, form feed, carriage return. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The names a quotation uses inside its sentences: runs of capitalized words, possessive dropped ("I think Tom's
   * situation …" gives Tom; "Peter Roe-Webb founded it" gives Peter Roe-Webb): the people it speaks of in the third
   * person, whom its speaker is not. A run that opens a sentence loses its first word ("We", "The"); "I" is none.
   */
  static Set<String> namesInside(String quotation) {
    Set<String> names = new HashSet<>();
    List<String> run = new ArrayList<>();
    boolean opening = true;
    boolean runOpens = false;
    int i = 0;
    while (i <= quotation.length()) {
      char c = i < quotation.length() ? quotation.charAt(i) : '.';
      if (!Character.isLetter(c)) {
        if (c != ' ' || i + 1 >= quotation.length() || !Character.isUpperCase(quotation.charAt(i + 1))) {
          addRun(names, run, runOpens); // a run of names goes on over single spaces only
        }
        opening |= ".?!:\"“”".indexOf(c) >= 0;
        i++;
        continue;
      }
      int start = i;
      while (i < quotation.length() && (Character.isLetter(quotation.charAt(i)) || quotation.charAt(i) == '-')) {
        i++;
      }
      boolean capitalized = Character.isUpperCase(c) && i - start > 1 && Character.isLowerCase(quotation.charAt(i - 1));
      if (capitalized) {
        runOpens = run.isEmpty() ? opening : runOpens;
        run.add(quotation.substring(start, i));
      } else {
        addRun(names, run, runOpens);
      }
      opening = false;
      if (i < quotation.length() && (quotation.charAt(i) == '\'' || quotation.charAt(i) == '’')) {
        addRun(names, run, runOpens); // "Tom's": the possessive ends the name, and its letter is no word
        i++;
        while (i < quotation.length() && Character.isLetter(quotation.charAt(i))) {
          i++;
        }
      }
    }
    return names;
  }

  private static void addRun(Set<String> names, List<String> run, boolean opensSentence) {
    List<String> name = opensSentence && !run.isEmpty() ? run.subList(1, run.size()) : run;
    if (!name.isEmpty()) {
      names.add(String.join(" ", name));
    }
    run.clear();
  }

  public static int words(String normalized) {
    return normalized.isEmpty() ? 0 : normalized.split(" ").length;
  }

  /**
   * What identifies a non-person speaker across documents: the organisation's name, or an anonymous descriptor
   * without words that carry no identity ("a senior State Department official" = "the unidentified State
   * Department official"). Grouping anonymous speakers this way says "the same kind of source", not "the same person".
   */
  public static String speakerKey(String type, String speaker) {
    StringBuilder out = new StringBuilder(type).append(':');
    for (String word : NameVariants.fold(speaker).split("\\s+")) {
      if (!type.equals("anonymous") || !Lexicon.ANONYMITY.contains(word)) {
        out.append(word).append(' ');
      }
    }
    return out.toString().trim();
  }

  /** Words a title leaves in lower case. */
  private static final Set<String> SMALL = Lexicon.words("a an the and or of in on at to for with from by as but nor "
      + "vs v. & de la le");

  /**
   * Title case: the first word and every word but the small ones capitalized (or digits), not all capitals, and no
   * sentence inside (no comma, semicolon or question mark before the last word).
   */
  static boolean isTitleCase(String quote) {
    String body = quote.strip();
    while (!body.isEmpty() && ",.;:!".indexOf(body.charAt(body.length() - 1)) >= 0) {
      body = body.substring(0, body.length() - 1);
    }
    if (body.isEmpty() || body.indexOf(',') >= 0 || body.indexOf(';') >= 0 || body.indexOf('?') >= 0
        || body.equals(body.toUpperCase(Locale.ROOT))) {
      return false;
    }
    // the words between white space, as body.split("\\s+") gives them (the body opens with none)
    for (int from = 0; from < body.length(); ) {
      int to = from;
      while (to < body.length() && !isRegexSpace(body.charAt(to))) {
        to++;
      }
      char first = body.charAt(from);
      boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
      if (!capital && (from == 0 || !SMALL.contains(body.substring(from, to).toLowerCase(Locale.ROOT)))) {
        return false;
      }
      while (to < body.length() && isRegexSpace(body.charAt(to))) {
        to++;
      }
      from = to;
    }
    return true;
  }
}
