package org.wiretrace.quotes;

import java.util.Locale;
import org.wiretrace.text.Tokens;

/**
 * Finds the noun phrase that names a speaker next to a cue, by token shape: capitalized words, role nouns
 * ("official", "spokesman"), their modifiers and a leading determiner; pronouns; appositives between commas.
 */
final class Phrases {
  private static final int MAX_MODIFIERS = 3;
  private static final int MAX_APPOSITIVE = 16;

  private Phrases() {}

  /** A word that may head or sit inside a speaker phrase. */
  private static boolean isNamePart(Tokens t, int k) {
    String w = t.lower(k);
    return t.isWord(k) && t.capitalized(k) && (!Lexicon.CAP_STOPS.contains(w) || isAcronym(t.word(k)));
  }

  private static boolean isPossessive(Tokens t, int k) {
    String w = t.word(k);
    return w.endsWith("’s") || w.endsWith("'s");
  }

  /** "WHO", "CDC", "BAA": all capitals, two letters or more. */
  static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  private static boolean isRole(Tokens t, int k) {
    return !t.capitalized(k) && Lexicon.ROLES.contains(Mention.stripPossessive(t.lower(k)));
  }

  /** A lower-case word that can modify a role noun ("senior", "diplomatic", "unidentified"). */
  private static boolean isModifier(Tokens t, int k) {
    String w = t.lower(k);
    return t.isWord(k) && !t.capitalized(k) && !Lexicon.PHRASE_STOPS.contains(w) && !Lexicon.CUES.containsKey(w)
        && !w.endsWith("ly") && Character.isLetter(w.charAt(0));
  }

  /** The phrase ending at token {@code e} (inclusive), scanning left no further than {@code lo}; null if none. */
  static int[] left(Tokens t, int e, int lo) {
    if (e < lo || e >= t.size()) {
      return null;
    }
    String w = t.lower(e);
    if (Lexicon.PRONOUNS.contains(w)) {
      return w.equals("she") && t.is(e - 1, "or") && t.is(e - 2, "he") && e - 2 >= lo
          ? new int[] {e - 2, e + 1} : new int[] {e, e + 1};
    }
    if (!isNamePart(t, e) && !isRole(t, e)) {
      return null;
    }
    int from = e;
    int pending = 0;
    boolean role = isRole(t, e);
    for (int j = e - 1; j >= lo; j--) {
      String x = t.lower(j);
      if (Lexicon.DETERMINERS.contains(x)) {
        from = pending == 0 || role ? j : from;
        pending = 0;
        break;
      } else if (isNamePart(t, j) || isRole(t, j)) {
        if (pending > 0 && !role) {
          break; // modifiers belong to a role noun ("senior official"), not to a name
        }
        role |= isRole(t, j);
        from = j;
        pending = 0;
      } else if ((x.equals("of") || x.equals("for") || x.equals("and")) && j > lo && isNamePart(t, j - 1)
          && t.capitalized(from) && pending == 0) {
        from = j;
      } else if (isModifier(t, j) && pending < MAX_MODIFIERS) {
        pending++;
      } else {
        break;
      }
    }
    if (role && pending > 0) {
      from -= pending; // "sided with probation officials": the role noun keeps its modifiers
    }
    return new int[] {from, e + 1};
  }

  /** The phrase starting at token {@code s}, scanning right before {@code hi}; null if none. */
  static int[] right(Tokens t, int s, int hi) {
    if (s >= hi) {
      return null;
    }
    if (Lexicon.PRONOUNS.contains(t.lower(s))) {
      return t.is(s, "he") && t.is(s + 1, "or") && t.is(s + 2, "she") ? new int[] {s, s + 3} : new int[] {s, s + 1};
    }
    int j = Lexicon.DETERMINERS.contains(t.lower(s)) ? s + 1 : s;
    int last = -1;
    for (; j < hi; j++) {
      String x = t.lower(j);
      if (isNamePart(t, j) || isRole(t, j)) {
        last = j;
      } else if ((x.equals("of") || x.equals("for") || x.equals("and")) && last >= 0 && last == j - 1 && j + 1 < hi
          && isNamePart(t, j + 1) && t.capitalized(last)) {
        continue;
      } else if (!isModifier(t, j) || j - s > 8 || last >= 0 && t.capitalized(last) && !isPossessive(t, last)) {
        break; // modifiers precede a role noun; after a name only a possessive takes them ("Russia’s chief")
      }
    }
    return last < 0 ? null : new int[] {s, last + 1};
  }

  /**
   * The subject of the cue at token {@code c}: the phrase before it, past auxiliaries and adverbs; when a comma comes
   * first, the phrase before the parenthesis, or the parenthesis itself when it is a name ("His counterpart, Sergei
   * Ryabkov, said"). Null if none within the sentence ({@code lo} is its first token).
   */
  static int[] subject(Tokens t, int c, int lo) {
    int k = c - 1;
    while (k >= lo) {
      if (Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(t.lower(k))
          || t.lower(k).endsWith("ly") && !t.capitalized(k) && t.isWord(k)) {
        k--;
      } else if (k - 1 >= lo && Lexicon.TIME_NOUNS.contains(t.lower(k))
          && (t.is(k - 1, "last") || t.is(k - 1, "this") || t.is(k - 1, "next"))) {
        k -= 2; // "Chris Hayes last week noted"
      } else {
        break;
      }
    }
    if (k - 1 >= lo && t.is(k - 1, "on") && t.capitalized(k) && Lexicon.CAP_STOPS.contains(t.lower(k))) {
      k -= 2; // "Blinken on Tuesday agreed"
    }
    if (k >= lo && t.is(k, "who") && !t.capitalized(k)) {
      k -= t.is(k - 1, ",") ? 2 : 1; // "X, who said", "officials who described"
    }
    if (k < lo) {
      return null;
    }
    if (!t.is(k, ",")) {
      return left(t, k, lo);
    }
    int p = k - 1;
    while (p >= lo && !t.is(p, ",") && k - p <= MAX_APPOSITIVE && (t.isWord(p) || "’'-.".contains(t.word(p)))) {
      p--;
    }
    int[] inner = left(t, k - 1, p + 1);
    if (p < lo || !t.is(p, ",")) {
      return inner != null && inner[0] == p + 1 ? inner : null;
    }
    int[] before = left(t, p - 1, lo);
    if (inner != null && inner[0] == p + 1 && fullName(t, inner) && (before == null || !fullName(t, before))) {
      return inner; // "His counterpart, Sergei Ryabkov, said"; "The Shadow Secretary for the Family, Theresa May,"
    }
    return before != null ? before : inner;
  }

  /** A person named with at least first name and surname. */
  private static boolean fullName(Tokens t, int[] phrase) {
    Mention m = Mention.of(t, phrase[0], phrase[1]);
    return m.kind() == Mention.Kind.PERSON && m.name().contains(" ");
  }

  /** The first phrase of the sentence [lo, hi) that is followed by a lower-case word, the likely clause subject. */
  static int[] clauseSubject(Tokens t, int lo, int hi) {
    for (int s = lo; s < hi; s++) {
      if (!isNamePart(t, s) && !Lexicon.DETERMINERS.contains(t.lower(s))) {
        continue;
      }
      int[] phrase = right(t, s, hi);
      if (phrase != null && phrase[1] < hi && t.isWord(phrase[1]) && !t.capitalized(phrase[1])
          && !t.is(phrase[1], "of")) {
        return phrase;
      }
      if (phrase != null) {
        s = phrase[1] - 1;
      }
    }
    return null;
  }

  static boolean isCue(Tokens t, int k) {
    return t.isWord(k) && !t.capitalized(k) && Lexicon.CUES.containsKey(t.lower(k).toLowerCase(Locale.ROOT));
  }
}
