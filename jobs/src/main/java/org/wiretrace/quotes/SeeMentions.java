package org.wiretrace.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wiretrace.text.Tokens;

/**
 * Step 2: the names and descriptors outside quotations ({@link Mentions}), for titles, surnames and pronouns to resolve
 * to. A phrase starts at a capitalized word or an article that does not follow a capitalized word; "X and Y" is a
 * mention and so is each of its parts. A lone capitalized word counts only as an organisation or as the surname of
 * someone named in full before. Pronouns are not mentions, but one opening a sentence as its subject ("She said",
 * "She’s a teacher") is seen, for the pronouns after it.
 */
final class SeeMentions {

  private SeeMentions() {}

  static void annotate(QuoteDocument doc) {
    Tokens t = doc.tokens();
    Mentions mentions = new Mentions();
    Set<Integer> captions = captions(doc);
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int lo = doc.firstToken(s);
      int hi = doc.endToken(s);
      boolean caption = captions.contains(doc.paragraph(s));
      boolean headline = caption && isTitleCase(t, lo, hi);
      int first = firstWord(doc, lo, hi);
      if (first >= 0 && !isSubjectPronoun(t, first, hi)) {
        first = pronounAfterOpening(doc, first, hi);
      }
      if (first >= 0 && isSubjectPronoun(t, first, hi)) {
        mentions.addSubjectPronoun(Mention.of(t, first, first + 1), s);
      }
      for (int k = lo; k < hi; k++) {
        if (t.isWord(k) && t.capitalized(k) && k > lo && t.isWord(k - 1)) {
          mentions.capitalizedInside(t.word(k));
        }
        boolean start = t.capitalized(k) || t.is(k, "a") || t.is(k, "an") || t.is(k, "the")
            || isBareRole(t, k, lo, hi) || opensRankedTitle(t, k, hi);
        if (!start || k > lo && Phrases.isNamePart(t, k - 1)) { // not inside a name; "And Home Secretary …" is one
          continue;
        }
        if (doc.mask().covers(t.begin(k))) {
          int[] quoted = t.capitalized(k) ? Phrases.right(t, k, hi) : null;
          if (quoted != null) {
            mentions.addQuotedName(Mention.of(t, quoted[0], quoted[1]));
            k = quoted[1] - 1;
          }
          continue;
        }
        int[] phrase = Phrases.right(t, k, hi);
        if (phrase == null || endsOnAdjective(t, phrase, hi) || namesAnAward(t, phrase, hi)
            || namesAnAwardCategory(t, phrase)) {
          continue;
        }
        defineAcronym(t, phrase, mentions);
        if (hasAnd(t, phrase)) {
          see(t, phrase[0], phrase[1], s, mentions, caption, headline, lo);
          sharedSurname(t, phrase, mentions);
          if (Mention.of(t, phrase[0], phrase[1]).joinsInsideName()) { // its parts name nobody
            k = phrase[1] - 1;
            continue;
          }
        }
        int possessor = possessorBeforeRole(t, phrase);
        if (possessor > phrase[0]) {
          see(t, phrase[0], possessor, s, mentions, caption, headline, lo);
        }
        int part = phrase[0];
        for (int j = phrase[0]; j <= phrase[1]; j++) {
          if (j == phrase[1] || t.is(j, "and")) {
            see(t, part, j, s, mentions, caption, headline, lo);
            part = j + 1;
          }
        }
        k = phrase[1] - 1;
      }
    }
    doc.setMentions(mentions);
  }

  /** A stock ticker in angle brackets right after token {@code to - 1}, as wire copy gives it: "<ARC>", "<IMO.A>". */
  private static boolean hasTicker(Tokens t, int to) {
    return to + 2 < t.size() && t.is(to, "<") && t.is(to + 2, ">") && t.isWord(to + 1)
        && t.word(to + 1).equals(t.word(to + 1).toUpperCase(Locale.ROOT));
  }

  /** Words after an award's name that make the name a modifier. */
  private static final Set<String> AWARDED = Lexicon.words("nominated winning award-winning prize-winning");

  /** An award's name before "nominated" or "winning" names nobody: "the Grammy nominated choreographer". */
  private static boolean namesAnAward(Tokens t, int[] phrase, int hi) {
    return phrase[1] < hi && AWARDED.contains(t.lower(phrase[1]));
  }

  /** "Best" before a role noun names an award's category, not a person's title: "the best actor Bafta". */
  private static boolean namesAnAwardCategory(Tokens t, int[] phrase) {
    for (int k = phrase[0]; k + 1 < phrase[1]; k++) {
      if (t.lower(k).equals("best") && Lexicon.isRoleNoun(t.lower(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Titles that are also adjectives: "a major presence", "a general strike", "the chief concern". */
  private static final Set<String> ADJECTIVE_TITLES = Lexicon.words("major general chief principal");

  /**
   * A phrase ending on such a title in lower case, before a lower-case word that is no cue, verb or function word,
   * names nobody: "the virus has a major presence there".
   */
  private static boolean endsOnAdjective(Tokens t, int[] phrase, int hi) {
    int last = phrase[1] - 1;
    int next = phrase[1];
    return ADJECTIVE_TITLES.contains(t.lower(last)) && !t.capitalized(last) && next < hi && t.isWord(next)
        && !t.capitalized(next) && !Lexicon.CUES.containsKey(t.lower(next))
        && !Lexicon.PHRASE_STOPS.contains(t.lower(next)) && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(t.lower(next));
  }

  /**
   * The paragraphs that end with a photo credit ("… in Albany, May 4, 2020. REUTERS/Kim Vale"), and headlines in title
   * case: a caption's or a headline's names are not in the story's text for pronouns to mean, though the story may use
   * them in part; and a headline's capitals make no names ("Panel Advises Against Pill Mix").
   */
  private static Set<Integer> captions(QuoteDocument doc) {
    Tokens t = doc.tokens();
    Set<Integer> out = new HashSet<>();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      boolean lastOfParagraph = doc.endsParagraph(s);
      int last = doc.endToken(s) - 1;
      while (last > doc.firstToken(s) && !t.isWord(last)) {
        last--;
      }
      if (doc.opensParagraph(s) && lastOfParagraph && !t.is(doc.endToken(s) - 1, ".")
          && isTitleCase(t, doc.firstToken(s), doc.endToken(s))) { // not a sign-off: "Ann Roe, NPR News, Seoul."
        out.add(doc.paragraph(s));
      }
      if (lastOfParagraph && last > doc.firstToken(s) && !doc.mask().covers(t.begin(last))) {
        int from = last;
        while (from > doc.firstToken(s) && t.isWord(from - 1) && t.capitalized(from - 1)) {
          from--;
        }
        if (isCredit(t, from, last + 1)) {
          out.add(doc.paragraph(s));
        }
      }
    }
    return out;
  }

  /** Words that may open a sentence before its subject: the conjunctions, and adverbs ("Still, he said"). */
  private static final Set<String> LINKS = Lexicon.words(Lexicon.OPENING_CONJUNCTIONS,
      "still instead meanwhile however now then later");

  /** How many words an opening phrase set off by a comma may have: "At the plant in Ohio, he …". */
  private static final int OPENER_WORDS = 6;
  /** Conjunctions opening a subordinate clause before the sentence's subject, and how many words it may have. */
  private static final Set<String> SUBORDINATORS = Lexicon.words("if when whenever while although though because "
      + "since once unless until after before as");
  private static final int CLAUSE_WORDS = 20;
  /**
   * The first word of the sentence [lo, hi) outside quotations, past a linking word and its comma or an opening
   * adverb, prepositional phrase or subordinate clause and its comma ("Eventually, she …", "In recent years, he …",
   * "If she is called back in June, she …"); or -1.
   */
  static int firstWord(QuoteDocument doc, int lo, int hi) {
    Tokens t = doc.tokens();
    for (int k = lo; k < hi; k++) {
      if (t.isWord(k)) {
        if (doc.mask().covers(t.begin(k))) {
          return -1;
        }
        int next = !LINKS.contains(t.lower(k)) ? openerEnd(t, k, hi) : t.is(k + 1, ",") ? k + 2 : k + 1;
        return next > k && next < hi && t.isWord(next) && !doc.mask().covers(t.begin(next)) ? next : k;
      }
    }
    return -1;
  }

  /** Token {@code k} is a pronoun, contracted or not ("he", "she's"). */
  private static boolean isPronoun(Tokens t, int k) {
    return Lexicon.PRONOUNS.contains(Mention.pronounOf(t.lower(k)));
  }

  /** A pronoun before a lower-case word, as a subject before its verb: "he said", "she will". */
  private static boolean isSubjectPronoun(Tokens t, int k, int hi) {
    return isPronoun(t, k) && k + 1 < hi && t.isWord(k + 1) && !t.capitalized(k + 1);
  }

  /**
   * "Just a few years later, in 2005, he concluded": a pronoun after a comma, when only lower-case words and numbers
   * come before it from the sentence's first word on (no name the pronoun could be an object beside); else -1.
   */
  private static int pronounAfterOpening(QuoteDocument doc, int first, int hi) {
    Tokens t = doc.tokens();
    for (int k = first + 1; k < hi && k - first <= OPENING_TOKENS; k++) {
      if (t.isWord(k) && t.capitalized(k) || doc.mask().covers(t.begin(k))) {
        return -1;
      }
      if (t.is(k - 1, ",") && t.isWord(k) && isPronoun(t, k)) {
        return k;
      }
    }
    return -1;
  }

  /** How far into a sentence an opening set off by commas may reach before its subject pronoun. */
  private static final int OPENING_TOKENS = 30;

  /**
   * The word after the comma of an opening adverb ("Eventually,"), prepositional phrase or subordinate clause ("If
   * she's called back to her job in July, she …"); -1 if there is none.
   */
  private static int openerEnd(Tokens t, int k, int hi) {
    String w = t.lower(k);
    boolean clause = SUBORDINATORS.contains(w);
    if (!clause && !Lexicon.PREPOSITIONS.contains(w) && !(w.endsWith("ly") && w.length() > 4)) {
      return -1;
    }
    for (int j = k + 1; j < hi && j <= k + (clause ? CLAUSE_WORDS : OPENER_WORDS); j++) {
      if (t.is(j, ",")) {
        return j + 1;
      }
      if (!t.isWord(j)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A lower-case plural role noun, alone or after one modifier, that opens the sentence [lo, hi) or follows a
   * non-word or a function word: "officials", "banking sources", a phrase without an article.
   */
  private static boolean isBareRole(Tokens t, int k, int lo, int hi) {
    return t.isWord(k) && !t.capitalized(k) && (t.has(k, PLURAL_ROLE) || isModifiedPluralRole(t, k, hi))
        && (k == lo || !t.isWord(k - 1) || Lexicon.PHRASE_STOPS.contains(t.lower(k - 1)));
  }

  /**
   * A comma and a description follow the name at {@code to}, introducing the one it names: "Ann Lee Roe, the
   * district's superintendent, said" (a headline's word glued before a name has none).
   */
  private static boolean describedAfter(Tokens t, int to) {
    return t.is(to, ",") && to + 1 < t.size() && !t.capitalized(to + 1)
        && (t.is(to + 1, "the") || t.is(to + 1, "a") || t.is(to + 1, "an") || Lexicon.isRoleNoun(t.lower(to + 1)));
  }

  /**
   * Token {@code k} is a rank in lower case before a capitalized title ({@link Lexicon#RANKS}: "former Mayor Ann Roe"),
   * which makes it another office: the mention starts with it, so that "the mayor" is not the former one.
   */
  private static boolean opensRankedTitle(Tokens t, int k, int hi) {
    return k + 1 < hi && Lexicon.RANKS.contains(t.lower(k)) && t.capitalized(k + 1)
        && Lexicon.isTitle(Mention.bare(t.lower(k + 1)));
  }

  // asked of each token and of the one after it: answered once each
  private static final Tokens.Property PLURAL_ROLE =
      new Tokens.Property((t, k) -> Lexicon.PLURAL_ROLES.contains(t.lower(k)));

  /**
   * "banking sources", "industry analysts": one lower-case modifier and a plural role noun without an article, a
   * phrase that "the sources" later takes up.
   */
  private static boolean isModifiedPluralRole(Tokens t, int k, int hi) {
    String w = t.lower(k);
    return k + 1 < hi && t.isWord(k) && Character.isLetter(w.charAt(0)) && t.has(k + 1, PLURAL_ROLE)
        && !t.capitalized(k + 1) && !Lexicon.PHRASE_STOPS.contains(w) && !Lexicon.CUES.containsKey(w)
        && !Lexicon.DETERMINERS.contains(w) && !w.endsWith("ly");
  }

  /**
   * "Paul and Nina Okafor": a first name alone before "and" and a full name shares its surname (a couple, siblings);
   * the document names Paul Okafor, for "Paul" to find in full.
   */
  private static void sharedSurname(Tokens t, int[] phrase, Mentions mentions) {
    int from = phrase[0];
    if (!t.is(from + 1, "and") || !t.capitalized(from) || from + 2 >= phrase[1]) {
      return;
    }
    String first = t.lower(from);
    Mention second = Mention.of(t, from + 2, phrase[1]);
    if (Lexicon.isFirstName(first)
        && second.kind() == Mention.Kind.PERSON && Mentions.words(second.name()) == 2 && second.titles().isEmpty()) {
      String surname = second.name().substring(second.name().indexOf(' ') + 1);
      mentions.addName(new Mention(from, from + 1, t.begin(from), t.end(from), t.word(from), Mention.Kind.PERSON,
          t.word(from) + " " + surname, List.of()));
    }
  }

  /**
   * "Bob Roe's father", "Ann Lee's lawyer", "President Ann Lee's Twitter account": a name with a possessive before a
   * role noun, or a full name (a first name, then the possessive) before anything, names that person too; the end of
   * the possessive name, or -1. ("Britain's Johnson" is Johnson, not Britain.)
   */
  private static int possessorBeforeRole(Tokens t, int[] phrase) {
    for (int j = phrase[0]; j + 1 < phrase[1]; j++) {
      String w = t.word(j);
      if (t.capitalized(j) && (w.endsWith("’s") || w.endsWith("'s")) && (!t.capitalized(j + 1)
          || j > phrase[0] && t.capitalized(j - 1) && Lexicon.isFirstName(t.word(j - 1)))) {
        return j + 1;
      }
    }
    return -1;
  }

  /**
   * "the Centers for Disease Control and Prevention (CDC)": an acronym in brackets right after an organisation's name
   * stands for that name, whichever of its words the acronym leaves out.
   */
  private static void defineAcronym(Tokens t, int[] phrase, Mentions mentions) {
    int open = phrase[1];
    if (open + 2 < t.size() && t.is(open, "(") && Phrases.isAcronym(t.word(open + 1)) && t.is(open + 2, ")")) {
      Mention m = Mention.of(t, phrase[0], phrase[1]);
      String name = m.kind() == Mention.Kind.ORGANISATION ? Phrases.spelling(m.name(), t.word(open + 1)) : null;
      if (name != null) {
        mentions.defineAcronym(t.word(open + 1), name);
      }
    }
  }

  /** Verbs of talking that, with "exclusively to", tell of an interview. */
  private static final Set<String> TALKED = Lexicon.words("spoke talked speaks talks");

  /**
   * Token {@code k} opens an interview's verb: "interviewed", "spoke exclusively to/with". Its subject is the
   * interviewer, seldom whom a later "she" means; the one interviewed is, though a preposition governs the name.
   */
  private static boolean interviews(Tokens t, int k) {
    return t.is(k, "interviewed") || talksExclusively(t, k);
  }

  /** Token {@code k} opens "spoke exclusively to" or "talked exclusively with". */
  private static boolean talksExclusively(Tokens t, int k) {
    return k >= 0 && k + 2 < t.size() && TALKED.contains(t.lower(k)) && t.is(k + 1, "exclusively")
        && (t.is(k + 2, "to") || t.is(k + 2, "with"));
  }

  private static boolean hasAnd(Tokens t, int[] phrase) {
    for (int j = phrase[0]; j < phrase[1]; j++) {
      if (t.is(j, "and")) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code k} stands inside brackets opened after token {@code lo} and not closed before it. */
  private static boolean inBrackets(Tokens t, int lo, int k) {
    for (int j = k - 1; j >= lo; j--) {
      if (t.is(j, ")")) {
        return false;
      }
      if (t.is(j, "(")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "(Photo: Ann Roe, The Daily News)": the name after a credit's word and a colon; not a mention, though a paragraph
   * it ends is no caption for it (a caption's own pronouns still mean the names in it).
   */
  private static boolean isCreditAfterColon(Tokens t, int from) {
    return from > 1 && t.is(from - 1, ":") && CREDIT_OPENERS.contains(t.lower(from - 2)) && t.capitalized(from - 2);
  }

  /** Pronouns that a title in title case may hold: "CNBC Make It", "Stand By Me", "Leave Them Alone". */
  private static final Set<String> TITLE_PRONOUNS = Lexicon.words("it us me them you");

  /**
   * A capitalized pronoun right after the phrase ending before token {@code to} makes it part of a title in title
   * case, not a person's name: "she tells CNBC Make It" names no "Make".
   */
  private static boolean isInTitle(Tokens t, int to) {
    return to < t.size() && t.isWord(to) && t.capitalized(to) && TITLE_PRONOUNS.contains(t.lower(to));
  }

  /**
   * "the Acme test", "a Kickstarter page": a name between an article and a common noun modifies the noun; the phrase
   * names a thing, nobody a pronoun may mean. A person's role in lower case before the name makes it a person ("The
   * film critic Ann Roe felt …": the word after is a verb); "the late", "the European Community", "the Chinese
   * government" do not.
   */
  private static boolean isModifier(Tokens t, int from, int to) {
    if (!(t.is(from, "a") || t.is(from, "an") || t.is(from, "the")) || to >= t.size() || !t.isWord(to)
        || t.capitalized(to)) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (t.isWord(k) && !t.capitalized(k) && Lexicon.isPersonNoun(t.lower(k))) {
        return false; // "The film critic Ann Roe felt"
      }
    }
    String next = t.lower(to);
    return !next.endsWith("ed") && !Lexicon.CUES.containsKey(next) && !Lexicon.PHRASE_STOPS.contains(next)
        && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(next) && !next.endsWith("ly");
  }

  /** Possessive determiners: what one owns or won is no one. */
  private static final Set<String> POSSESSIVES = Lexicon.words("his her its their our my your");

  /** Words that may stand between a possessive and what it owns: "their first Triple Crown", "her new Ferrari". */
  private static final Set<String> OWNED_MODIFIERS = Lexicon.words("first second third fourth fifth last latest new "
      + "own only next previous");

  /**
   * "their first Triple Crown", "her Oscar": a capitalized run without a title right after a possessive determiner,
   * or after one such modifier or a number ("her 2006 Toyota Camry"), names a thing the possessor has ("his wife
   * Jane" names his wife; in "his talks with Ann Roe" she is governed by "with").
   */
  private static boolean isOwned(Tokens t, int from, Mention m) {
    if (!m.titles().isEmpty() || from < 1) {
      return false;
    }
    int before = OWNED_MODIFIERS.contains(t.lower(from - 1)) || Phrases.isNumber(t, from - 1) ? from - 2 : from - 1;
    return before >= 0 && t.isWord(before) && POSSESSIVES.contains(t.lower(before));
  }

  /**
   * "Hart's Saints": one capitalized word after the possessive of a person the document names in full, that is
   * nobody's first name or surname there, is something that person has (a team, a firm), not a person ("Britain's
   * Kelly Holmes", "Germany's Schuettler" and "Hart's team-mate Ann Roe" are people).
   */
  private static boolean isOwnedByPerson(Mention m, Mentions mentions) {
    String text = m.text();
    int possessive = Math.max(text.indexOf("'s "), text.indexOf("’s "));
    return m.titles().size() == 1 && possessive > 0 && text.indexOf(' ') == possessive + 2
        && mentions.knowsSurname(text.substring(0, possessive)) && !m.name().contains(" ")
        && !mentions.knowsSurname(m.name()) && !Lexicon.isFirstName(m.name());
  }

  /**
   * "taking classes as a student", "worked as a nurse": an indefinite descriptor after "as" that follows a word says
   * what someone is, and is no one a pronoun may mean ("As a spokesman said, …" opens its clause and is someone).
   */
  private static boolean isPredicate(Tokens t, int from, Mention m) {
    return m.kind() == Mention.Kind.ANONYMOUS && from > 1 && t.is(from - 1, "as") && t.isWord(from - 2)
        && (t.is(from, "a") || t.is(from, "an"));
  }

  /** How many words of four letters or more a headline in title case has at least, all capitalized. */
  private static final int HEADLINE_WORDS = 4;

  /** A sentence whose words of four letters or more, at least {@link #HEADLINE_WORDS}, are all capitalized. */
  private static boolean isTitleCase(Tokens t, int from, int to) {
    int words = 0;
    for (int k = from; k < to; k++) {
      if (t.isWord(k) && t.word(k).length() >= 4) {
        if (!t.capitalized(k)) {
          return false;
        }
        words++;
      }
    }
    return words >= HEADLINE_WORDS;
  }

  /** The oldest age a number set off by commas after a name can be. */
  private static final int OLDEST = 120;
  /** The age from which news calls a person by surname. */
  private static final int ADULT = 18;

  /**
   * "Madonna revealed that she …", "Pelé said he …": one capitalized word opening the sentence before a verb of
   * saying whose clause "he" or "she" opens is a person the story names by one name (a company or a country says
   * "it" or "they").
   */
  private static boolean saysOfHimOrHerself(Tokens t, int from, int to, int lo) {
    if (from != lo || to + 1 >= t.size() || !t.isWord(to) || t.capitalized(to)
        || !Lexicon.CUES.containsKey(t.lower(to))) {
      return false;
    }
    int pronoun = t.is(to + 1, "that") ? to + 2 : to + 1;
    return pronoun < t.size() && (t.is(pronoun, "he") || t.is(pronoun, "she"));
  }

  /**
   * "Maria, 48, worked …": a known first name [from, to) followed by an age set off by commas, as news names people
   * it gives no surname (a source's first name, a pseudonym); not "June, 2020" nor "Chicago, 60601".
   */
  private static boolean isAged(Tokens t, int from, int to) {
    return Lexicon.isFirstName(t.word(from)) && ageAfter(t, to) >= 0 && !Lexicon.MONTH_NAMES.contains(t.lower(from));
  }

  /** The age set off by commas at token {@code k} ("…, 48, …", "…, 6."), or -1. */
  private static int ageAfter(Tokens t, int k) {
    boolean age = k + 1 < t.size() && t.is(k, ",") && Phrases.isNumber(t, k + 1) && t.word(k + 1).length() <= 3
        && (t.is(k + 2, ",") || t.is(k + 2, "."));
    int years = age ? Integer.parseInt(t.word(k + 1)) : -1;
    return years <= OLDEST ? years : -1;
  }

  /**
   * The person named [from, to) is a child by the age the story gives ("Four-year-old Amina Roe", "her son, Max Roe,
   * 6,"): news calls children by first name, so a bare surname the family shares is not the child's.
   */
  private static boolean isChild(Tokens t, int from, int to) {
    for (int k = Math.max(0, from - 1); k < to; k++) {
      if (t.lower(k).endsWith("-year-old")) {
        int age = Lexicon.yearsOld(t.lower(k));
        return age >= 0 && age < ADULT;
      }
    }
    int after = ageAfter(t, to);
    return after >= 0 && after < ADULT;
  }

  /** How many words the role description before a name set off by commas may have: "the night nurse", "his wife". */
  private static final int ROLE_WORDS = 4;

  /**
   * "The nurse, Anais, who …", "Ken's wife, Evie, moved": a lone name [from, to) set off by commas right after a
   * role description is that person's name, as the story gives it; the description, or null.
   */
  private static Mention roleNamed(Tokens t, int from, int to) {
    if (from < 2 || to >= t.size() || !t.is(from - 1, ",") || !t.is(to, ",")) {
      return null;
    }
    int[] phrase = Phrases.left(t, from - 2, Math.max(0, from - 2 - ROLE_WORDS));
    if (phrase == null) {
      return null;
    }
    // a determiner or a possessor opens the description ("the nurse", "Ken's wife"), the last in the phrase: a name
    // that ends the sentence before may run into it ("… Courtesy of Ken Gregersen ¶ Ken's wife")
    int open = phrase[1] - 1;
    while (open > phrase[0] && !opensDescription(t, open)) {
      open--;
    }
    if (!opensDescription(t, open) || open == phrase[1] - 1 && !Lexicon.DETERMINERS.contains(t.lower(open))) {
      return null;
    }
    Mention role = Mention.of(t, open, phrase[1]);
    return role.kind() == Mention.Kind.ANONYMOUS && !role.isPlural()
        && Lexicon.isRoleNoun(Mention.stripPossessive(t.lower(phrase[1] - 1))) ? role : null;
  }

  /** Token {@code k} opens a role's description: a determiner ("the nurse") or a possessor ("Ken's wife"). */
  private static boolean opensDescription(Tokens t, int k) {
    return Lexicon.DETERMINERS.contains(t.lower(k)) || !Mention.stripPossessive(t.word(k)).equals(t.word(k));
  }

  /** Words that open a photo's credit: "Courtesy of Ann Roe", "Photo by Ann Roe", "Photo courtesy of …". */
  private static final Set<String> CREDIT_OPENERS = Lexicon.words("courtesy photo photograph credit");

  /**
   * A photo's credit, not a mention: a name glued to a slash ("REUTERS/Kim Vale", "Kim Vale/AP"), the word that opens
   * a credit ("Courtesy of"), or the name after it ("Photo by Ann Roe").
   */
  private static boolean isCredit(Tokens t, int from, int to) {
    return from > 0 && t.is(from - 1, "/") && t.end(from - 1) == t.begin(from)
        || to < t.size() && t.is(to, "/") && t.end(to - 1) == t.begin(to)
        || to == from + 1 && to < t.size() && CREDIT_OPENERS.contains(t.lower(from))
        && (t.is(to, "of") || t.is(to, "by") || t.is(to, ":"))
        || from > 1 && (t.is(from - 1, "of") || t.is(from - 1, "by")) && CREDIT_OPENERS.contains(t.lower(from - 2))
        && (t.capitalized(from - 2)
            || from > 2 && t.capitalized(from - 3) && CREDIT_OPENERS.contains(t.lower(from - 3)));
  }

  /**
   * "Allen Weiner, a research director at Gartner, …", "Odile Parrot, the Leeds mother who …", "Ann Roe, Ohio's
   * governor, …": a role with an article or a possessor set off right after a person's name describes that person; it
   * is no one else a later "he" may mean, and the role is hers ({@link Mentions#nameRole}: "the governor" later).
   */
  private static boolean isApposition(Tokens t, int from, Mention m, Mentions mentions) {
    boolean opened = t.is(from, "a") || t.is(from, "an") || t.is(from, "the")
        || !Mention.stripPossessive(t.word(from)).equals(t.word(from));
    if (m.kind() != Mention.Kind.ANONYMOUS || from < 2 || !t.is(from - 1, ",") || !opened
        || mentions.seen().isEmpty()) {
      return false;
    }
    Mention before = mentions.seen().get(mentions.seen().size() - 1).mention();
    if (before.kind() != Mention.Kind.PERSON || before.to() != from - 1) {
      return false;
    }
    if (m.to() >= t.size() || !t.isWord(m.to())) { // set off on both sides: not "Echoing Ann Roe, the minister said"
      mentions.nameRole(m, before);
    }
    return true;
  }

  /**
   * "An Ohio lawmaker, Republican state Rep. Ann Roe, declined", "Brazil’s president, Jair Bolsonaro, said": a role
   * with an article or a possessor set off right before a person's name introduces that person, as does one opening
   * the sentence before the name of its subject ("An avid tennis player, Roe can't wait"); it is no one else a later
   * "he" may mean.
   */
  private static boolean introducesName(Tokens t, int from, int to, Mention m, int lo) {
    boolean opened = t.is(from, "a") || t.is(from, "an") || t.is(from, "the")
        || !Mention.stripPossessive(t.word(from)).equals(t.word(from));
    if (m.kind() != Mention.Kind.ANONYMOUS || !opened || !t.is(to, ",")) {
      return false;
    }
    int[] name = Phrases.right(t, to + 1, t.size());
    boolean subject = from == lo && name != null && name[1] < t.size() && t.isWord(name[1])
        && !t.capitalized(name[1]);
    return name != null && name[0] == to + 1 && (t.is(name[1], ",") || subject)
        && Mention.of(t, name[0], name[1]).kind() == Mention.Kind.PERSON;
  }

  /**
   * The phrase [from, to) of the sentence opening at token {@code lo} as a mention; in a {@code caption} only as a name
   * the story may use in part.
   */
  private static void see(Tokens t, int from, int to, int sentence, Mentions mentions, boolean caption,
      boolean headline, int lo) {
    if (from >= to) {
      return;
    }
    Mention m = Mention.of(t, from, to);
    if (m.kind() == Mention.Kind.PERSON && hasTicker(t, to)) {
      mentions.listedCompany(Mention.stripPossessive(m.name())); // "Chrysler Corp's <C> unit"
    }
    // "Atlantic Richfield <ARC> …. Atlantic Richfield rose": no "he" means it. A possessor stays as it was: "the
    // company" after "a study from Raytheon Co's <RTN> unit" is still the story's subject
    if (m.kind() == Mention.Kind.PERSON && mentions.isListedCompany(m.name())) {
      m = m.asOrganisation();
    }
    if (caption) {
      // in title case every word is capitalized, so a run of them is a name only when it opens with a first name
      // ("Trump Appoints Pence To Lead …" names no "Trump Appoints Pence")
      if (!headline || m.kind() != Mention.Kind.PERSON || !m.name().contains(" ") || m.opensWithFirstName()) {
        mentions.addName(m);
      }
      return;
    }
    if (m.kind() == Mention.Kind.PERSON && (isModifier(t, from, to) || isOwned(t, from, m)
        || isOwnedByPerson(m, mentions) || isCredit(t, from, to)
        || isCreditAfterColon(t, from) || isInTitle(t, to))
        || isPredicate(t, from, m) || isApposition(t, from, m, mentions) || introducesName(t, from, to, m, lo)) {
      return;
    }
    // a possessor ("Roe's announcement") is someone a later "she" may mean, but less likely than a subject: it
    // counts as a governed mention
    boolean possessor = m.kind() == Mention.Kind.PERSON && !Mention.stripPossessive(m.name()).equals(m.name());
    m = possessor ? m.withoutPossessive() : m;
    if (from > 0 && (Lexicon.CUES.containsKey(t.lower(from - 1)) || t.is(from - 1, ",")) || describedAfter(t, to)) {
      mentions.beginsHere(m);
    }
    boolean single = to - from == 1 && t.capitalized(from);
    // "For Urban, while he said …": the person an opening "For" names is the topic a pronoun after it means
    boolean topic = from > 0 && t.word(from - 1).equals("For") && t.is(to, ",") && m.kind() == Mention.Kind.PERSON;
    // an aside in brackets ("(he would beat the Marlins’ Ann Roe)") is less likely meant than the sentence's own words;
    // a name right before a verb of saying is its subject, also after a preposition that opens the sentence ("For the
    // Tories Ann Roe said"; not "Sources close to Ann Roe said")
    boolean beforeCue = m.kind() == Mention.Kind.PERSON && to < t.size() && t.isWord(to) && !t.capitalized(to)
        && Lexicon.CUES.containsKey(t.lower(to));
    int before = from - 1;
    while (before > lo && Lexicon.BEFORE_GOVERNED.contains(t.lower(before))) {
      before--; // "by fellow Briton Ann Roe", "for both Roe and Lund", "by All England Club chairman Ann Roe"
    }
    boolean governed = before >= 0 && Lexicon.PREPOSITIONS.contains(t.lower(before))
        && !t.is(before - 1, "according") && !talksExclusively(t, before - 2) && !topic;
    boolean prepositional = possessor || interviews(t, to) || inBrackets(t, lo, from)
        || governed && !(beforeCue && before == lo);
    boolean subjectOfCue = beforeCue && !prepositional;
    Mention role = single && m.kind() == Mention.Kind.PERSON ? roleNamed(t, from, to) : null;
    if (role != null) {
      mentions.nameRole(role, m);
    }
    if (single && m.kind() == Mention.Kind.PERSON && (isAged(t, from, to) || saysOfHimOrHerself(t, from, to, lo))) {
      mentions.givenAlone(m.name());
    }
    if (!single && m.kind() == Mention.Kind.PERSON && isChild(t, from, to)) {
      mentions.child(m.name());
    }
    if (m.kind() != Mention.Kind.PRONOUN && (!single || m.kind() == Mention.Kind.ORGANISATION
        || mentions.knowsSurname(m.name()) || mentions.knowsFirstName(m.name()) || role != null
        || mentions.isGivenAlone(m.name()))) {
      mentions.add(m, sentence, prepositional);
      if (subjectOfCue) {
        mentions.cueSubject(m);
      }
    }
    if (single && !prepositional && m.titles().isEmpty() && to < t.size() && t.isWord(to) && !t.capitalized(to)
        && !t.is(from - 1, "and") && !t.is(from - 1, "&")
        && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANISATION)) {
      mentions.addOneWordSubject(m, sentence); // "Tesla will close …"; not "Normal, Illinois, for", "Bausch and Lomb"
    }
  }
}
