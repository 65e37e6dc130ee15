package org.wiretrace.quotes;

/**
 * The text as the quotes steps read it, char for char as long as the document's text (every offset stays valid):
 * <ul>
 *   <li>Unicode spaces (no-break, thin, narrow, ideographic, zero-width) are plain spaces, so that {@code ”\u00A0said}
 *       reads as {@code ” said};
 *   <li>archive and wire double marks are double quotation marks: two apostrophes ({@code ''We are ready,'' she
 *       said}), two backticks ({@code ``…''}) and doubled curly single marks become one {@code "} beside the word
 *       and a space on the other side; of three apostrophes after a word the first is its possessive
 *       ({@code the players'''}); a lone backtick before a word opens a single quotation;
 *   <li>UTF-8 curly double marks mis-decoded as Latin-1 or Windows-1252 ({@code â\u0080\u009c…â\u0080\u009d},
 *       {@code â€œ…â€\u009d}) are marks too, the two extra chars spaces; an accented letter mis-decoded the same way
 *       ({@code LÃ¶fven}) is that letter decomposed ({@code Lo\u0308fven}, the same name once accents are folded),
 *       and {@code Â} before a no-break space a space;
 *   <li>quotation marks inside markup left in the text are no marks: inside a tag ({@code <a href="…">}) and around
 *       an attribute's value ({@code tweet-date="2020-05-12"}) they become spaces.
 * </ul>
 */
final class ReadableText {
  /** How far a tag's closing bracket or an attribute value's closing mark is looked for. */
  private static final int MAX_MARKUP = 2000;

  private ReadableText() {}

  static String of(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char ch = c[i];
      if (isExtraSpace(ch)) {
        c[i] = ' ';
      } else if (ch == '<' && i + 1 < c.length && (Character.isLetter(c[i + 1]) || c[i + 1] == '/'
          || c[i + 1] == '!')) {
        i = tag(c, i);
      } else if (ch == '=' && i > 0 && isAttributeNameChar(c[i - 1]) && i + 1 < c.length && isMark(c[i + 1])) {
        i = attributeValue(c, i + 1);
      } else if (ch == '\u00e2' && i + 2 < c.length && (c[i + 1] == '\u0080' || c[i + 1] == '€')) {
        mojibake(c, i);
      } else if ((ch == '\u00c3' || ch == '\u00c2') && i + 1 < c.length) {
        i = misdecodedLetter(c, i);
      } else if ((ch == '\'' || ch == '`' || ch == '‘' || ch == '’') && i + 1 < c.length) {
        i = doubled(c, i);
      }
    }
    return new String(c);
  }

  private static boolean isExtraSpace(char ch) {
    // below the no-break space the only space separator is ' ': most chars are told without a Unicode lookup
    return ch >= '\u00a0'
        && (Character.getType(ch) == Character.SPACE_SEPARATOR || ch == '\u200b' || ch == '\ufeff');
  }

  private static boolean isMark(char ch) {
    return ch == '"' || ch == '\'' || ch == '“' || ch == '”';
  }

  private static boolean isAttributeNameChar(char ch) {
    return Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == ':';
  }

  /** A tag from {@code <} at {@code i}: its marks become spaces; returns the index of its {@code >}. */
  private static int tag(char[] c, int i) {
    int limit = Math.min(c.length, i + MAX_MARKUP);
    for (int k = i + 1; k < limit; k++) {
      if (c[k] == '<' || c[k] == '\n') {
        return i; // no tag: a "<" in prose
      }
      if (c[k] == '>') {
        for (int j = i + 1; j < k; j++) {
          c[j] = isMark(c[j]) ? ' ' : c[j];
        }
        return k;
      }
    }
    return i;
  }

  /** An attribute's value opened by the mark at {@code open}: both marks become spaces; returns the closing one. */
  private static int attributeValue(char[] c, int open) {
    char mark = c[open];
    char close = mark == '“' ? '”' : mark;
    int limit = Math.min(c.length, open + MAX_MARKUP);
    for (int k = open + 1; k < limit && c[k] != '\n'; k++) {
      if (c[k] == close) {
        c[open] = ' ';
        c[k] = ' ';
        return k;
      }
    }
    return open;
  }

  /** â + (\u0080 or €) + (\u009c/œ or \u009d): a curly double mark in three chars, the mark beside the word. */
  private static void mojibake(char[] c, int i) {
    char third = c[i + 2];
    boolean open = third == '\u009c' || third == 'œ';
    boolean close = third == '\u009d';
    if (open) {
      c[i] = ' ';
      c[i + 1] = ' ';
      c[i + 2] = '“';
    } else if (close) {
      c[i] = '”';
      c[i + 1] = ' ';
      c[i + 2] = ' ';
    }
  }

  /**
   * Ã or Â and the next char, the two bytes of a Latin-1 letter or space in UTF-8 read as Latin-1 or Windows-1252:
   * the letter decomposed into base and accent when it decomposes into two chars; Â before a no-break space, a
   * space. Returns the last index read.
   */
  private static int misdecodedLetter(char[] c, int i) {
    char second = c[i + 1];
    if (c[i] == '\u00c2') {
      if (second == '\u00a0' || second == ' ') {
        c[i] = ' ';
        c[i + 1] = ' ';
        return i + 1;
      }
      return i;
    }
    int low = second == '€' ? 0x80 : second; // Windows-1252 maps few of 0x80-0xBF elsewhere; € is the common one
    if (low < 0x80 || low > 0xbf) {
      return i;
    }
    char letter = (char) (0xc0 | (low & 0x3f));
    String decomposed = java.text.Normalizer.normalize(String.valueOf(letter), java.text.Normalizer.Form.NFD);
    if (decomposed.length() != 2 || !Character.isLetter(decomposed.charAt(0))) {
      return i;
    }
    c[i] = decomposed.charAt(0);
    c[i + 1] = decomposed.charAt(1);
    return i + 1;
  }

  /**
   * Two apostrophes, backticks or curly single marks at {@code i}: one double mark. It opens when a word follows
   * and no word precedes, and then stands next to the word after a space; otherwise it closes, next to the word
   * before. Of three apostrophes after a word, the first is a possessive. Returns the last index read.
   */
  private static int doubled(char[] c, int i) {
    char ch = c[i];
    int run = 1;
    while (i + run < c.length && c[i + run] == ch) {
      run++;
    }
    boolean wordBefore = i > 0 && !Character.isWhitespace(c[i - 1]) && "([{—–-/:".indexOf(c[i - 1]) < 0;
    boolean wordAfter = i + run < c.length && Character.isLetterOrDigit(c[i + run]);
    if (run == 1) {
      if (ch == '`' && wordAfter) {
        c[i] = '\''; // `old style' single quotation
      }
      return i;
    }
    if (run > 3 || run == 3 && !wordBefore) {
      return i + run - 1;
    }
    int pair = run == 3 ? i + 1 : i; // the possessive's apostrophe stays
    if (ch == '`' || wordAfter && !wordBefore) {
      c[pair] = ' ';
      c[pair + 1] = '"';
    } else {
      c[pair] = '"';
      c[pair + 1] = ' ';
    }
    return i + run - 1;
  }
}
