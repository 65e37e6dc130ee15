package org.wiretrace.quotes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wiretrace.text.Tokens;

/**
 * Who a passage is attributed to, inside one sentence's tokens: the cue, tokens [cueFrom, cueTo) ("said",
 * "according to"), and the speaker phrase, null if none; {@link #NONE} when there is no cue. {@link #after} reads it
 * from the words after a closing mark or a comma, {@link CueBefore} from the words before an opening mark.
 */
record Attribution(int cueFrom, int cueTo, Mention speaker) {
  /** Verbs that name a thing ("a stretch called the “…”"): nobody speaks. */
  private static final Set<String> NAMING = Lexicon.words("called dubbed named nicknamed");
  static final Attribution NONE = new Attribution(-1, -1, null);
  /** How far after a closing mark an inverted cue is looked for: '”, NAME, a long appositive …, told X'. */
  private static final int MAX_AFTER = 40;
  /** How close to the sentence's end a trailing attribution ends ("…, he says." / "…, X said on Sunday."). */
  private static final int TRAILING_SLACK = 4;

  boolean found() {
    return cueFrom >= 0;
  }

  /** Verbs that take an object but are written before their subject after a quotation: '”, warned Ann Roe.' */
  private static final Set<String> INVERTED_OBJECT_CUES = Lexicon.words("warn caution urge charge");

  /**
   * Passives that report words through a participle, after "as" or straight after them: "was quoted as saying", "was
   * cited as saying", "was quoted saying".
   */
  private static final Set<String> QUOTED_AS = Lexicon.words("quoted cited");

  /**
   * ',” said Ryabkov', '” he said', '", Mr Beith said', '", according to officials', '”, Fox, co-chairman, said',
   * '”, Kevin Antshel, clinical psychologist and director of … at Syracuse University, tells CNBC', '” the memo read'.
   * A cue first names the speaker after it only when it is no participle and takes no object ('”, describing
   * Charles as …' leaves the quotation to its clause).
   */
  static Attribution after(Tokens t, int k, int hi) {
    if (k < hi && t.is(k, ",")) {
      k++;
    }
    if (k >= hi || !t.isWord(k)) {
      return NONE;
    }
    if (isAccordingTo(t, k)) {
      return accordingTo(t, k, hi);
    }
    if (Phrases.isCue(t, k)) {
      if (t.lower(k).endsWith("ing")) {
        return NONE;
      }
      int[] phrase = Phrases.right(t, k + 1, hi);
      // '”, warned Alan Morgan, the head of …': a verb that takes an object has its subject after it when it is one
      // reporters invert, and nothing follows that phrase in its clause ('”, warned Congress that …' is an object;
      // '”, told Yahoo Life' always is)
      String lemma = Lexicon.CUES.get(t.lower(k));
      if (Lexicon.OBJECT_CUES.contains(lemma) && (!INVERTED_OBJECT_CUES.contains(lemma) || phrase == null
          || !endsClause(t, phrase[1], hi) || Mention.of(t, phrase[0], phrase[1]).kind() != Mention.Kind.PERSON)) {
        return NONE;
      }
      int[] speaker = namedInApposition(t, phrase, hi);
      return speaker == null ? NONE : withSpeaker(t, k, k + 1, speaker);
    }
    if (Phrases.isDocumentCue(t, k)) { // '”, reads one post', '” read the sign'
      int[] document = Phrases.right(t, k + 1, hi);
      return document == null || Mention.of(t, document[0], document[1]).kind() != Mention.Kind.DOCUMENT ? NONE
          : withSpeaker(t, k, k + 1, document);
    }
    Attribution inWords = inWordsOf(t, k, hi);
    if (inWords.found()) {
      return inWords;
    }
    if (t.is(k, "as")) {
      return asPutBy(t, k, hi);
    }
    for (int c = k + 1; c < hi && c <= k + MAX_AFTER; c++) {
      boolean documentCue = Phrases.isDocumentCue(t, c);
      boolean participle = t.lower(c).endsWith("ing");
      int passive = t.is(c - 1, "as") ? c - 2 : c - 1; // '”, Ann Roe was quoted (as) saying': "saying" is the cue
      if (participle && passive > k && QUOTED_AS.contains(t.lower(passive)) && Phrases.isCue(t, c)) {
        int[] subject = invertedSubject(t, k, passive);
        return subject == null ? NONE : withSpeaker(t, c, c + 1, subject);
      }
      int quoted = participle && t.is(c - 1, "as") && Phrases.isCue(t, c) ? quotedVerb(t, k, c - 1) : -1;
      if (quoted > k && quoted + 1 < c - 1) {
        return quotedAsSaying(t, k, quoted, c);
      }
      if (Phrases.isCue(t, c) && !isNoun(t, c) && !isReducedPassive(t, c) && !participle || documentCue) {
        if ((t.is(k, "and") || t.is(k, "but") || t.is(k, "while")) && opensQuotation(t, c + 1)) {
          return NONE; // '“…,” and Al Roe hails “…”': a clause of its own, whose cue introduces its own quotation
        }
        int[] subject = invertedSubject(t, k, c);
        if (subject == null) {
          return NONE;
        }
        if (documentCue && !Phrases.isCue(t, c)) {
          Mention document = document(Mention.of(t, subject[0], subject[1]));
          return document == null ? NONE : new Attribution(c, c + 1, document);
        }
        return withSpeaker(t, c, c + 1, subject);
      }
      if (!t.isWord(c) && !t.is(c, ",") && !"’'-.()&".contains(t.word(c)) && !Phrases.isDoubleMark(t, c)
          && !Lexicon.DASHES.contains(t.word(c))) {
        return NONE; // a title in marks may stand in the appositive: '”, Ann Roe, author of “Field Days,” told'; so
                     // may a company's ampersand: '”, Ann Roe, economist with Lopes & Filho, told'
      }
    }
    return NONE;
  }

  /**
   * "quoted" at {@code quoted} reports the words of the object before "as" and the cue at {@code c}: '”, the agency
   * quoted Acme worker Ann Roe as saying', '”, IRNA quoted him as saying' ("he"); after "by" the subject of the
   * passive speaks ('”, Ann Roe was quoted by Kyodo as saying').
   */
  private static Attribution quotedAsSaying(Tokens t, int k, int quoted, int c) {
    if (t.is(quoted + 1, "by")) {
      int[] subject = invertedSubject(t, k, quoted);
      return subject == null ? NONE : withSpeaker(t, c, c + 1, subject);
    }
    Mention pronoun = quoted + 2 == c - 1 ? objectPronoun(t, quoted + 1) : null;
    if (pronoun != null) {
      return new Attribution(c, c + 1, pronoun);
    }
    return withSpeaker(t, c, c + 1, new int[] {quoted + 1, c - 1});
  }

  /** The last "quoted" or "cited" among the words [k, to) before the object it reports, or -1. */
  private static int quotedVerb(Tokens t, int k, int to) {
    for (int q = to - 1; q >= k; q--) {
      if (!t.isWord(q)) {
        return -1;
      }
      if (QUOTED_AS.contains(t.lower(q))) {
        return q;
      }
    }
    return -1;
  }

  /** Nouns for someone's wording: "in Ann Roe's words", "in Ann Roe's phrase". */
  private static final Set<String> WORDING = Lexicon.words("words phrase");

  /**
   * "in the words of Ann Roe", "in Ann Roe's words" or "in Ann Roe's phrase" at {@code k}, up to {@code hi}: whose
   * words the quotation is; {@link #NONE} if none of these.
   */
  static Attribution inWordsOf(Tokens t, int k, int hi) {
    if (!t.is(k, "in") || k + 3 >= hi) {
      return NONE;
    }
    if (t.is(k + 1, "the") && t.is(k + 2, "words") && t.is(k + 3, "of")) {
      return withSpeaker(t, k, k + 4, Phrases.right(t, k + 4, hi));
    }
    int[] owner = Phrases.right(t, k + 1, hi);
    if (owner == null || owner[1] >= hi || !WORDING.contains(t.lower(owner[1]))
        || Mention.stripPossessive(t.word(owner[1] - 1)).equals(t.word(owner[1] - 1))) {
      return NONE;
    }
    Mention m = Mention.of(t, owner[0], owner[1]).withoutPossessive();
    return m.kind() == Mention.Kind.PERSON ? new Attribution(owner[1], owner[1] + 1, m) : NONE;
  }

  /** Words of the subject between "as" and its cue: '“…,” as league commissioner Ann Roe put it'. */
  private static final int AS_SUBJECT_WORDS = 5;

  /**
   * '“…,” as Roe put it', '“…,” as he told reporters': the subject of the clause that "as" at {@code k} opens
   * speaks, when the clause ends at its cue, at "it" or at the cue's object; {@link #NONE} when no cue follows its
   * subject ('“…” as well', '“…” as the lockdown began') or the cue reports a clause ('“…,” as it suggests that …').
   */
  private static Attribution asPutBy(Tokens t, int k, int hi) {
    for (int c = k + 2; c < hi && c <= k + AS_SUBJECT_WORDS + 1; c++) {
      if (!t.isWord(c)) {
        return NONE;
      }
      boolean endsClause = c + 1 >= hi || !t.isWord(c + 1) || t.is(c + 1, "it")
          || Lexicon.OBJECT_CUES.contains(Lexicon.CUES.get(t.lower(c)));
      if (Phrases.isCue(t, c) && endsClause && !t.lower(c).endsWith("ing") && !isNoun(t, c)
          && !isReducedPassive(t, c)) {
        int[] subject = Subjects.of(t, c, k + 1);
        return subject == null || subject[0] != k + 1 ? NONE : withSpeaker(t, c, c + 1, subject);
      }
    }
    return NONE;
  }

  /**
   * An attribution that ends the sentence [from, hi) after a comma: '… the “vast majority” of people are distressed,
   * he says.', '…, White House adviser Peter Navarro said on Sunday.'; {@link #NONE} if none. In '…, Roe said,
   * according to his lawyer.' Roe speaks and the lawyer reports it.
   */
  static Attribution trailing(Tokens t, int from, int hi, QuoteMask mask) {
    int end = hi;
    while (end > from && !t.isWord(end - 1)) {
      end--;
    }
    Attribution reported = NONE; // an attribution ending at a comma, before the one that ends the sentence
    for (int k = from; k < end; k++) {
      if (t.is(k, ",") && !mask.covers(t.begin(k))) {
        Attribution a = after(t, k, end);
        if (!a.found() || a.speaker() == null) {
          continue;
        }
        if (endOf(a) >= end - TRAILING_SLACK || describedToEnd(t, a, end) || participleFollows(t, endOf(a), end)
            || adjunctsToEnd(t, a, end, mask)) {
          return isAccordingTo(t, a.cueFrom()) && reported.found() && endOf(reported) == k ? reported : a;
        }
        reported = isAccordingTo(t, a.cueFrom()) ? NONE : a;
      }
    }
    return NONE;
  }

  /**
   * The speaker after the cue is a person whose description runs to the end of the sentence: '…, said Ann Roe,
   * general manager of the bank's research division.', '…, said Ann Roe, 57, of Leeds.', '…, according to Ann Roe,
   * who runs the bank.'
   */
  static boolean describedToEnd(Tokens t, Attribution a, int end) {
    int k = a.speaker().to();
    if (a.speaker().from() < a.cueTo() || a.speaker().kind() != Mention.Kind.PERSON || !t.is(k, ",")) {
      return false;
    }
    if (t.is(k + 1, "who") || t.is(k + 1, "whose")) {
      return true; // a relative clause tells more of the speaker, whatever it holds
    }
    int from = Mention.ageFollows(t, k) && t.is(k + 2, ",") ? k + 3 : k + 1; // past an age
    int[] description = Phrases.right(t, from, end);
    boolean home = t.is(from, "of") && from + 1 < end && t.capitalized(from + 1);
    if (!home && (description == null || description[0] != from
        || Mention.of(t, description[0], description[1]).kind() != Mention.Kind.ANONYMOUS)) {
      return false;
    }
    for (int j = home ? from + 1 : description[1]; j < end; j++) {
      if (Phrases.isCue(t, j) || t.is(j, ",") && !Lexicon.DETERMINERS.contains(t.lower(j + 1))) {
        return false; // another appositive may follow ("…, a city in Kent"), not another clause
      }
    }
    return true;
  }

  /**
   * A participle's clause set off after the attribution ends the sentence ("…, Dean said, pointing out the beaches"):
   * it says what the speaker did, and the reported words are those before the attribution.
   */
  static boolean participleFollows(Tokens t, int end, int hi) {
    return end + 1 < hi && t.is(end, ",") && t.isWord(end + 1) && !t.capitalized(end + 1)
        && t.lower(end + 1).endsWith("ing") && t.lower(end + 1).length() > 5;
  }

  /** Cues whose object is the listener: "told reporters", "warned party officials". */
  private static final Set<String> LISTENER_CUES = Lexicon.words("tell warn remind inform assure advise caution brief");
  /** Prepositions that open where, when or how something was said: "in a statement", "at a briefing on Monday". */
  private static final Set<String> SETTING_PREPOSITIONS = Lexicon.words("in on at during after before from with to "
      + "via through over while");
  /** A listener is a short phrase: "reporters", "top party officials". */
  private static final int MAX_LISTENER = 4;

  /**
   * After the attribution, only its listener and its setting run to the end of the sentence: '…, the minister told
   * farmers at a meeting in Kassel.', '…, Ann Roe said in a statement to the exchange on Monday.' A clause (a pronoun,
   * "that", another cue or quotation) would be a statement of its own ("…, Roe said the agency must change").
   */
  static boolean adjunctsToEnd(Tokens t, Attribution a, int end, QuoteMask mask) {
    int k = endOf(a);
    if (k >= end) {
      return false;
    }
    String lemma = Lexicon.CUES.get(t.lower(a.cueFrom()));
    if (lemma != null && LISTENER_CUES.contains(lemma) && a.speaker().to() <= a.cueFrom()) {
      int listener = k;
      while (listener < end && listener - k < MAX_LISTENER && t.isWord(listener)
          && !SETTING_PREPOSITIONS.contains(t.lower(listener))) {
        listener++;
      }
      k = listener;
    }
    if (k >= end || !SETTING_PREPOSITIONS.contains(t.lower(k))) {
      return false;
    }
    for (int j = k; j < end; j++) {
      String w = t.lower(j);
      if (!t.isWord(j) || mask.covers(t.begin(j)) || Phrases.isCue(t, j) || w.equals("that")
          || Lexicon.PRONOUNS.contains(w) && !w.equals("it")) {
        return false;
      }
    }
    return true;
  }

  /** The token after an attribution's cue and speaker, whichever comes last. */
  static int endOf(Attribution a) {
    return Math.max(a.cueTo(), a.speaker().to());
  }

  /** Token {@code k} ends the clause: a comma, a stop or the end of the passage. */
  private static boolean endsClause(Tokens t, int k, int hi) {
    return k >= hi || t.is(k, ",") || t.is(k, ".") || t.is(k, ";") || t.is(k, "!") || t.is(k, "?");
  }

  /**
   * The speaker between a closing mark at {@code k} and its cue at {@code c}: the subject ending at the cue, unless a
   * name opens the span and the subject is only its description ("Eric Abensur, Wanadoo's chief executive told") or
   * where the name's organisation is ("Ann Roe of Planned Parenthood in Houston told").
   */
  private static int[] invertedSubject(Tokens t, int k, int c) {
    int[] subject = Subjects.of(t, c, k);
    int[] opening = Phrases.right(t, k, c);
    if (setOffByDashes(t, opening, c)) {
      return opening; // '” Ann Roe — a rancher I serve with on the board — told me': the name the dashes describe
    }
    // a full name before "the" and a description, its commas left out: '” Ann Roe the vice chair of the board said'
    boolean describedAfter = opening != null && t.is(opening[1], "the") && opening[1] - opening[0] >= 2;
    boolean openingIsName = opening != null && opening[1] < c && (t.is(opening[1], ",") || t.is(opening[1], "of")
        || t.is(opening[1], "from") || t.is(opening[1], "at") || t.is(opening[1], "in") || t.is(opening[1], "(")
        || describedAfter) && Mention.of(t, opening[0], opening[1]).kind() == Mention.Kind.PERSON;
    if (subject == null || openingIsName && Mention.of(t, subject[0], subject[1]).kind() != Mention.Kind.PERSON) {
      return openingIsName ? opening : describedOpening(t, opening, c);
    }
    if (openingIsName && subject[0] > opening[1] && Lexicon.PREPOSITIONS.contains(t.lower(subject[0] - 1))) {
      return opening; // "Ann Roe of Acme in Tulsa told": the name a preposition governs says where
    }
    if (firstNameAfterDescriptor(t, subject, c)) {
      return new int[] {subject[1] + 1, c - 1};
    }
    if (opening != null && Mention.of(t, subject[0], subject[1]).kind() == Mention.Kind.PERSON
        && (opening[1] + 1 == subject[0] && t.is(opening[1], ",") || namedAfterDescriptor(t, opening, subject))) {
      return subject; // '”, the group’s president, Ann Roe, said': the name the descriptor introduces
    }
    if (opening != null && Mention.of(t, opening[0], opening[1]).kind() == Mention.Kind.ANONYMOUS) {
      int[] named = nameAfterComplement(t, opening[1], c);
      if (named != null && named[1] == c) {
        return named; // '”, vice president of retail operations Rosa Kemp said'
      }
    }
    for (int j = k; j < subject[0]; j++) { // "former president X told", not "when a reporter asked"
      int close = t.is(j, "(") ? closing(t, j, subject[0]) : j;
      if (close > j && Subjects.beforeParenthesis(t, close, k) == j - 1) {
        j = close; // a ticker or tag: "Acme Corp (ACME.N) chief executive X told"
        continue;
      }
      String w = t.lower(j);
      if (!t.isWord(j) && !Phrases.isPluralPossessive(t, j)
          || !w.equals("and") && (Lexicon.PHRASE_STOPS.contains(w) || Lexicon.CAP_STOPS.contains(w))) {
        return describedOpening(t, opening, c);
      }
    }
    return subject;
  }

  /** A person's name {@code opening}, then a description between dashes that ends right before the cue at {@code c}. */
  private static boolean setOffByDashes(Tokens t, int[] opening, int c) {
    return opening != null && opening[1] + 1 < c - 1 && Lexicon.DASHES.contains(t.word(opening[1]))
        && Lexicon.DASHES.contains(t.word(c - 1))
        && Mention.of(t, opening[0], opening[1]).kind() == Mention.Kind.PERSON;
  }

  /** The ")" closing the parenthesis opened at token {@code open}, before {@code hi}; else {@code open}. */
  private static int closing(Tokens t, int open, int hi) {
    for (int j = open + 1; j < hi; j++) {
      if (t.is(j, ")")) {
        return j;
      }
    }
    return open;
  }

  /**
   * '…, the president of the grain exchange, Ann Roe, said': a descriptor opens the span, its "of" phrase follows, and
   * a full name set off by commas ends it before the cue.
   */
  private static boolean namedAfterDescriptor(Tokens t, int[] opening, int[] subject) {
    return opening[1] < subject[0] && t.is(opening[1], "of") && t.is(subject[0] - 1, ",")
        && Mention.of(t, opening[0], opening[1]).kind() == Mention.Kind.ANONYMOUS
        && Mention.of(t, subject[0], subject[1]).name().contains(" ");
  }

  /**
   * '”, his sister, Marta, told': a known first name alone, set off by commas between a descriptor and the cue, is
   * whom the descriptor introduces (another lone capitalized word there is a place: '”, Ann Roe, of Troy, Ohio,
   * said').
   */
  private static boolean firstNameAfterDescriptor(Tokens t, int[] subject, int c) {
    int name = subject[1] + 1;
    return name + 2 == c && t.is(subject[1], ",") && t.is(name + 1, ",") && t.capitalized(name)
        && Lexicon.isFirstName(t.word(name)) && Mention.of(t, subject[0], subject[1]).kind() == Mention.Kind.ANONYMOUS;
  }

  /**
   * '”, a spokeswoman for the airline said', '”, a source close to the talks, who asked not to be named, said': a
   * descriptor opening the span, its organisation or description after it; null if the span opens otherwise.
   */
  private static int[] describedOpening(Tokens t, int[] opening, int c) {
    if (opening == null || opening[1] >= c || !(t.is(opening[1], "for") || t.is(opening[1], "at")
        || t.is(opening[1], "of") || t.is(opening[1], "from") || t.is(opening[1], "with") || t.is(opening[1], ",")
        || t.is(opening[1], "close"))) {
      return null;
    }
    Mention.Kind kind = Mention.of(t, opening[0], opening[1]).kind();
    return kind == Mention.Kind.PRONOUN ? null : opening;
  }

  /**
   * The subject of "read" or "found" as a document: a document, or an acronym with "the" ('”, the FAQ reads': an
   * announcement, an FAQ); else null.
   */
  private static Mention document(Mention m) {
    if (m.kind() == Mention.Kind.DOCUMENT) {
      return m;
    }
    boolean acronym = m.kind() == Mention.Kind.ORGANISATION && m.isDefinite() && !m.name().contains(" ")
        && Phrases.isAcronym(m.name());
    return acronym ? new Mention(m.from(), m.to(), m.begin(), m.end(), m.text(), Mention.Kind.DOCUMENT, m.name(),
        m.titles()) : null;
  }

  /** Token {@code k} is an opening quotation mark, or "of" or "as" before one ("speaks of “…”"). */
  private static boolean opensQuotation(Tokens t, int k) {
    if (t.is(k, "of") || t.is(k, "as")) {
      k++;
    }
    return k < t.size() && (t.is(k, "“") || t.is(k, "\""));
  }

  static boolean isAccordingTo(Tokens t, int k) {
    return t.is(k, "according") && t.is(k + 1, "to");
  }

  /** Object pronouns standing alone ("According to him, “…”", "quoted him as saying"), as the subject pronoun. */
  private static final Map<String, String> OBJECT_PRONOUNS = Map.of("him", "he", "her", "she", "them", "they");
  private static final Map<String, String> POSSESSIVE_PRONOUNS = Map.of("his", "he", "her", "she", "their", "they");

  /** Token {@code s} as the pronoun mention its object form stands for ("him": "he"), or null. */
  private static Mention objectPronoun(Tokens t, int s) {
    return pronounFor(t, s, OBJECT_PRONOUNS);
  }

  /** Token {@code s} as the pronoun mention its possessive stands for ("his": "he"), or null. */
  static Mention possessivePronoun(Tokens t, int s) {
    return pronounFor(t, s, POSSESSIVE_PRONOUNS);
  }

  private static Mention pronounFor(Tokens t, int s, Map<String, String> forms) {
    String pronoun = forms.get(t.lower(s));
    return pronoun == null ? null
        : new Mention(s, s + 1, t.begin(s), t.end(s), t.word(s), Mention.Kind.PRONOUN, pronoun, List.of());
  }

  /**
   * "according to" at {@code k} and whom it names, up to {@code hi}: a name or a description, or a pronoun alone
   * ("according to her," means whom "she" would; "according to her lawyer" names the lawyer).
   */
  static Attribution accordingTo(Tokens t, int k, int hi) {
    int s = k + 2;
    Mention pronoun = s < hi ? objectPronoun(t, s) : null;
    if (pronoun != null && (s + 1 >= hi || !t.isWord(s + 1))) {
      return new Attribution(k, s, pronoun);
    }
    return withSpeaker(t, k, s, Phrases.right(t, s, hi));
  }

  /**
   * "the call", "a warning", "his claim", "Shkreli's stated aim", "the media reports": a cue word used as a noun or
   * adjective (after a determiner or a possessive, or an -s form after a determiner and a noun that is not a role).
   */
  static boolean isNoun(Tokens t, int c) {
    if (c == 0 || t.lower(c).equals("said")) {
      return false;
    }
    String prev = t.lower(c - 1);
    if (c > 1 && t.lower(c).equals(Lexicon.CUES.get(t.lower(c)))
        && (isArticleAndModifier(t, c - 2, c - 1, prev) || c > 2 && !t.capitalized(c - 2)
        && isArticleAndModifier(t, c - 3, c - 2, t.lower(c - 2)) && isModifier(t, c - 1))) {
      // "a similar estimate", "a Facebook post", "a quarterly investor call": a bare verb form after "a" and one or
      // two words is a noun
      return true;
    }
    if (c > 1 && Lexicon.DETERMINERS.contains(t.lower(c - 2)) && t.isWord(c - 1) && !t.capitalized(c - 1)
        && t.lower(c).equals(Lexicon.CUES.get(t.lower(c)))
        && (Phrases.isBe(t, c + 1) || t.is(c + 1, "for") || t.is(c + 1, "of"))) {
      return true; // "the low point is “…”", "the real reason for": a bare form before "be", "for" or "of" is a noun
    }
    // a possessive before it ("Trump's statement"), not a pronoun with "is" or "has" ("he's saying")
    return Lexicon.DETERMINERS.contains(prev) || (prev.endsWith("’s") || prev.endsWith("'s"))
        && Mention.pronounOf(prev).equals(prev)
        || t.lower(c).endsWith("s") && c > 1 && Lexicon.DETERMINERS.contains(t.lower(c - 2)) && t.isWord(c - 1)
        && !t.capitalized(c - 1) && !Lexicon.ROLES.contains(prev) && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(prev);
  }

  /** "a" or "an" at {@code a}, then a lower-case word or a platform's name at {@code m}: "a similar", "a Twitter". */
  private static boolean isArticleAndModifier(Tokens t, int a, int m, String modifier) {
    return (t.is(a, "a") || t.is(a, "an")) && t.isWord(m)
        && (!t.capitalized(m) || Lexicon.PLATFORMS.contains(modifier));
  }

  /** A lower-case word that may qualify a noun: not a verb's helper ("a spokesman will respond", "a moment to"). */
  private static boolean isModifier(Tokens t, int k) {
    return t.isWord(k) && !t.capitalized(k) && !Lexicon.PHRASE_STOPS.contains(t.lower(k))
        && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(t.lower(k));
  }

  /**
   * "the maneuvers announced over the weekend": a participle after a common noun, before a preposition; "is said to",
   * "was described as", "was first reported", "Roe hailed as": a passive, whose subject is no speaker.
   */
  static boolean isReducedPassive(Tokens t, int c) {
    String w = t.lower(c);
    if (c > 0 && Phrases.isBe(t, c - 1) && (t.is(c + 1, "to") || t.is(c + 1, "as") || t.is(c + 1, "by"))) {
      return true;
    }
    if (w.endsWith("ed") && c > 1 && Phrases.isBe(t, c - 2) && t.isWord(c - 1) && !t.capitalized(c - 1)
        && (t.lower(c - 1).endsWith("ly") || Lexicon.PASSIVE_ADVERBS.contains(t.lower(c - 1)))) {
      return true; // "when the disease was first reported in Wuhan": a passive, its subject is what is reported
    }
    if (w.equals("referred") && t.is(c + 1, "to") && t.is(c + 2, "as")) {
      return true; // "a rash referred to as “…”": the thing is named; "Roe has referred to it as “…”" is Roe's
    }
    if (w.endsWith("ed") && (t.is(c + 1, "as") || t.is(c + 1, "for") && !w.equals("called"))
        && Lexicon.OBJECT_CUES.contains(Lexicon.CUES.get(w))) {
      // "got Roe hailed as", "a plan described as", "journalists derided for": the verb lacks its object (but
      // "called for" is a demand: "The committee called for a “substantial” cut")
      return true;
    }
    if (w.equals("ordered") && (t.is(c + 1, "to") || t.is(c + 1, "by"))) {
      return true; // "much of the country ordered to stay home": ordered, not ordering
    }
    if (!w.endsWith("ed") || c == 0 || c + 1 >= t.size()) {
      return false;
    }
    String prev = t.lower(c - 1);
    if (NAMING.contains(w) && c > 1 && Lexicon.DETERMINERS.contains(t.lower(c - 2)) && t.isWord(c - 1)
        && !t.capitalized(c - 1) && !Lexicon.isRoleNoun(prev)) {
      return true; // "a stretch called the “pigeon pose”": the thing is named, nobody speaks
    }
    return t.isWord(c - 1) && !t.capitalized(c - 1) && !Lexicon.ROLES.contains(prev)
        && !Lexicon.PRONOUNS.contains(prev) && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(prev)
        && !prev.endsWith("ly") && Lexicon.PARTICIPLE_PREPOSITIONS.contains(t.lower(c + 1));
  }

  /**
   * The name set off after a descriptor, if there is one: '”, said his son, Carl Rose Jr.' is Carl Rose Jr.; else
   * the {@code phrase} itself.
   */
  private static int[] namedInApposition(Tokens t, int[] phrase, int hi) {
    if (phrase == null || Mention.of(t, phrase[0], phrase[1]).kind() != Mention.Kind.ANONYMOUS) {
      return phrase;
    }
    if (!t.is(phrase[1], ",")) {
      int[] named = nameAfterComplement(t, phrase[1], hi);
      return named != null ? named : phrase;
    }
    int[] name = Phrases.right(t, pastMoreTitles(t, phrase[1] + 1, hi), hi);
    return name != null && t.capitalized(name[0]) && Mention.of(t, name[0], name[1]).kind() == Mention.Kind.PERSON
        ? name : phrase;
  }

  /** The most tokens of further titles set off between a descriptor and the name: ", president and CEO,". */
  private static final int MAX_MORE_TITLES = 6;

  /**
   * Past the further titles of the same person, set off by commas, from token {@code from}: '”, said Acme's
   * chairman, president and CEO, Ann Roe.'; {@code from} itself if there are none.
   */
  private static int pastMoreTitles(Tokens t, int from, int hi) {
    int k = from;
    while (k < hi && k - from <= MAX_MORE_TITLES && (Lexicon.isTitle(t.lower(k)) || t.is(k, "and") || t.is(k, ","))) {
      k++;
    }
    return k > from + 1 && t.is(k - 1, ",") && Lexicon.isTitle(t.lower(k - 2)) ? k : from;
  }

  /** The most tokens a descriptor's complement runs before the name it introduces. */
  private static final int MAX_COMPLEMENT = 8;
  /** Words that open a descriptor's complement: "vice president of …", "a spokesman for …", "lawyer and father …". */
  private static final Set<String> COMPLEMENT_OPENERS = Set.of("of", "for", "at", "in", "during", "under", "with",
      "from", "and");
  /** Words that open another clause, never part of a descriptor's complement. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("who", "which", "that", "when", "where", "because",
      "while", "after", "before", "as", "if", "but", "whose");

  /**
   * The full name a descriptor's complement leads to, from token {@code from} (right after the descriptor) to a name
   * that ends the clause before {@code hi}: 'said the head of sales at Orbis Foods, Rosa Kemp', 'vice president of
   * retail operations Rosa Kemp said'. Without a comma the name follows a lower-case word that no preposition or
   * article is ("an aide to Governor Ted Akers" is the aide's). Null if there is none.
   */
  private static int[] nameAfterComplement(Tokens t, int from, int hi) {
    if (from >= hi || !COMPLEMENT_OPENERS.contains(t.lower(from)) || t.capitalized(from)) {
      return null;
    }
    for (int j = from + 1; j < hi && j - from <= MAX_COMPLEMENT; j++) {
      boolean comma = t.is(j, ",");
      int start = comma ? j + 1 : j;
      if (start < hi && t.capitalized(start) && (comma || isPlainWord(t, j - 1))) {
        int[] name = Phrases.right(t, start, hi);
        Mention m = name == null ? null : Mention.of(t, name[0], name[1]);
        if (m != null && name[0] == start && m.kind() == Mention.Kind.PERSON && m.name().contains(" ")
            && (name[1] >= hi || endsClause(t, name[1], hi) || t.is(name[1], "who") || Phrases.isCue(t, name[1]))) {
          return name;
        }
      }
      if (comma || !t.isWord(j) && !t.is(j, ".") && !t.is(j, "-") || CLAUSE_OPENERS.contains(t.lower(j))
          || Phrases.isCue(t, j)) {
        return null;
      }
    }
    return null;
  }

  /** Token {@code k} is a lower-case word that no preposition, article or "and" is: a noun ends a complement. */
  private static boolean isPlainWord(Tokens t, int k) {
    String w = t.lower(k);
    return t.isWord(k) && !t.capitalized(k) && !COMPLEMENT_OPENERS.contains(w) && !Lexicon.DETERMINERS.contains(w)
        && !w.equals("to") && !w.equals("by") && !w.equals("on");
  }

  /** The cue [cueFrom, cueTo) and the phrase [phrase[0], phrase[1]) as speaker; none when {@code phrase} is null. */
  static Attribution withSpeaker(Tokens t, int cueFrom, int cueTo, int[] phrase) {
    return new Attribution(cueFrom, cueTo, phrase == null ? null : Mention.of(t, phrase[0], phrase[1]));
  }
}
