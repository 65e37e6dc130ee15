package org.wiretrace.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wiretrace.text.Tokens;

/**
 * Finds the noun phrase that names a speaker next to a cue, by token shape: capitalized words, role nouns
 * ("official", "spokesman"), their modifiers and a leading determiner; pronouns. {@link Subjects} picks which phrase
 * is the subject of a cue.
 */
final class Phrases {
  private static final int MAX_MODIFIERS = 3;

  private Phrases() {}

  /**
   * A word that may head or sit inside a speaker phrase; not a month before a number ("May 26" is a date), nor a
   * function word with "’s" ("That’s as …").
   */
  static boolean isNamePart(Tokens t, int k) {
    return t.has(k, NAME_PART);
  }

  // the rules ask these of the same tokens again and again (each phrase scan, each cue's subject): answered once each
  private static final Tokens.Property NAME_PART = new Tokens.Property(Phrases::askNamePart);
  private static final Tokens.Property ROLE = new Tokens.Property(Phrases::askRole);
  private static final Tokens.Property MODIFIER = new Tokens.Property(Phrases::askModifier);

  private static boolean askNamePart(Tokens t, int k) {
    if (!t.isWord(k) || !t.capitalized(k)) {
      return false; // most tokens: told without looking words up
    }
    String w = t.lower(k);
    if (Lexicon.MONTH_NAMES.contains(w) && k + 1 < t.size() && Character.isDigit(t.word(k + 1).charAt(0))
        || w.equals("may") && isMonthByContext(t, k)) {
      return false;
    }
    if (k + 1 < t.size() && t.is(k + 1, ",") && isSentenceAdverb(w)) {
      return false; // "Separately, …", "Unsurprisingly, …"
    }
    if (Lexicon.WEEKDAYS.contains(Mention.stripPossessive(w)) && k > 0 && t.capitalized(k - 1) && t.isWord(k - 1)
        && Lexicon.isFirstName(t.word(k - 1))) {
      return true; // "coach Mike Friday": after a first name, a weekday is a surname
    }
    return !Lexicon.CAP_STOPS.contains(Mention.stripPossessive(w)) || isAcronym(t.word(k))
        || (Lexicon.MONTH_NAMES.contains(w) || w.equals("new")) && k + 1 < t.size() && t.isWord(k + 1)
        && t.capitalized(k + 1) && !Lexicon.CAP_STOPS.contains(t.lower(k + 1)); // "May Ellis", "New York Times"
  }

  /** Words before a month that make it one: "in May", "since May", "late May". */
  private static final Set<String> BEFORE_MONTH = Lexicon.words("in since until till early late mid last next "
      + "through of");

  /**
   * "May" at token {@code k} is the month: after a word that takes a month ("published in May") or after another
   * month and a joining word ("April and May", "March to May"); "May’s" is one token, never "may".
   */
  private static boolean isMonthByContext(Tokens t, int k) {
    if (k == 0) {
      return false;
    }
    String before = t.lower(k - 1);
    return BEFORE_MONTH.contains(before) && !t.capitalized(k - 1)
        || k >= 2 && (before.equals("and") || before.equals("or") || before.equals("to") || before.equals(",")
        || isDash(t, k - 1)) && Lexicon.MONTHS.contains(t.lower(k - 2));
  }

  /** Endings of adverbs that open a sentence before a comma, and of no name ("Donnelly", "McNally" end otherwise). */
  private static final List<String> ADVERB_ENDINGS =
      List.of("ately", "ently", "antly", "ously", "ively", "ingly", "edly", "fully", "ically", "ually", "arly");

  private static boolean isSentenceAdverb(String lower) {
    if (lower.length() <= 6) {
      return false;
    }
    for (String ending : ADVERB_ENDINGS) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code k} is "&" with spaces around it, joining names ("Varga & Associates"), not inside "R&B". */
  static boolean isSpacedAmpersand(Tokens t, int k) {
    return t.is(k, "&") && setOffBySpaces(t, k);
  }

  /** Token {@code k} has white space on both sides (and a token on each). */
  private static boolean setOffBySpaces(Tokens t, int k) {
    return k > 0 && k + 1 < t.size() && t.end(k - 1) < t.begin(k) && t.end(k) < t.begin(k + 1);
  }

  /** Token {@code k} is a dash: an em or en dash, or a hyphen set off by spaces ("closed doors - though …"). */
  static boolean isDash(Tokens t, int k) {
    return Lexicon.DASHES.contains(t.word(k))
        || t.is(k, "-") && setOffBySpaces(t, k);
  }

  /**
   * The words in marks between tokens {@code open} and {@code close} stand between a determiner and the lower-case
   * word after them, no cue, stop or auxiliary, and end on a word: they describe that noun ("the “Lift Every Voice”
   * plan", "the “overwhelmingly brown and black” workers").
   */
  static boolean describesNoun(Tokens t, int open, int close, int lo) {
    int next = close + 1;
    return open - 1 >= lo && Lexicon.DETERMINERS.contains(t.lower(open - 1)) && t.isWord(close - 1)
        && next < t.size() && t.isWord(next) && !t.capitalized(next) && !isCue(t, next)
        && !Lexicon.PHRASE_STOPS.contains(t.lower(next))
        && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(t.lower(next));
  }

  /** Token {@code k} is a capitalized title followed by "of the" ("Chancellor of the Exchequer"). */
  private static boolean titleOfThe(Tokens t, int k, int lo) {
    return k >= lo && t.capitalized(k) && afterTitleOf(t, k) == k + 3;
  }

  /**
   * The token after "of" or "of the" when token {@code k} is a title they follow ("Secretary of Commerce",
   * "Chancellor of the Exchequer"): what the title is of; else -1.
   */
  static int afterTitleOf(Tokens t, int k) {
    if (!t.is(k + 1, "of") || !Lexicon.isTitle(t.lower(k))) { // "of" first: most words are followed by none
      return -1;
    }
    return k + 2 < t.size() && t.is(k + 2, "the") ? k + 3 : k + 2;
  }

  /**
   * A nickname in marks inside a name: tokens k, k+1, k+2 are a mark, one capitalized word, a mark (Emanuel “Chris”
   * Welch).
   */
  static boolean isNickname(Tokens t, int k) {
    return k + 2 < t.size() && isQuotationMark(t, k) && t.capitalized(k + 1) && t.isWord(k + 1)
        && isQuotationMark(t, k + 2);
  }

  /** Token {@code k} is a double quotation mark: straight or curly, opening or closing. */
  static boolean isDoubleMark(Tokens t, int k) {
    return t.is(k, "“") || t.is(k, "”") || t.is(k, "\"");
  }

  /** Token {@code k} is a quotation mark, double or single (a single one may be an apostrophe too). */
  static boolean isQuotationMark(Tokens t, int k) {
    return isDoubleMark(t, k) || t.is(k, "‘") || t.is(k, "’") || t.is(k, "'");
  }

  private static boolean isPossessive(Tokens t, int k) {
    String w = t.word(k);
    return w.endsWith("’s") || w.endsWith("'s");
  }

  /** "CBS News' Ann Roe": token {@code k} is a bare apostrophe glued to a word ending in "s", its possessive. */
  static boolean isPluralPossessive(Tokens t, int k) {
    return k > 0 && (t.is(k, "'") || t.is(k, "’")) && t.end(k - 1) == t.begin(k) && t.lower(k - 1).endsWith("s");
  }

  /** The first letters of a name's capitalized words: "Department of Water and Power" → "DWP". */
  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split(" ")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }

  /**
   * The words of {@code name} that {@code acronym} abbreviates: from the first whose initial is the acronym's, of two
   * words or more, their capitalized words' initials (and of their hyphenated parts) holding the acronym's letters in
   * order ("U.S. Centers for Disease Control and Prevention" → "Centers for Disease Control and Prevention" for CDC;
   * "United States Anti-Doping Agency" for USADA); null if none ("Institute of Economic Research" for NZIER).
   */
  static String spelling(String name, String acronym) {
    String letters = acronym.replace(".", "");
    String[] words = name.split(" ");
    int first = 0;
    while (first < words.length && (words[first].isEmpty() || words[first].charAt(0) != letters.charAt(0))) {
      first++;
    }
    if (words.length - first < 2) {
      return null;
    }
    int matched = 0;
    for (int w = first; w < words.length && matched < letters.length(); w++) {
      for (String part : words[w].split("-")) {
        if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && matched < letters.length()
            && part.charAt(0) == letters.charAt(matched)) {
          matched++;
        }
      }
    }
    return matched == letters.length() ? String.join(" ", Arrays.copyOfRange(words, first, words.length))
        : null;
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
    return t.has(k, ROLE);
  }

  private static boolean askRole(Tokens t, int k) {
    return !t.capitalized(k) && t.isWord(k) && Lexicon.isRoleNoun(Mention.stripPossessive(t.lower(k)));
  }

  /** A lower-case particle inside a surname: Karin von Hippel, Ursula von der Leyen, Vincent van Gogh. */
  static boolean isParticle(Tokens t, int k) {
    return t.has(k, PARTICLE);
  }

  /** Capitalized, these open a sentence rather than go on with a name before them ("Mitroshin The dispute"). */
  private static final Set<String> SENTENCE_OPENING_DETERMINERS = Lexicon.words("the this these those");

  /** "the", "a", "his", "this" …: a word that opens a noun phrase. */
  private static boolean isDeterminer(Tokens t, int k) {
    return t.has(k, DETERMINER);
  }

  // the phrase scans read the same tokens again from each word that may open a phrase: answered once each
  private static final Tokens.Property PARTICLE = new Tokens.Property((t, k) -> t.isWord(k) && !t.capitalized(k)
      && Tokens.NAME_PARTICLES.contains(t.lower(k)));
  private static final Tokens.Property DETERMINER =
      new Tokens.Property((t, k) -> Lexicon.DETERMINERS.contains(t.lower(k)));

  /** A lower-case word that can modify a role noun ("senior", "diplomatic", "unidentified"). */
  private static boolean isModifier(Tokens t, int k) {
    return t.has(k, MODIFIER);
  }

  private static boolean askModifier(Tokens t, int k) {
    String w = t.lower(k);
    return t.isWord(k) && !t.capitalized(k) && !Lexicon.PHRASE_STOPS.contains(w) && !Lexicon.CUES.containsKey(w)
        && !w.endsWith("ly") && (Character.isLetter(w.charAt(0)) || isMeasure(w));
  }

  /**
   * A number joined to its unit, as a modifier: "the 12-year veteran", "a 30-minute call"; not an age ("her
   * 10-month-old son"), which stays out of the phrase as before, so that the child is no antecedent of "she".
   */
  private static boolean isMeasure(String w) {
    int hyphen = w.indexOf('-');
    return hyphen > 0 && hyphen + 1 < w.length() && !w.endsWith("-old")
        && w.chars().limit(hyphen).allMatch(Character::isDigit)
        && w.chars().skip(hyphen + 1).allMatch(c -> Character.isLetter(c) || c == '-');
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
    if (!Mention.pronounOf(w).equals(w)) {
      return new int[] {e, e + 1}; // "He's urging": the pronoun with its auxiliary contracted
    }
    if (t.is(e, "one") && (e == lo || !t.isWord(e - 1))) {
      return new int[] {e, e + 1}; // '”, one said': one of a group named before
    }
    if (!isNamePart(t, e) && !isRole(t, e)) {
      return descriptor(t, e, lo);
    }
    int from = e;
    int pending = 0;
    boolean role = isRole(t, e);
    for (int j = e - 1; j >= lo; j--) {
      String x = t.lower(j);
      if (x.equals("the") && pending == 0 && t.capitalized(from) && titleOfThe(t, j - 2, lo)) {
        from = j - 2; // "Chancellor of the Exchequer Nigel Lawson"
        j -= 2;
      } else if (isDeterminer(t, j)) {
        from = pending == 0 || role ? j : from;
        pending = 0;
        break;
      } else if (pending == 0 && from == j + 1 && isNamePart(t, from) && j - 3 >= lo && isNickname(t, j - 2)
          && isNamePart(t, j - 3)) {
        j -= 2; // Emanuel “Chris” Welch read from the right: the next word read is Emanuel
      } else if (isNamePart(t, j) || isRole(t, j)) {
        if (pending > 0 && !role) {
          break; // modifiers belong to a role noun ("senior official"), not to a name
        }
        role |= isRole(t, j);
        from = j;
        pending = 0;
      } else if ((x.equals("of") || x.equals("for") || x.equals("and") || isSpacedAmpersand(t, j)) && j > lo
          && isNamePart(t, j - 1)
          && t.capitalized(from) && pending == 0) {
        from = j;
      } else if (t.is(j, ",") && from == j + 1 && isSuffix(t, from) && j > lo && isNamePart(t, j - 1)) {
        continue; // "Donald Trump, Jr., said": the comma before a suffix is inside the name
      } else if (isPluralPossessive(t, j) && pending == 0 && t.capitalized(from) && j > lo && t.capitalized(j - 1)) {
        from = j; // "the Potato Processors' Association": a name's plural possessive inside it
      } else if (isParticle(t, j) && pending == 0 && (t.capitalized(from) || isParticle(t, from))
          && (j == lo || !t.isWord(j - 1) || isNamePart(t, j - 1) || isParticle(t, j - 1))) {
        from = j; // "Ilse van der Berg", and a particle that opens the phrase: "de Blasio said"
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

  /**
   * A descriptor ending at the common noun {@code e}: a determiner or a possessive, up to {@link #MAX_MODIFIERS}
   * modifiers, the noun ("one trader", "the shipping magnate", "Dorsey's spreadsheet"); null if none.
   */
  private static int[] descriptor(Tokens t, int e, int lo) {
    String head = t.lower(e);
    if (!isModifier(t, e) || Lexicon.CAP_STOPS.contains(head) || head.endsWith("ed") || head.endsWith("ing")) {
      return null; // "the judge sided": a verb, no noun
    }
    for (int j = e - 1; j >= lo && e - j <= MAX_MODIFIERS + 1; j--) {
      if (isDeterminer(t, j) || isPossessive(t, j) && isNamePart(t, j)) {
        return new int[] {j, e + 1};
      }
      if (!isModifier(t, j) || isRole(t, j)) {
        return null;
      }
    }
    return null;
  }

  /** Token {@code i} is a name's suffix ("Jr.", "III"). */
  static boolean isSuffix(Tokens t, int i) {
    return i >= 0 && i < t.size() && Lexicon.NAME_SUFFIXES.contains(t.lower(i));
  }

  /** The phrase starting at token {@code s}, scanning right before {@code hi}; null if none. */
  static int[] right(Tokens t, int s, int hi) {
    if (s >= hi) {
      return null;
    }
    if (Lexicon.PRONOUNS.contains(t.lower(s))) {
      return t.is(s, "he") && t.is(s + 1, "or") && t.is(s + 2, "she") ? new int[] {s, s + 3} : new int[] {s, s + 1};
    }
    int j = isDeterminer(t, s) ? s + 1 : s;
    int last = -1;
    boolean described = false; // an adverb has described the person: "the powerfully built and bearded …"
    for (; j < hi; j++) {
      String x = t.lower(j);
      boolean afterPart = last >= 0 && last == j - 1; // the token before j is part of the phrase
      if (j > s && isDeterminer(t, j) && !t.capitalized(j)) {
        break; // "a clip the actor shared": a second determiner opens another phrase
      }
      if (afterPart && t.capitalized(last) && SENTENCE_OPENING_DETERMINERS.contains(x) && j + 1 < hi
          && t.isWord(j + 1) && !t.capitalized(j + 1)) {
        break; // "said analyst Ivan Petrov The dispute …": a paragraph break the text lost, not a name's word
      }
      if (isRole(t, j) && isVerbAfterName(t, s, j, last)
          || afterPart && t.capitalized(j) && Lexicon.HEADLINE_VERBS.contains(x)) {
        break; // "Ann Roe reports …", "Ann Roe tweets …": a verb, no document of hers; "Roe Says …" in a headline
      } else if (isNamePart(t, j) || isRole(t, j)) {
        last = j;
      } else if (afterPart && isNamePart(t, last) && isNickname(t, j) && j + 3 < hi
          && isNamePart(t, j + 3)) {
        j += 2; // Emanuel “Chris” Welch
      } else if ((x.equals("of") || x.equals("for") || x.equals("and") || isSpacedAmpersand(t, j)) && afterPart
          && j + 1 < hi && isNamePart(t, j + 1) && t.capitalized(last) && !isDeterminer(t, j + 1)) {
        continue;
      } else if (t.is(j, ",") && afterPart && t.capitalized(last) && j + 1 < hi && isSuffix(t, j + 1)) {
        continue; // "said Donald Trump, Jr., the president's son"
      } else if (t.is(j, "/") && afterPart && isRole(t, last) && j + 1 < hi && isRole(t, j + 1)
          && t.end(last) == t.begin(j) && t.end(j) == t.begin(j + 1) && nameFollows(t, j + 1, hi)) {
        continue; // "chef/owner Anthony Reyes": two roles of one person before the name
      } else if (x.equals("and") && afterPart && isRole(t, last) && j + 1 < hi
          && isTitleWord(t, j + 1) && (j + 2 < hi && isNamePart(t, j + 2) || nameFollows(t, j + 1, hi))) {
        continue; // "the group's president and CEO Tom Rosenberg": one person with two titles
      } else if (x.equals("and") && j > s && (afterPart && isRole(t, last)
          || isModifier(t, j - 1) && isAgentNoun(t.lower(j - 1))) && nameFollows(t, j + 1, hi)) {
        continue; // "singer and songwriter Ann Roe": two descriptions of one person before her name
      } else if (afterPart && titleOfThe(t, last, s) && j + 2 < hi && isNamePart(t, j + 2)) {
        j++; // "Chancellor of the Exchequer Nigel Lawson": "the" is part of the title
      } else if (isParticle(t, j) && last >= 0 && t.capitalized(last) && (afterPart || isParticle(t, j - 1))
          && j + 1 < hi && (isNamePart(t, j + 1) || isParticle(t, j + 1))) {
        continue; // Ilse van der Berg
      } else if (t.is(j, ".") && afterPart && t.capitalized(last) && Lexicon.COMPANY_ENDINGS.contains(t.lower(last))
          && nameFollows(t, j + 1, hi)) {
        continue; // "Navy Pier Inc. spokeswoman Payal Patel": the abbreviation's stop ends no name
      } else if (isNumber(t, j) && afterPart && t.capitalized(last) && nameFollows(t, j + 1, hi)) {
        continue; // "Dispensary 33 owner Bryan Zises": a number inside the name of the place a role belongs to
      } else if (t.is(j, "(") && afterPart && t.capitalized(last) && descriptorResumes(t, j, hi) > j) {
        j = descriptorResumes(t, j, hi) - 1; // "Salomon Brothers (Asia) Ltd economist Ron Napier"
      } else if (isPluralPossessive(t, j) && afterPart && t.capitalized(last) && j + 1 < hi
          && t.capitalized(j + 1) && isNamePart(t, j + 1)) {
        continue; // "the Potato Processors' Association": a name's plural possessive inside it
      } else if (isPluralPossessive(t, j) && afterPart && t.capitalized(last) && nameFollows(t, j + 1, hi)
          && isFullName(t, j + 1, hi)) {
        continue; // "Euronews’ political editor Darren McCaffrey": the possessor of a role before a full name (in
                  // "Stamps’ son Ethan" the son is named by "Stamps’ son", the role before the name)
      } else if (j == s + 1 && isDeterminer(t, s) && isNumber(t, j) && x.length() == 4 && j + 1 < hi
          && (isRole(t, j + 1) || isNamePart(t, j + 1) || roleAhead(t, j + 1, hi))) {
        continue; // "the 1998 French Open champion": a year the role is of
      } else if (last < 0 && j > s && (x.equals("and") && described && isModifier(t, j - 1) || isAdverb(t, j))
          && roleAhead(t, j + 1, hi)) {
        described = true; // "the powerfully built and bearded 25-year-old": after an adverb, "and" joins adjectives,
        continue;         // not nouns ("the utility and local governments")
      } else if (!isModifier(t, j) || j - s > 8
          || last >= 0 && t.capitalized(last) && !isPossessive(t, last) && !nameFollows(t, j, hi)
          && !(isDeterminer(t, s) && allCapitalized(t, s + 1, j) && roleAhead(t, j, hi))) {
        break; // modifiers precede a role noun; after a name only a possessive ("Russia’s chief"), a compound
               // descriptor before a name ("Merkel ally Peter Brandt") or a place in a description ("the Atlanta
               // fashion designer") takes them
      }
    }
    return last < 0 ? null : new int[] {s, last + 1};
  }

  /**
   * A document's noun in "-s" ({@link Lexicon#DOCUMENT_HEADS}) right after a person's name of two words or more that
   * opens the phrase with a known first name: the verb of which she is the subject ("Ann Roe reports that …").
   */
  private static boolean isVerbAfterName(Tokens t, int s, int j, int last) {
    String w = t.lower(j);
    return last == j - 1 && last > s && !t.capitalized(j) && w.endsWith("s") && Lexicon.DOCUMENT_HEADS.contains(w)
        && allCapitalized(t, s, j) && Lexicon.isFirstName(t.word(s));
  }

  /** A word of digits only: "33", "2020". */
  static boolean isNumber(Tokens t, int k) {
    String w = t.word(k);
    return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
  }

  /** A lower-case adverb in "-ly" ("powerfully", "softly"). */
  private static boolean isAdverb(Tokens t, int k) {
    return t.isWord(k) && !t.capitalized(k) && t.lower(k).length() > 4 && t.lower(k).endsWith("ly");
  }

  /** Tokens [from, to) are all capitalized words: "the New York", not "the poster shows Mr Howard". */
  private static boolean allCapitalized(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.isWord(k) || !t.capitalized(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Up to {@link #MAX_MODIFIERS} modifiers, adverbs or "and" from {@code j}, then a role noun of a person, not of a
   * group or a document ("the mostly part-time and volunteer team" describes no one).
   */
  private static boolean roleAhead(Tokens t, int j, int hi) {
    for (int k = j; k < hi && k - j <= MAX_MODIFIERS; k++) {
      if (isRole(t, k)) {
        return !Lexicon.ORG_HEADS.contains(t.lower(k)) && !Lexicon.DOCUMENT_HEADS.contains(t.lower(k));
      }
      if (!isModifier(t, k) && !isAdverb(t, k) && !t.is(k, "and")) {
        return false;
      }
    }
    return false;
  }

  /**
   * After a short parenthesis inside an organisation's name, opened at {@code open} ("Salomon Brothers (Asia) Ltd
   * economist Ron Napier", "Acme Corp (ACME.N) chief executive Ann Roe"), the token after it, when the descriptor goes
   * on to a role and a name; else {@code open}.
   */
  private static int descriptorResumes(Tokens t, int open, int hi) {
    for (int close = open + 1; close < hi && close - open <= Subjects.MAX_PARENTHESIS; close++) {
      if (t.is(close, ")")) {
        int k = close + 1;
        while (k < hi && k - close <= 3 && t.capitalized(k) && isNamePart(t, k) && !isRole(t, k)) {
          k++;
        }
        return nameFollows(t, k, hi) ? close + 1 : open;
      }
    }
    return open;
  }

  /** The first name part from token {@code j} on, before {@code hi}, is followed by another: a full name. */
  private static boolean isFullName(Tokens t, int j, int hi) {
    for (int k = j; k + 1 < hi; k++) {
      if (isNamePart(t, k)) {
        return isNamePart(t, k + 1);
      }
    }
    return false;
  }

  /**
   * Up to {@link #MAX_MODIFIERS} lower-case modifiers from {@code j}, the last a role noun or a noun of an agent
   * ("broker", "realtor", "therapist"), then a name word; as many again after an "and" that joins two descriptions.
   */
  static boolean nameFollows(Tokens t, int j, int hi) {
    for (int k = j, last = j + MAX_MODIFIERS; k < hi && k <= last; k++) {
      if (isNamePart(t, k)) {
        return k > j && (isRole(t, k - 1) || isModifier(t, k - 1) && isAgentNoun(t.lower(k - 1)));
      }
      if (t.is(k, "and") && k > j && (isRole(t, k - 1) || isAgentNoun(t.lower(k - 1)))) {
        last = k + 1 + MAX_MODIFIERS; // "venture capitalist and social scientist Eric Li": two descriptions
      } else if (!isModifier(t, k) && !isRole(t, k)) {
        return false;
      }
    }
    return false;
  }

  /** A title or role word, in either case: "CEO", "chief", "Secretary". */
  private static boolean isTitleWord(Tokens t, int k) {
    String w = Mention.stripPossessive(t.lower(k));
    return t.isWord(k) && (Lexicon.isRoleNoun(w) || Lexicon.isTitle(w));
  }

  /**
   * A noun of someone who does something, by its ending: "broker", "realtor", "therapist", "librarian"; not a
   * function word with such an ending ("doubted whether Rock would": Rock is no whether's name).
   */
  private static boolean isAgentNoun(String w) {
    return w.length() > 4 && (w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("ian"))
        && !AGENT_LOOKALIKES.contains(w);
  }

  /** Conjunctions and adverbs in "-er" that name no one: "asked whether", "rather", "together", "whenever". */
  private static final Set<String> AGENT_LOOKALIKES = Lexicon.words("whether either neither rather together however "
      + "whatever whoever whenever wherever forever another other");

  /** A verb that reports speech when a document speaks ("read", "found", "shows"), in lower case. */
  static boolean isDocumentCue(Tokens t, int k) {
    return t.has(k, DOCUMENT_CUE);
  }

  /** A form of "be" ("is", "was", "been" …): before a participle it makes a passive or a progressive. */
  static boolean isBe(Tokens t, int k) {
    return k >= 0 && k < t.size() && Lexicon.BE_FORMS.contains(t.lower(k));
  }

  /** A speech verb ("said", "told") in lower case. */
  static boolean isCue(Tokens t, int k) {
    return t.has(k, CUE);
  }

  // the attribution rules ask these of every word near a quotation or a cue, some more than once: answered once each
  private static final Tokens.Property CUE = new Tokens.Property((t, k) -> t.isWord(k) && !t.capitalized(k)
      && Lexicon.CUES.containsKey(t.lower(k).toLowerCase(Locale.ROOT)));
  private static final Tokens.Property DOCUMENT_CUE = new Tokens.Property((t, k) -> t.isWord(k) && !t.capitalized(k)
      && Lexicon.DOCUMENT_CUES.contains(t.lower(k)));
}
