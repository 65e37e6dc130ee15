package org.wiretrace.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Word and punctuation tokens of a text with their char offsets. A word keeps inner apostrophes, hyphens and dots
 * ("Blinken’s", "co-chairman", "U.S.") and combining accents (a decomposed "Löfven"); every other non-space char is
 * a token of its own. Fast and allocation-light:
 * the attribution rules only need token shapes, and they run on every sentence of every article.
 */
public final class Tokens {
  /** Titles written abbreviated before a name ("Mr.", "Sen.", "Lt."): the one list {@link Sentences} also reads. */
  static final Set<String> ABBREVIATED_TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "rev", "gen", "sen", "rep",
      "gov", "st", "lt", "col", "sgt", "maj", "capt", "cmdr", "adm", "cpl", "pvt", "supt", "insp", "det", "atty", "hon",
      "ald", "jr", "sr", "fr");
  /** Titles whose dot belongs to the word: the abbreviated ones and "Sir", "Dame", "Lord", "Lady". */
  public static final Set<String> HONORIFICS = union(ABBREVIATED_TITLES, "sir", "dame", "lord", "lady");
  private static final int LONGEST_HONORIFIC = HONORIFICS.stream().mapToInt(String::length).max().orElse(0);
  /** Lower-case words inside a surname: "von", "van der", "de la", "bin". */
  public static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "la", "le", "da", "di",
      "du", "dos", "bin");

  /**
   * A yes-or-no question about one token that the rules ask of the same token again and again ("is it a role noun?"):
   * {@link #has} asks it once per token. Make each one once, as a constant: every one has its own slot in every Tokens.
   */
  public static final class Property {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private final int id = COUNT.getAndIncrement();
    private final Question question;

    public Property(Question question) {
      this.question = question;
    }
  }

  /** The question of a {@link Property}: does token {@code i} of {@code t} have it. */
  @FunctionalInterface
  public interface Question {
    boolean ask(Tokens t, int i);
  }

  private final String text;
  private int[] begins = new int[64];
  private int[] ends = new int[64];
  private int size;
  // each token's shape, which the rules ask again and again: a word (a letter or digit first), written as a proper noun
  private boolean[] letterOrDigitFirst;
  private boolean[] properNounCase;
  private java.util.BitSet lowered; // tokens read as lower case although capitalized
  // Each token's word and lower-case form, made on first use: the rules look the same token up many times.
  private String[] words;
  private String[] lowers;
  // the answers of each property asked, by its id, then by token: 0 not asked yet, 1 no, 2 yes
  private byte[][] answers = new byte[0][];

  public Tokens(String text, int from, int to) {
    this.text = text;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isHandleAt(text, i, from, to)) {
        i++; // a social-media handle is one word: "@riczaj01"
        while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
      } else if (Character.isLetterOrDigit(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          boolean inner = (d == '\'' || d == '’' || d == '-' || d == '.') && i + 1 < to
              && Character.isLetterOrDigit(text.charAt(i + 1)) && !(d == '.' && isGluedSentenceEnd(text, i, to));
          if (Character.isLetterOrDigit(d) || inner || Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if (d == '.' && isInitialism(text, start, i)) {
            i++; // the final dot of "U.S." or "Mr."
            break;
          } else {
            break;
          }
        }
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
      add(start, i);
    }
    letterOrDigitFirst = new boolean[size];
    properNounCase = new boolean[size];
    for (int k = 0; k < size; k++) {
      boolean handle = text.charAt(begins[k]) == '@' && ends[k] - begins[k] > 1;
      letterOrDigitFirst[k] = handle || Character.isLetterOrDigit(text.charAt(begins[k]));
      properNounCase[k] = handle || isProperNounCase(text, begins[k], ends[k]);
    }
  }

  /**
   * The dot at {@code dot} ends a sentence that lost its space before the next ("… Dr. Heguy said.A few cases", a
   * scrape that joined paragraphs): a word of two or more letters ending in lower case before it, a capital letter
   * after it, and no other dot before the next space, as a web address ("www.Example.com") or a citation
   * ("Ann.Occup.") would have.
   */
  static boolean isGluedSentenceEnd(String text, int dot, int to) {
    if (dot < 2 || !Character.isUpperCase(text.charAt(dot + 1)) || !Character.isLowerCase(text.charAt(dot - 1))
        || !Character.isLetter(text.charAt(dot - 2))) {
      return false;
    }
    for (int k = dot - 1; k >= 0 && !Character.isWhitespace(text.charAt(k)); k--) {
      if (text.charAt(k) == '.') {
        return false;
      }
    }
    for (int k = dot + 1; k < to && !Character.isWhitespace(text.charAt(k)); k++) {
      if (text.charAt(k) == '.' && k + 1 < to && Character.isLetterOrDigit(text.charAt(k + 1))) {
        return false;
      }
    }
    return true;
  }

  /** "@" after a space, a bracket or a mark, then a letter, digit or underscore: a handle, not an e-mail address. */
  private static boolean isHandleAt(String text, int i, int from, int to) {
    if (text.charAt(i) != '@' || i + 1 >= to) {
      return false;
    }
    char next = text.charAt(i + 1);
    return (Character.isLetterOrDigit(next) || next == '_')
        && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }

  /**
   * "U.S" (dots inside), an honorific such as "Mr", "Dr", "Cmdr", or a middle initial before a capitalized word
   * ("Donald J. Trump") or a surname's particle ("Ann D. von Roe"): the following dot belongs to the word.
   */
  private static boolean isInitialism(String text, int start, int end) {
    if (end - start == 1 && Character.isUpperCase(text.charAt(start))) {
      return end + 2 < text.length() && text.charAt(end + 1) == ' '
          && (Character.isUpperCase(text.charAt(end + 2)) || particleOpensSurname(text, end + 2));
    }
    for (int k = start + 1; k < end; k++) {
      if (text.charAt(k) == '.') {
        return true;
      }
    }
    // most words here end a sentence ("… on Monday."): told by their length before their lower case is made, as
    // lower case is never shorter
    return end - start <= LONGEST_HONORIFIC
        && HONORIFICS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** A particle starts at {@code at} and a capitalized word follows it: "von Roe", "de la Cruz". */
  private static boolean particleOpensSurname(String text, int at) {
    int space = text.indexOf(' ', at);
    return space > at && space - at <= 3 && space + 1 < text.length()
        && NAME_PARTICLES.contains(text.substring(at, space))
        && (Character.isUpperCase(text.charAt(space + 1)) || particleOpensSurname(text, space + 1));
  }

  private void add(int begin, int end) {
    if (size == begins.length) {
      begins = Arrays.copyOf(begins, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    begins[size] = begin;
    ends[size] = end;
    size++;
  }

  public int size() {
    return size;
  }

  public int begin(int i) {
    return begins[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public String word(int i) {
    if (words == null) {
      words = new String[size];
    }
    String word = words[i];
    if (word == null) {
      word = text.substring(begins[i], ends[i]);
      words[i] = word;
    }
    return word;
  }

  public String lower(int i) {
    if (lowers == null) {
      lowers = new String[size];
    }
    String lower = lowers[i];
    if (lower == null) {
      lower = word(i).toLowerCase();
      lowers[i] = lower;
    }
    return lower;
  }

  /** Written as a proper noun, and the token is not read as lower case ({@link #readAsLowerCase}). */
  public boolean capitalized(int i) {
    return properNounCase[i] && (lowered == null || !lowered.get(i));
  }

  /**
   * Chars [from, to) open with an upper-case letter, or with a lower-case particle of up to three letters glued to a
   * capitalized rest, or hyphened to it: "deBoisvert", "vanDyke", "al-Haddad" (and "eBay", also a proper noun).
   */
  public static boolean isProperNounCase(CharSequence text, int from, int to) {
    if (from >= to) {
      return false;
    }
    if (Character.isUpperCase(text.charAt(from))) {
      return true;
    }
    int k = from;
    while (k < to && k - from < 3 && Character.isLowerCase(text.charAt(k))) {
      k++;
    }
    if (k > from && k + 2 < to && text.charAt(k) == '-') {
      k++;
    }
    return k > from && k + 1 < to && Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k + 1));
  }

  /** Token {@code i} is a common word capitalized only because it opens a sentence ("Hours later, …"). */
  public void readAsLowerCase(int i) {
    if (lowered == null) {
      lowered = new java.util.BitSet(size);
    }
    lowered.set(i);
    answers = new byte[0][]; // they may depend on the case
  }

  /** Token {@code i} has the property {@code p}: asked on first use, remembered after. */
  public boolean has(int i, Property p) {
    if (p.id >= answers.length) {
      answers = Arrays.copyOf(answers, p.id + 1);
    }
    if (answers[p.id] == null) {
      answers[p.id] = new byte[size];
    }
    byte[] known = answers[p.id];
    if (known[i] == 0) {
      known[i] = p.question.ask(this, i) ? (byte) 2 : (byte) 1;
    }
    return known[i] == 2;
  }

  public boolean isWord(int i) {
    return letterOrDigitFirst[i];
  }

  /** Token {@code i} is {@code s}, ignoring case ({@link String#regionMatches(boolean, int, String, int, int)}). */
  public boolean is(int i, String s) {
    if (i < 0 || i >= size || ends[i] - begins[i] != s.length()) {
      return false;
    }
    // most calls compare a token with a short ASCII word or a comma: compare ASCII chars by hand, and leave the full
    // case-insensitive comparison to the rare pair with a char beyond ASCII, where case folding has exceptions
    for (int j = 0; j < s.length(); j++) {
      char mine = text.charAt(begins[i] + j);
      char other = s.charAt(j);
      if (mine == other) {
        continue;
      }
      if (mine >= 128 || other >= 128) {
        return text.regionMatches(true, begins[i], s, 0, s.length());
      }
      if (asciiLowerCase(mine) != asciiLowerCase(other)) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLowerCase(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The index of the first token starting at or after {@code offset}. */
  public int indexAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A set of {@code base} and {@code more}. */
  static Set<String> union(Set<String> base, String... more) {
    Set<String> all = new HashSet<>(base);
    all.addAll(Arrays.asList(more));
    return Set.copyOf(all);
  }
}
