package org.wiretrace.quotes;

import java.util.Set;
import org.wiretrace.text.Tokens;

/** The subject of a speech verb or of a clause: the {@link Phrases} phrase that says who speaks. */
final class Subjects {
  private static final int MAX_APPOSITIVE = 30;
  /** How many words a description set off after a name may have before its cue ("Ann Roe, head of … said"). */
  private static final int MAX_DESCRIPTION = 12;

  /** Pronouns that name someone in the story (a writer's "I" or "we" does not, nor "it": "It might mean saying"). */
  private static final Set<String> THIRD_PERSON = Lexicon.words("he she they");

  private Subjects() {}

  /**
   * The subject of the cue at token {@code c}: the phrase before it, past auxiliaries and adverbs; when a comma comes
   * first, the phrase before the parenthesis, or the parenthesis itself when it is a name ("His counterpart, Sergei
   * Ryabkov, said"). Null if none within the sentence ({@code lo} is its first token).
   */
  static int[] of(Tokens t, int c, int lo) {
    int k = c - 1;
    while (k >= lo) {
      if (Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(t.lower(k)) && !isNameAsWell(t, k)
          || t.lower(k).endsWith("ly") && !t.capitalized(k) && t.isWord(k)) {
        k--;
      } else if (k - 1 >= lo && Lexicon.TIME_NOUNS.contains(t.lower(k))
          && (t.is(k - 1, "last") || t.is(k - 1, "this") || t.is(k - 1, "next"))) {
        k -= 2; // "Chris Hayes last week noted"
      } else if (k - 2 >= lo && Lexicon.TIME_NOUNS.contains(t.lower(k)) && t.is(k - 1, "the")
          && Lexicon.PREPOSITIONS.contains(t.lower(k - 2))) {
        k -= 3; // "News reports over the weekend said": a time, not the subject
      } else if (k - 1 > lo && Character.isDigit(t.word(k).charAt(0)) && (t.is(k - 1, "in") || t.is(k - 1, "since"))) {
        k -= 2; // "Tony Blair had in 1997 complained"
      } else if (k - 3 > lo && (isAside(t, k - 2, k) || isAside(t, k - 3, k))) {
        k = isAside(t, k - 2, k) ? k - 3 : k - 4; // "Campese, though, defended", "Facebook, for example, took"
      } else {
        break;
      }
    }
    if (k - 2 >= lo && t.is(k - 2, "on") && Character.isDigit(t.word(k).charAt(0)) && t.capitalized(k - 1)
        && Lexicon.CAP_STOPS.contains(t.lower(k - 1))) {
      k -= 3; // "The agency on April 24 cautioned"
    }
    if (k - 1 >= lo && t.is(k - 1, "on") && t.capitalized(k) && (Lexicon.CAP_STOPS.contains(t.lower(k))
        || Lexicon.PLATFORMS.contains(t.lower(k)) && k - 2 >= lo && Phrases.isNamePart(t, k - 2))) {
      k -= 2; // "Blinken on Tuesday agreed"; "Ann Roe on Instagram wrote": the platform only carries her words
    }
    k = beforeParenthesis(t, k, lo); // "Sen. Ruth Calder (D-Ohio) said"
    boolean relative = k >= lo && t.is(k, "who") && !t.capitalized(k);
    if (relative) {
      k -= t.is(k - 1, ",") ? 2 : 1; // "X, who said", "officials who described"
    } else if (k - 2 >= lo && t.is(k, "which") && t.is(k - 1, ",") && Phrases.left(t, k - 2, lo) != null) {
      k -= 2; // "rival Acme, which has said", "the report, which says": what the relative clause is about
    }
    if (k < lo) {
      return null;
    }
    if (t.is(k, "others")) {
      return leadOfGroup(t, new int[] {k, k + 1}, lo); // "Paul and others wrote"; "others" alone names no one
    }
    if (!t.is(k, ",")) {
      int[] phrase = withRoleBefore(t, Phrases.left(t, k, lo), lo);
      int[] described = phrase == null || relative ? null : describedByAgent(t, phrase, lo);
      if (described != null) {
        return described;
      }
      int who = phrase == null ? -1 : relativeBefore(t, phrase[0], lo);
      if (who > lo) {
        return of(t, who + 1, lo); // "Paul and others who crafted the proposal write": not the proposal
      }
      int[] named = phrase == null ? null : nameOpeningBefore(t, phrase, lo, relative);
      int[] leading = phrase == null ? null : leadOfGroup(t, phrase, lo);
      int[] introduced = phrase == null ? null : nameBeforeWhoIs(t, phrase, lo);
      return named != null ? named : leading != null ? leading : introduced != null ? introduced : phrase;
    }
    if (Phrases.isSuffix(t, k - 1) && k - 2 > lo && t.is(k - 2, ",")) {
      return Phrases.left(t, k - 1, lo); // "Trump, Jr., said": the commas set off the suffix, not an appositive
    }
    int[] owner = ownerOfWhoseClause(t, k, lo);
    if (owner != null) {
      return owner; // "Ann Roe, whose company, Acme, won a grant last year, told me"
    }
    int placed = placeAppositive(t, k, lo);
    if (placed > lo) {
      int[] subject = Phrases.left(t, placed - 1, lo);
      if (subject != null) {
        return withRoleBefore(t, subject, lo);
      }
    }
    int p = k - 1;
    while (p >= lo && !t.is(p, ",") && k - p <= MAX_APPOSITIVE && (t.isWord(p) || "’'-.“”\"()&".contains(t.word(p)))) {
      p--;
    }
    int[] inner = Phrases.left(t, k - 1, p + 1);
    if (p < lo || !t.is(p, ",")) {
      return inner != null && inner[0] == p + 1 ? inner : null;
    }
    int[] before = Phrases.left(t, beforeParenthesis(t, p - 1, lo), lo); // "Ald. Ann Roe (40th), who led it,"
    // "Ann Roe, who owns a salon in Johns Creek, Georgia, said": a phrase a preposition governs is no subject
    boolean governed = before != null && isGoverned(t, before, lo);
    before = governed ? null : before;
    if (inner != null && inner[0] == p + 1 && fullName(t, inner) && (before == null || !fullName(t, before))) {
      return inner; // "His counterpart, Sergei Ryabkov, said"; "The Shadow Secretary for the Family, Theresa May,"
    }
    int start = clauseStart(t, lo);
    int[] opening = Phrases.right(t, start, p);
    if (opening != null && opening[0] == start && opening[1] < p && t.is(opening[1], ",") && fullName(t, opening)
        && (before == null || !fullName(t, before)) && (inner == null || !fullName(t, inner))) {
      return opening; // "Karin von Hippel, the director of the Institute, a think tank, told": the name opens it
    }
    int[] named = before == null ? null : namedBefore(t, before, lo);
    if (named == null && before != null) {
      named = holderOfPost(t, before, lo);
    }
    return named != null ? named : before != null ? before : governed ? null : inner;
  }

  /** Past participles not in "-ed" that take an agent after "by". */
  private static final Set<String> PARTICIPLES = Lexicon.words("seen written given taken shown drawn made sent held "
      + "brought read");

  /**
   * "A memo later obtained by Vice revealed", "a study funded by the agency found": the phrase after "by" is the agent
   * of a participle describing the phrase before it, which is the subject; null if {@code phrase} is no such agent.
   */
  private static int[] describedByAgent(Tokens t, int[] phrase, int lo) {
    int participle = phrase[0] - 2;
    if (participle <= lo || !t.is(participle + 1, "by") || t.capitalized(participle) || !t.isWord(participle)
        || !(t.lower(participle).endsWith("ed") || PARTICIPLES.contains(t.lower(participle)))) {
      return null;
    }
    int k = participle - 1;
    while (k > lo && (t.is(k, "later") || t.is(k, "first") || t.lower(k).endsWith("ly") && !t.capitalized(k))) {
      k--; // "later obtained", "recently published"
    }
    int[] described = Phrases.left(t, k, lo);
    return described != null && described[1] == k + 1 ? described : null;
  }

  /** How many lower-case words a relative clause may have before the phrase that ends it. */
  private static final int RELATIVE_WORDS = 5;

  /**
   * The "who" opening a short relative clause of lower-case words that ends with the phrase at {@code from}
   * ("officials who spoke to Reuters"); -1 if none.
   */
  private static int relativeBefore(Tokens t, int from, int lo) {
    for (int j = from - 1; j >= lo && from - j <= RELATIVE_WORDS; j--) {
      if (t.is(j, "who")) {
        // "who is director of …" describes the name before it: nameBeforeWhoIs reads that
        return j > lo && t.isWord(j - 1) && j < from - 1 && !Phrases.isBe(t, j + 1) ? j : -1;
      }
      if (!t.isWord(j) || t.capitalized(j)) {
        return -1;
      }
    }
    return -1;
  }

  /** Words a writer sets off by commas between a subject and its verb. */
  private static final Set<String> ASIDES = Set.of("however", "though", "too", "also", "meanwhile", "instead",
      "indeed", "therefore", "moreover", "again", "still", "for example", "for instance", "in fact", "of course",
      "in turn", "in response");

  /** The commas at {@code open} and {@code close} set off an aside: ", though,", ", for example,". */
  private static boolean isAside(Tokens t, int open, int close) {
    if (open < 0 || close >= t.size() || !t.is(open, ",") || !t.is(close, ",")) {
      return false;
    }
    return close - open == 2 && ASIDES.contains(t.lower(open + 1))
        || close - open == 3 && ASIDES.contains(t.lower(open + 1) + " " + t.lower(open + 2));
  }

  /** Where the clause of the sentence opening at {@code lo} starts: after a conjunction ("But Ann Roe, …, says"). */
  private static int clauseStart(Tokens t, int lo) {
    return Lexicon.OPENING_CONJUNCTIONS.contains(t.lower(lo)) ? lo + 1 : lo;
  }

  /** "Mrs May said", "Will said": a capitalized month or first name before the cue is a name, not a modal verb. */
  private static boolean isNameAsWell(Tokens t, int k) {
    return t.capitalized(k) && (Lexicon.MONTH_NAMES.contains(t.lower(k)) || Lexicon.isFirstName(t.word(k)));
  }

  /** Words that open an appositive saying where a subject is from or who brought it: ", of Fort Collins, Colo.,". */
  private static final Set<String> PLACE_PREPOSITIONS = Lexicon.words("of in from by at near");

  /**
   * "The company, based in Omaha, Neb., announced", "Ann Roe, of Fort Collins, Colo., says", "The document,
   * obtained by Task & Purpose, advises": when the comma at {@code k} closes an appositive of names that a
   * preposition (after a participle or not) opens, the comma that opens it; else -1. The subject stands before it.
   */
  private static int placeAppositive(Tokens t, int k, int lo) {
    for (int j = k - 1; j > lo && k - j <= MAX_APPOSITIVE; j--) {
      boolean name = t.isWord(j) && t.capitalized(j) || t.is(j, ",") || t.is(j, ".") || t.is(j, "&");
      if (!name && PLACE_PREPOSITIONS.contains(t.lower(j)) && j + 1 < k && t.capitalized(j + 1)) {
        int opening = t.is(j - 1, ",") ? j - 1
            : j - 2 >= lo && t.is(j - 2, ",") && !t.capitalized(j - 1) && t.lower(j - 1).endsWith("ed") ? j - 2 : -1;
        return opening;
      }
      if (!name) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Ann Roe, a Denver-based nurse, researcher and author, accused": the full name before the comma
   * that opens a descriptor, which the descriptor describes; null when the descriptor does not follow one.
   */
  private static int[] namedBefore(Tokens t, int[] descriptor, int lo) {
    if (Mention.of(t, descriptor[0], descriptor[1]).kind() != Mention.Kind.ANONYMOUS || descriptor[0] - 2 < lo
        || !t.is(descriptor[0] - 1, ",")) {
      return null;
    }
    int[] name = Phrases.left(t, descriptor[0] - 2, lo);
    return name != null && fullName(t, name) ? name : null;
  }

  /** Possessives that tie a group to the person named before it: "Ann Roe and her colleagues". */
  private static final Set<String> GROUP_POSSESSIVES = Lexicon.words("his her their");

  /**
   * "Ann Roe and her colleagues wrote", "Roe and his team found", "Roe and others wrote": a person named before "and"
   * and a plural group of theirs is who the sources name as speaking; null otherwise.
   */
  private static int[] leadOfGroup(Tokens t, int[] group, int lo) {
    int and = group[0] - 1;
    boolean others = group[1] - group[0] == 1 && t.is(group[0], "others"); // "Paul and others"
    if (and - 1 < lo || !t.is(and, "and") || !others && (!GROUP_POSSESSIVES.contains(t.lower(group[0]))
        || group[1] - group[0] != 2 || !Lexicon.isGroupOfPeople(t.lower(group[1] - 1)))) {
      return null;
    }
    int[] lead = Phrases.left(t, and - 1, lo);
    return lead != null && Mention.of(t, lead[0], lead[1]).kind() == Mention.Kind.PERSON ? lead : null;
  }

  /**
   * "Colin Marsh, Brighton Hotel Association said:", "Ann Roe, hotel owner said": a full name opening the sentence
   * before a comma, then a description of it (an organisation or a role) right before the cue, is who speaks; so is
   * a full name anywhere before a description that a relative clause follows ("…, said Ann Roe, a co-founder of
   * the group, who added"). Null otherwise.
   */
  private static int[] nameOpeningBefore(Tokens t, int[] description, int lo, boolean relative) {
    Mention.Kind kind = Mention.of(t, description[0], description[1]).kind();
    int comma = description[0] - 1;
    // the description's phrase may end a longer one: "Ann Roe, head of the World Health Organization's program said"
    while (!relative && comma > lo && description[0] - comma <= MAX_DESCRIPTION && !Phrases.isCue(t, comma)
        && (t.isWord(comma) || "’'-&".contains(t.word(comma)))) {
      comma--;
    }
    if (kind != Mention.Kind.ORGANISATION && kind != Mention.Kind.ANONYMOUS || comma - 1 < lo || !t.is(comma, ",")) {
      return null;
    }
    int[] name = Phrases.left(t, comma - 1, lo);
    return name != null && (relative || name[0] == clauseStart(t, lo)) && fullName(t, name) ? name : null;
  }

  /**
   * "Jason Roe who is spokesperson for Acme states": a full name before "who is" or "who was" and the description
   * that is the subject phrase; null otherwise.
   */
  private static int[] nameBeforeWhoIs(Tokens t, int[] description, int lo) {
    int be = description[0] - 1;
    if (be - 2 < lo || !Phrases.isBe(t, be) || !t.is(be - 1, "who")) {
      return null;
    }
    Mention.Kind kind = Mention.of(t, description[0], description[1]).kind();
    int end = t.is(be - 2, ",") ? be - 3 : be - 2;
    while (end - 2 >= lo && Lexicon.DEGREES.contains(t.lower(end)) && t.is(end - 1, ",")) {
      end -= 2; // "Atsuo Yanagisawa, MD, PhD who is President of …": the degrees set off after the name
    }
    int[] name = kind == Mention.Kind.ANONYMOUS || kind == Mention.Kind.ORGANISATION ? Phrases.left(t, end, lo) : null;
    return name != null && fullName(t, name) ? name : null;
  }

  /**
   * "Ann Roe, president and CEO of Acme Hauling, which …, said": an organisation named after a post and "of" is where
   * the person named before the post works, and that person speaks; null when no full name opens the appositive.
   */
  private static int[] holderOfPost(Tokens t, int[] organisation, int lo) {
    // "of" before the phrase, or in it when the post is capitalized ("CEO of Acme")
    int of = Math.max(lo, organisation[0] - 1);
    while (of < organisation[1] && !t.is(of, "of")) {
      of++;
    }
    if (of - 1 < lo || of == organisation[1] || !Lexicon.POSTS_OF.contains(t.lower(of - 1))) {
      return null;
    }
    int p = of - 1;
    while (p > lo && !t.is(p, ",") && of - p <= MAX_APPOSITIVE && t.isWord(p)) {
      p--;
    }
    int[] name = t.is(p, ",") ? Phrases.left(t, p - 1, lo) : null;
    return name != null && fullName(t, name) ? name : null;
  }

  /**
   * When token {@code k} closes a short parenthesis (a party and state tag "(D-Ohio)", "(R., Texas)", a handle
   * "(@cityhall)"), the token before it opens; else {@code k}.
   */
  static int beforeParenthesis(Tokens t, int k, int lo) {
    if (k < lo || !t.is(k, ")")) {
      return k;
    }
    for (int j = k - 1; j >= lo && k - j <= MAX_PARENTHESIS; j--) {
      if (t.is(j, "(")) {
        return j - 1;
      }
    }
    return k;
  }

  /** Tokens of a short parenthesis: a tag, a ticker, a region in a company name. */
  static final int MAX_PARENTHESIS = 6;

  /**
   * "Researchers at the Arden Laboratory called", "a spokeswoman for Delta said": the role noun before a
   * preposition is the subject, and the phrase after it the organisation it speaks for. So is a full or a titled name
   * before "of", "from", "at" or "with", its comma or not ("Ann Roe of the Nurses Union said", "Ann Roe, of the Nurses
   * Union said", "Professor Roe of the Arden Institute said"). Else {@code phrase}.
   */
  private static int[] withRoleBefore(Tokens t, int[] phrase, int lo) {
    int p = phrase == null ? -1 : phrase[0] - 1;
    if (p - 1 < lo || !(t.is(p, "at") || t.is(p, "for") || t.is(p, "of") || t.is(p, "from") || t.is(p, "with")
        || t.is(p, "in"))) {
      return phrase;
    }
    boolean affiliation = !t.is(p, "for") && !t.is(p, "in"); // where a person works, not whom a role serves
    int[] role = Phrases.left(t, p - 1, lo);
    if (role == null) {
      int[] name = affiliation && t.is(p - 1, ",") ? Phrases.left(t, p - 2, lo) : null;
      return name != null && fullName(t, name) && !isGoverned(t, name, lo) ? name : phrase;
    }
    Mention.Kind kind = Mention.of(t, role[0], role[1]).kind();
    boolean affiliated = affiliation && (fullName(t, role) || titledName(t, role)) && !isGoverned(t, role, lo);
    return affiliated || kind == Mention.Kind.ANONYMOUS
        && Lexicon.isRoleNoun(Mention.stripPossessive(t.lower(role[1] - 1))) ? role : phrase;
  }

  /** Whether a preposition governs the phrase ("a letter from Ann Roe of the union"). */
  private static boolean isGoverned(Tokens t, int[] phrase, int lo) {
    return phrase[0] > lo && Lexicon.PREPOSITIONS.contains(t.lower(phrase[0] - 1));
  }

  /** A person named by a title or an honorific and a surname: "Professor Wilder-Smith", "Dr. Roe". */
  private static boolean titledName(Tokens t, int[] phrase) {
    Mention m = Mention.of(t, phrase[0], phrase[1]);
    return m.kind() == Mention.Kind.PERSON && !m.titles().isEmpty();
  }

  /**
   * The person's full name before ", whose" when that relative clause ends at the comma {@code k}: "Ann Roe, whose
   * company, Acme, won a grant from the Dale Fund, told me"; else null.
   */
  private static int[] ownerOfWhoseClause(Tokens t, int k, int lo) {
    for (int j = k - 1; j - 2 >= lo; j--) {
      if (Phrases.isQuotationMark(t, j) || Phrases.isCue(t, j)) {
        return null;
      }
      if (t.is(j, "whose") && t.is(j - 1, ",")) {
        int[] owner = Phrases.left(t, j - 2, lo);
        return owner != null && owner[1] == j - 1 && fullName(t, owner) ? owner : null;
      }
    }
    return null;
  }

  /** A person named with at least first name and surname. */
  private static boolean fullName(Tokens t, int[] phrase) {
    Mention m = Mention.of(t, phrase[0], phrase[1]);
    return m.kind() == Mention.Kind.PERSON && m.name().contains(" ");
  }

  /**
   * The first phrase of the sentence [lo, hi) that is followed by a lower-case word and that no preposition governs
   * ("With Bailey and Halbrook as holdouts, Durkin sent …"), or a person's name that opens it before a comma
   * ("Stallone, 71, appeared …"), or a pronoun that opens it before its verb ("He met them and said …"): the likely
   * clause subject.
   */
  static int[] ofClause(Tokens t, int lo, int hi) {
    if (lo + 1 < hi && THIRD_PERSON.contains(t.lower(lo)) && t.isWord(lo + 1) && !t.capitalized(lo + 1)) {
      return new int[] {lo, lo + 1};
    }
    for (int s = lo; s < hi; s++) {
      if (!Phrases.isNamePart(t, s) && !Lexicon.DETERMINERS.contains(t.lower(s))) {
        continue;
      }
      int[] phrase = Phrases.right(t, s, hi);
      boolean governed = s > lo && Lexicon.PREPOSITIONS.contains(t.lower(s - 1));
      if (phrase != null && phrase[1] < hi && t.isWord(phrase[1]) && !t.capitalized(phrase[1])
          && !t.is(phrase[1], "of") && !governed) {
        return phrase;
      }
      if (phrase != null && s == lo && phrase[1] < hi && t.is(phrase[1], ",")
          && (Mention.of(t, phrase[0], phrase[1]).kind() == Mention.Kind.PERSON
          || isAside(t, phrase[1], phrase[1] + 2) || isAside(t, phrase[1], phrase[1] + 3))) {
        return phrase; // "Stallone, 71, appeared …": a name opening the sentence before its appositive or an aside
      }
      if (phrase != null) {
        s = phrase[1] - 1;
      }
    }
    return null;
  }
}
