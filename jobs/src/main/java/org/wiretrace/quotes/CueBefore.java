package org.wiretrace.quotes;

import java.util.Set;
import org.wiretrace.text.Tokens;

/**
 * The attribution of a marked quotation from the text before its opening mark, when none follows its closing mark:
 * the cue nearest before it and that cue's subject.
 */
final class CueBefore {
  private CueBefore() {}

  /**
   * The cue nearest before token {@code hi} (outside quotations) and its subject. The clause [lo, hi) is read left to
   * right, so each cue knows the attribution of the cue before it: a participle ("…, adding"), a second verb of the
   * same subject ("X agreed … but said") and a verb whose subject is "they", "it" or "we" ("X said that … they agreed
   * that “…”": X is the source) take their speaker from there, and so does "he" or "she" after a person's cue
   * ("Madigan wrote that he was asking members to “…”"). A cue whose subject is not found ("one, called D614G, was")
   * leaves the speaker of the cue before it in place.
   */
  static Attribution nearest(Tokens t, int lo, int hi, QuoteMask mask) {
    int latest = -1; // the latest cue so far
    Attribution latestVerb = Attribution.NONE; // its attribution, when it is a verb
    for (int c = lo; c < hi; c++) {
      if (mask.covers(t.begin(c))) {
        continue;
      }
      Attribution inWords = t.is(c, "in") ? Attribution.inWordsOf(t, c, hi) : Attribution.NONE;
      if (Attribution.isAccordingTo(t, c)) {
        latest = c;
      } else if (inWords.found()) { // "to put it in Ann Roe's words: “…”"
        latestVerb = inWords;
        latest = c;
      } else if (isAsDoneBy(t, c) && upTo(t, latest, latestVerb, c).speaker() == null) {
        // "as documented by Ann Roe, an analyst, “…”"; but "she confirmed, as reported by CBS-12, that" is hers
        latestVerb = Attribution.withSpeaker(t, c, c + 1, Phrases.right(t, c + 2, hi));
        latest = c;
      } else if (Phrases.isDocumentCue(t, c) && !Phrases.isCue(t, c)) {
        Attribution document = ofVerb(t, c, lo, Attribution.NONE); // "the report found that …"
        if (document.speaker() != null && document.speaker().kind() == Mention.Kind.DOCUMENT
            && !reportsDocument(t, upTo(t, latest, latestVerb, c), document)) {
          latestVerb = document;
          latest = c;
        }
      } else if (Phrases.isCue(t, c) && !Attribution.isNoun(t, c) && !Attribution.isReducedPassive(t, c)
          && !goesOnDoing(t, c)) {
        Attribution earlier = upTo(t, latest, latestVerb, c);
        if (earlier.speaker() != null && afterModal(t, c, lo)) {
          continue; // "Ann Roe said Europe must acknowledge that it “…”": what someone should say is hers
        }
        Attribution verb = ofVerb(t, c, lo, earlier);
        if (inRelativeClause(t, verb, lo)) {
          continue; // "He called a shield — which Democrats criticized — a “red line”": he calls it so
        }
        if (reportsDocument(t, earlier, verb)) {
          continue;
        }
        if (verb.speaker() != null || earlier.speaker() == null) {
          latestVerb = verb;
          latest = c;
        }
      }
    }
    Attribution found = upTo(t, latest, latestVerb, hi);
    return found.found() || !t.is(hi - 1, ":") ? found : possessorOfWords(t, lo, hi, found);
  }

  private static final Set<String> LINKS = Lexicon.words("but and so yet");

  /**
   * "His message to the chancellor was: “…”": a possessive pronoun opening the sentence, a noun for what was said,
   * and no cue up to the colon before the mark give the words to whom the pronoun stands for (not "He gave her
   * advice:"); else {@code none}.
   */
  private static Attribution possessorOfWords(Tokens t, int lo, int hi, Attribution none) {
    int c = lo < hi && LINKS.contains(t.lower(lo)) ? lo + 1 : lo;
    Mention owner = c + 1 < hi && Lexicon.SPEECH_NOUNS.contains(t.lower(c + 1)) ? Attribution.possessivePronoun(t, c)
        : null;
    return owner != null && owner.isHeOrShe() ? new Attribution(c + 1, c + 2, owner) : none;
  }

  private static final Set<String> MODALS = Lexicon.words("must should would could might may can will shall");
  /** Verbs that make a modal of "to" and the verb after it: "has to answer", "would have to answer". */
  private static final Set<String> BEFORE_TO_MODAL = Lexicon.words("have has had need needs ought");

  /**
   * The cue at {@code c} follows a modal, with "not" or "also" between or none: "must acknowledge", "will not say",
   * "would have to answer".
   */
  private static boolean afterModal(Tokens t, int c, int lo) {
    int k = c - 1;
    if (k - 1 >= lo && t.is(k, "to") && BEFORE_TO_MODAL.contains(t.lower(k - 1))) {
      return true;
    }
    if (k > lo && (t.is(k, "not") || t.is(k, "also"))) {
      k--;
    }
    return k >= lo && MODALS.contains(t.lower(k)) && !t.capitalized(k); // not "May" the name
  }

  /**
   * "continue" that goes on doing, not speaking: before a quoted infinitive ("the FDA continues “to recommend it”"),
   * as an infinitive itself ("for the deficit to continue improving, “…”") or an adjective ("a continued sacrifice").
   * "continued to call it “…”" keeps its subject's words.
   */
  private static boolean goesOnDoing(Tokens t, int c) {
    if (!"continue".equals(Lexicon.CUES.get(t.lower(c)))) {
      return false;
    }
    return c + 2 < t.size() && Phrases.isDoubleMark(t, c + 1) && t.is(c + 2, "to")
        || c > 0 && (t.is(c - 1, "to") || Lexicon.DETERMINERS.contains(t.lower(c - 1)));
  }

  /** Words between a person's cue and the document whose cue it reports: "said on Tuesday that the data". */
  private static final int MAX_REPORT_GAP = 4;

  /**
   * "Roe said the new data suggests the country is “a ways off”": a document's cue in the clause a person's verb of
   * saying opens reports the document in that person's words, which stay the person's; not "Roe said …, before
   * issuing her order, which said …", nor "Initial reports said", a noun read as a cue.
   */
  private static boolean reportsDocument(Tokens t, Attribution earlier, Attribution document) {
    Mention person = earlier.speaker();
    if (person == null || document.speaker() == null || document.speaker().kind() != Mention.Kind.DOCUMENT
        || !Lexicon.SAY_VERBS.contains(Lexicon.CUES.getOrDefault(t.lower(earlier.cueFrom()), ""))
        || earlier.cueTo() > document.speaker().from()
        || document.speaker().from() - earlier.cueTo() > MAX_REPORT_GAP) {
      return false;
    }
    for (int k = earlier.cueTo(); k < document.speaker().from(); k++) {
      if (!t.isWord(k) || t.is(k, "which") || t.is(k, "who")) {
        return false;
      }
    }
    return person.kind() == Mention.Kind.PERSON || person.isHeOrShe();
  }

  /** Participles of recording that are no cue by themselves: "as documented by". */
  private static final Set<String> RECORDED = Lexicon.words("documented written quoted cited");

  /** Token {@code c} is a cue's participle between "as" and "by" ("as noted by"): the agent after "by" speaks. */
  private static boolean isAsDoneBy(Tokens t, int c) {
    return c > 0 && t.is(c - 1, "as") && t.is(c + 1, "by") && (Phrases.isCue(t, c) || RECORDED.contains(t.lower(c)));
  }

  /**
   * The cue takes an object and its subject follows "which" or "whom": a relative clause about something else ("a
   * shield — which Democrats criticized —"), unlike "which they say will help".
   */
  private static boolean inRelativeClause(Tokens t, Attribution verb, int lo) {
    int before = verb.speaker() == null ? -1 : verb.speaker().from() - 1;
    return before >= lo && (t.is(before, "which") || t.is(before, "whom"))
        && Lexicon.OBJECT_CUES.contains(Lexicon.CUES.get(t.lower(verb.cueFrom())));
  }

  /** The attribution of the latest cue, as seen from token {@code hi}: "according to" names the phrase up to it. */
  private static Attribution upTo(Tokens t, int latest, Attribution latestVerb, int hi) {
    if (latest < 0) {
      return Attribution.NONE;
    }
    if (!Attribution.isAccordingTo(t, latest)) {
      return latestVerb;
    }
    return Attribution.accordingTo(t, latest, hi);
  }

  /** The verb cue at {@code c} and its subject; {@code earlier} is the attribution of the cue before it. */
  private static Attribution ofVerb(Tokens t, int c, int lo, Attribution earlier) {
    int[] subject = subjectOf(t, c, lo, earlier);
    if (subject == null && (c == lo && t.capitalized(c + 1) || c > lo && (t.is(c - 1, ",") || !t.isWord(c - 1)))) {
      // '“…,” said Sam Nunberg, an adviser, “…”'; a clause the cue opens: 'Responded Trump: “…”'
      Attribution inverted = Attribution.after(t, c, t.size());
      if (inverted.found() && inverted.cueFrom() == c) {
        return inverted;
      }
    }
    Mention speaker = subject == null ? null : Mention.of(t, subject[0], subject[1]);
    boolean pronoun = speaker != null && speaker.kind() == Mention.Kind.PRONOUN;
    boolean group = pronoun && !speaker.name().startsWith("he") && !speaker.name().startsWith("she");
    boolean person = pronoun && !group && earlier.speaker() != null
        && earlier.speaker().kind() == Mention.Kind.PERSON && !earlier.speaker().isPlural();
    return (group || person) && earlier.found() && earlier.speaker() != null ? earlier
        : new Attribution(c, c + 1, speaker);
  }

  private static final Set<String> ADJUNCT_PREPOSITIONS = Lexicon.words("for of by with without after "
      + "before about from against");

  /** Lower-case words between a subject and the "to" of its infinitive cue: "then went on", "is alleged". */
  private static final int MAX_RAISING = 3;

  /**
   * The subject of the verb an infinitive cue hangs on ("He then went on to call", "Smith is alleged to have told",
   * "she declined to say", "the ministry declined to comment on", "The England coach went on to claim"): the
   * pronoun, name or role noun before the few lower-case words ahead of "to"; null if none.
   */
  private static int[] raisedSubject(Tokens t, int to, int lo) {
    int j = to - 1;
    while (j >= lo && to - j <= MAX_RAISING && t.isWord(j) && !t.capitalized(j)
        && !Lexicon.PRONOUNS.contains(t.lower(j)) && !(j < to - 1 && Lexicon.isPersonNoun(t.lower(j)))) {
      if (ADJUNCT_PREPOSITIONS.contains(t.lower(j))) {
        return null; // "criticised Roe for failing to mention": Roe is the object, the infinitive an adjunct
      }
      j--;
    }
    boolean role = j >= lo && j < to - 1 && t.isWord(j) && !t.capitalized(j) && Lexicon.isPersonNoun(t.lower(j));
    if (j < lo || j == to - 1 || !t.isWord(j)
        || !(Lexicon.PRONOUNS.contains(t.lower(j)) || Phrases.isNamePart(t, j) || role)
        || t.is(j, "it") && (Phrases.isBe(t, j + 1) && EMPTY_IT_ADJECTIVES.contains(t.lower(j + 2))
        || t.is(j + 1, "comes") || t.is(j + 1, "came"))) {
      return null; // nor "it is helpful to chant", "when it comes to expressing": an empty "it"
    }
    int[] subject = Phrases.left(t, j, lo);
    Mention m = subject == null ? null : Mention.of(t, subject[0], subject[1]);
    Mention.Kind kind = m == null ? null : m.kind();
    return kind == Mention.Kind.PERSON || kind == Mention.Kind.PRONOUN || kind == Mention.Kind.ORGANISATION
        || role && kind == Mention.Kind.ANONYMOUS && m.isDefinite() ? subject : null;
  }

  /** Adjectives after an empty "it" before an infinitive: "it is helpful to chant", "it is important to say". */
  private static final Set<String> EMPTY_IT_ADJECTIVES = Lexicon.words("helpful important good better best hard easy "
      + "difficult necessary possible impossible useful wise fair right wrong crucial essential vital tempting tough "
      + "fun nice safe");

  private static final Set<String> OBJECT_PRONOUNS = Lexicon.words("her him them us me");

  /**
   * When the phrase opening at {@code object} follows a past-tense verb ("messaged", "emailed both"), the subject of
   * that verb, who did what the participle after the object says; else null.
   */
  private static int[] agentBefore(Tokens t, int object, int lo) {
    int v = object - 1;
    if (v <= lo || !t.isWord(v) || t.capitalized(v) || Lexicon.PHRASE_STOPS.contains(t.lower(v))
        || !(t.lower(v).endsWith("ed") || Phrases.isCue(t, v))) {
      return null;
    }
    int[] agent = Subjects.of(t, v, lo);
    Mention.Kind kind = agent == null ? null : Mention.of(t, agent[0], agent[1]).kind();
    return kind == Mention.Kind.PERSON || kind == Mention.Kind.PRONOUN || kind == Mention.Kind.ANONYMOUS
        || kind == Mention.Kind.ORGANISATION ? agent : null;
  }

  /**
   * A participle cue ("…, adding", "by warning") or a second verb of the same subject ("X agreed … but said") speaks
   * for the clause it hangs on: the speaker of the cue before it, else the clause's subject.
   */
  private static int[] subjectOf(Tokens t, int c, int lo, Attribution earlier) {
    String w = t.lower(c);
    // "X is publicly warning that “…”" is X's; in "X said Y were only complaining to “…”" X still speaks
    boolean spokeBefore = earlier.found() && earlier.speaker() != null;
    boolean participle = w.endsWith("ing") && (c == lo || t.is(c - 1, ",") || t.is(c - 1, "by")
        || t.is(c - 1, "after") || t.is(c - 1, "while") || t.is(c - 1, "before") || t.is(c - 1, "when")
        || t.lower(c - 1).endsWith("ly") && (!Phrases.isBe(t, c - 2) || spokeBefore));
    boolean coordinated = c > lo && (t.is(c - 1, "and") || t.is(c - 1, "but"));
    int infinitive = t.is(c - 1, "to") ? c - 1 : t.is(c - 1, "have") && t.is(c - 2, "to") ? c - 2 : -1;
    if (infinitive > lo && !participle && !coordinated) {
      int[] raised = raisedSubject(t, infinitive, lo);
      if (raised != null) {
        return raised;
      }
    }
    if (!participle && !coordinated) {
      int[] subject = Subjects.of(t, c, lo);
      // "X was saying" has X as subject
      if (subject != null && w.endsWith("ing") && !Phrases.isBe(t, c - 1)
          && Mention.of(t, subject[0], subject[1]).kind() == Mention.Kind.DOCUMENT) {
        int[] clause = Subjects.ofClause(t, lo, c); // "Durkin sent a letter asking …": the sender asks
        if (clause != null && clause[1] <= subject[0]
            && Mention.of(t, clause[0], clause[1]).kind() == Mention.Kind.PERSON) {
          return clause;
        }
      }
      if (subject != null && w.endsWith("ing") && OBJECT_PRONOUNS.contains(t.lower(c + 1))) {
        int[] agent = agentBefore(t, subject[0], lo);
        if (agent != null) {
          return agent; // "Al Roe messaged Jones asking her to": Jones is asked, Roe asks
        }
      }
      // "her time in the house saying": the house says nothing, the clause's subject does; but "with" opens a
      // clause of its own ("with leader Ann Roe saying …"), whose subject speaks
      boolean governed = subject != null && subject[0] > lo
          && Lexicon.PREPOSITIONS.contains(t.lower(subject[0] - 1))
          && !t.is(subject[0] - 1, "with");
      if (subject != null && !(governed && w.endsWith("ing")) || !w.endsWith("ing")) {
        return subject;
      }
    }
    int[] joined = subjectOfJoinedClause(t, earlier.found() ? earlier.cueTo() : lo, c);
    if (joined != null) {
      return joined; // "Pompeo said …, and President Trump has kept it alive, telling reporters that “…”"
    }
    if (earlier.found() && earlier.speaker() != null) {
      return new int[] {earlier.speaker().from(), earlier.speaker().to()};
    }
    int clause = lastClause(t, lo, c);
    int[] subject = Subjects.ofClause(t, clause, c);
    return subject == null && clause > lo ? Subjects.ofClause(t, lo, c) : subject;
  }

  /** Conjunctions after a comma that join a clause with a subject of its own: ", and Trump has kept …". */
  private static final Set<String> JOINING_CONJUNCTIONS = Lexicon.words("and but while whereas");

  /**
   * The subject of the last clause that ", and", ", but", ", while" or ", whereas" opens between {@code from} and
   * the participle or second verb at {@code c}, when it is a person or "he"/"she": that clause is the one the
   * participle hangs on. Null if there is none.
   */
  private static int[] subjectOfJoinedClause(Tokens t, int from, int c) {
    for (int k = c - 2; k > from; k--) {
      boolean comma = t.is(k - 1, ",") || (t.is(k - 1, "”") || t.is(k - 1, "\"")) && t.is(k - 2, ","); // ',” and'
      if (comma && JOINING_CONJUNCTIONS.contains(t.lower(k)) && !t.capitalized(k)) {
        int[] subject = Subjects.ofClause(t, k + 1, c);
        if (subject == null || subject[0] != k + 1) {
          return null;
        }
        Mention m = Mention.of(t, subject[0], subject[1]);
        return m.kind() == Mention.Kind.PERSON || m.isHeOrShe() ? subject : null;
      }
    }
    return null;
  }

  /** Clauses a participle may hang on that a dash or a semicolon opens ("X will go ahead - though Y has …"). */
  private static final Set<String> CLAUSE_CONJUNCTIONS = Lexicon.words("though although but while whereas and");

  /**
   * Where the clause before the participle at {@code c} starts: after the last dash or semicolon and the
   * conjunction after it; {@code lo} when there is none. The participle speaks for that clause's subject.
   */
  private static int lastClause(Tokens t, int lo, int c) {
    for (int k = c - 1; k > lo; k--) {
      if (Phrases.isDash(t, k) || t.is(k, ";")) {
        return k + 1 < c && CLAUSE_CONJUNCTIONS.contains(t.lower(k + 1)) ? k + 2 : k + 1;
      }
    }
    return lo;
  }
}
