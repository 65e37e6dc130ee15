package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wiretrace.text.Tokens;

/**
 * Step 5, where a speaker is chosen: each passage in reading order is credited with a speaker and the
 * {@link SpeakerRule} that found it.
 * <ul>
 *   <li>A speaker phrase is resolved by its kind ({@link #speakerOf}): pronouns and nationality epithets point back
 *       ({@link Antecedents}); names, organisations, documents and titles are looked up among the mentions
 *       ({@link NamedSpeakers}); a definite role description that names nobody by title ("the shipping magnate",
 *       "the veteran coach") points back like an epithet.
 *   <li>A marked quotation without a cue of its own continues the speech of the last passage with a speaker
 *       ({@link #continuesSpeech}): when that ended at most {@link #CONTINUATION_REACH} sentences before
 *       ({@link #QUIET_REACH} when the sentences between name no one), in the same paragraph or, for a quotation
 *       that opens its paragraph, in the paragraph just before; and the quotation reads as speech: a clause, of
 *       four words or a whole sentence, not in single marks (a headline's 'This will kill you': … continues nobody's
 *       speech). A speaker never comes from an earlier paragraph otherwise.
 *   <li>Without a cue or a speech to continue, a fragment is credited to the person opening its sentence, a whole
 *       sentence to the person opening the reporter's sentence before it ({@link #subjectBefore}).
 *   <li>An anonymous speaker gets the organisation it speaks for ({@link SpeakerOrgs}).
 * </ul>
 */
final class ResolveSpeakers {
  private static final int CONTINUATION_REACH = 2;
  private static final int QUIET_REACH = 4;
  /** Statements and remarks speak for whoever made them; a report or a spreadsheet speaks for itself. */
  private static final Set<String> AUTHORED = Lexicon.words("statement statements remarks tweet tweets");

  private ResolveSpeakers() {}

  static void annotate(QuoteDocument doc) {
    Antecedents antecedents = new Antecedents(doc.mentions());
    Passage previous = null; // the last passage whose speaker has a name
    for (Passage p : doc.passages()) {
      Mention m = p.attribution().speaker();
      Attribution reported; // a cue in the sentence before that introduces the quotation
      if (p.rule() == SpeakerRule.INTERVIEW) {
        if (p.speaker() != null && p.speaker().name() != null && !narrates(doc, p)) {
          antecedents.quotedBy(p.begin(), p.firstSentence(), p.lastSentence(), p.speaker());
        }
      } else if (p.naming() != Passage.Naming.NONE) {
        p.credit(p.attribution(), null, SpeakerRule.NONE); // a title or an alias is nobody's speech
      } else if (m != null) {
        Mention author = author(doc, p.attribution());
        m = author != null ? author : m;
        Speaker speaker = speakerOf(m, p, p.firstSentence(), doc, antecedents);
        if (speaker.name() != null) {
          antecedents.quotedBy(m.begin(), p.firstSentence(), p.lastSentence(), speaker);
        }
        p.credit(p.attribution(), speaker, ruleOf(m, speaker));
      } else if ((reported = introducer(doc, p)) != null) {
        Speaker speaker = speakerOf(reported.speaker(), p, p.firstSentence() - 1, doc, antecedents);
        antecedents.quotedBy(reported.speaker().begin(), p.firstSentence(), p.lastSentence(), speaker);
        p.credit(reported, speaker, SpeakerRule.CUE);
      } else if (continuesSpeech(doc, p, previous)) {
        p.credit(previous.credited(), previous.speaker(), SpeakerRule.CONTINUATION);
        antecedents.quotedBy(p.begin(), p.lastSentence(), p.lastSentence(), p.speaker());
      } else {
        Mention subject = p.isMarked() ? sentenceSubject(doc, p) : null;
        Attribution credited = new Attribution(-1, -1, subject); // a speaker phrase, no cue
        int sentence = p.firstSentence();
        if (subject == null && p.isMarked()) {
          subject = gerundClauseSubject(doc, p);
          credited = new Attribution(p.attribution().cueFrom(), p.attribution().cueTo(), subject); // the gerund
        }
        if (subject == null && (subject = subjectBefore(doc, p)) != null) {
          credited = new Attribution(-1, -1, subject);
          sentence--;
        }
        Speaker speaker = subject == null ? null : speakerOf(subject, p, sentence, doc, antecedents);
        if (speaker != null && speaker.type().equals(Speaker.PERSON)) {
          p.credit(credited, speaker, SpeakerRule.SUBJECT);
        } else {
          p.credit(p.attribution(), null, SpeakerRule.NONE);
        }
      }
      if (p.speaker() != null && p.speaker().name() != null
          && (p.rule() != SpeakerRule.SUBJECT || doc.opensSentence(p))) {
        previous = p; // a fragment in the reporter's sentence is no speech a later quotation goes on with
      }
    }
    creditRepeats(doc);
  }

  /**
   * The person a fragment without a cue is credited to: the subject opening the reporter's sentence it stands in,
   * a name, a role description or "he" or "she" before its verb ("He took credit for making “…”", "Coach Ann Roe is
   * navigating “…”", "The president also faulted Democrats for wanting “…”"). Null when the quotation opens its
   * sentence or follows only an attribution, or the sentence opens otherwise.
   */
  private static Mention sentenceSubject(QuoteDocument doc, Passage p) {
    if (Kinds.before(doc, p) != Kinds.Before.REPORTER) {
      return null;
    }
    Tokens t = doc.tokens();
    int open = t.indexAt(p.begin()) - 1;
    int first = SeeMentions.firstWord(doc, doc.firstToken(p.firstSentence()), open);
    int[] phrase = first < 0 ? null : Phrases.right(t, first, open);
    if (phrase == null || phrase[0] != first || phrase[1] >= open
        || !(t.is(phrase[1], ",") || t.isWord(phrase[1]) && !t.capitalized(phrase[1]))) {
      return null;
    }
    Mention m = Mention.of(t, phrase[0], phrase[1]);
    if (Phrases.isPluralPossessive(t, phrase[1]) || !Mention.stripPossessive(m.text()).equals(m.text())) {
      return null; // "Ann Roe’s plan offers “…”": the plan's words
    }
    boolean person = isNamedOpening(doc, m) || isRoleDescription(m) || m.isHeOrShe();
    return person ? m : null;
  }

  /**
   * The person a quotation without a cue, opening its sentence, is said by when the reporter's sentence just before
   * it in its paragraph is about that person: a name or "he" or "she" as its subject, before its verb or a
   * description set off by a comma ("Mr Roe wants the plan to work but conceded this was ambitious. “…”", "He plans
   * to …. “…”"). Null when the quotation is no whole sentence, or that sentence holds a quotation or opens otherwise.
   */
  private static Mention subjectBefore(QuoteDocument doc, Passage p) {
    int s = p.firstSentence() - 1;
    Passage.Shape shape = p.shape();
    if (!p.isMarked() || p.attribution().found() || s < 0 || !doc.opensSentence(p)
        || doc.paragraph(s) != doc.paragraph(p.firstSentence())
        || !shape.sentence() || shape.singleMarks() || holdsQuotation(doc, s)) {
      return null;
    }
    Tokens t = doc.tokens();
    int lo = doc.firstToken(s);
    int hi = doc.endToken(s);
    int first = SeeMentions.firstWord(doc, lo, hi);
    int[] phrase = first < 0 ? null : Phrases.right(t, first, hi);
    int after = phrase == null ? -1 : t.is(phrase[1], ",") ? phrase[1] + 1 : phrase[1]; // past an apposition's comma
    if (phrase == null || phrase[0] != first || after >= hi || !t.isWord(after) || t.capitalized(after)) {
      return null; // a verb or a description after the subject; not a list of names ("Ann Roe, Tom Reed and …")
    }
    Mention m = Mention.of(t, phrase[0], phrase[1]);
    return isNamedOpening(doc, m) || m.isHeOrShe() ? m : null;
  }

  /** Words that open a clause of a gerund before the main clause ("After declaring …, Ann Roe outlined …"). */
  private static final Set<String> GERUND_OPENERS = Lexicon.words("after before since while when upon by without");

  /**
   * A fragment whose cue is a gerund in the clause that opens its sentence ("Two weeks after declaring a “…,” Mayor
   * Ann Roe on Monday outlined …"): the subject of the main clause after that clause's comma; null otherwise.
   */
  private static Mention gerundClauseSubject(QuoteDocument doc, Passage p) {
    Attribution a = p.attribution();
    Tokens t = doc.tokens();
    int cue = a.cueFrom();
    int lo = doc.firstToken(p.firstSentence());
    int hi = doc.endToken(p.lastSentence());
    if (!a.found() || a.speaker() != null || cue - 1 < lo || !t.lower(cue).endsWith("ing")
        || !GERUND_OPENERS.contains(t.lower(cue - 1))) {
      return null;
    }
    for (int k = lo; k < cue; k++) {
      if (t.is(k, ",")) {
        return null; // the gerund's clause is not the one that opens the sentence
      }
    }
    int last = t.indexAt(p.end() - 1); // on to the comma that ends the clause, inside the marks or after, and its mark
    boolean comma = t.is(last, ",");
    int k = last + 1;
    while (k < hi && (Phrases.isQuotationMark(t, k) || !comma)) {
      comma |= t.is(k, ",");
      k++;
    }
    int[] phrase = comma ? Phrases.right(t, k, hi) : null;
    if (phrase == null || phrase[0] != k || phrase[1] >= hi || !t.isWord(phrase[1]) || t.capitalized(phrase[1])) {
      return null;
    }
    Mention m = Mention.of(t, phrase[0], phrase[1]);
    return isNamedOpening(doc, m) || m.isHeOrShe() ? m : null;
  }

  /**
   * A transcript's turn that holds quotations of its own ('KUHN: "I feel ashamed," he said.'): its speaker narrates,
   * and is not the "he" of the cues inside it.
   */
  private static boolean narrates(QuoteDocument doc, Passage turn) {
    return turn.isTurn() && doc.passages().stream()
        .anyMatch(q -> q.isMarked() && q.begin() > turn.begin() && q.begin() < turn.end());
  }

  /** The words a pull quote needs to override the speech it would otherwise continue. */
  private static final int REPEATED_WORDS = 6;

  /**
   * A quotation standing alone as its paragraph with no speaker, of three words or more, is printed again (a pull
   * quote between paragraphs, a heading): the speaker of the nearest quotation whose words hold all of its own. So is
   * one taken as going on with the quotation before it when another quotation holds all its words, {@link
   * #REPEATED_WORDS} or more: a pull quote after someone else's quotation.
   */
  private static void creditRepeats(QuoteDocument doc) {
    List<Passage> passages = doc.passages();
    List<String> spaced = null; // each passage's words with a space on either side: made once a quotation stands alone
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      boolean continued = p.rule() == SpeakerRule.CONTINUATION;
      if (!p.isMarked() || p.rule() != SpeakerRule.NONE && !continued || p.naming() != Passage.Naming.NONE
          || !standsAlone(doc.text(), p)) {
        continue;
      }
      if (spaced == null) {
        spaced = new ArrayList<>(passages.size());
        for (Passage q : passages) {
          spaced.add(" " + QuoteText.normalize(q.text()) + " ");
        }
      }
      if (QuoteText.words(spaced.get(i).substring(1, spaced.get(i).length() - 1)) < (continued ? REPEATED_WORDS : 3)) {
        continue;
      }
      Passage repeated = null;
      for (int j = 0; j < passages.size(); j++) {
        Passage q = passages.get(j);
        if (q != p && q.rule() != SpeakerRule.NONE && spaced.get(j).contains(spaced.get(i))
            && (repeated == null || Math.abs(q.begin() - p.begin()) < Math.abs(repeated.begin() - p.begin()))) {
          repeated = q;
        }
      }
      if (repeated != null) {
        p.credit(repeated.credited(), repeated.speaker(), SpeakerRule.REPEAT);
      }
    }
  }

  /** Nothing but marks, punctuation and spaces between the passage and the line breaks around it. */
  private static boolean standsAlone(String text, Passage p) {
    for (int b = p.begin() - 1; b >= 0 && text.charAt(b) != '\n'; b--) {
      if (Character.isLetterOrDigit(text.charAt(b))) {
        return false;
      }
    }
    for (int e = p.end(); e < text.length() && text.charAt(e) != '\n'; e++) {
      if (Character.isLetterOrDigit(text.charAt(e))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The author a statement at the cue names: the agent after the cue ("a statement issued by Deputy Press Secretary
   * Judd Deere:") or the person whose statement it is ("Young’s statement issued Thursday", "according to Young’s
   * remarks"); null if neither.
   */
  private static Mention author(QuoteDocument doc, Attribution a) {
    Mention m = a.speaker();
    Tokens t = doc.tokens();
    if (m.kind() == Mention.Kind.PERSON && !Mention.stripPossessive(m.text()).equals(m.text()) && m.to() < t.size()
        && AUTHORED.contains(t.lower(m.to()))) {
      return m.withoutPossessive(); // "according to Pompeo’s remarks", the noun read as a verb and left out
    }
    if (m.kind() != Mention.Kind.DOCUMENT || !AUTHORED.contains(t.lower(m.to() - 1))) {
      return null;
    }
    if (a.cueTo() > a.cueFrom() && t.is(a.cueTo(), "by")) {
      int[] agent = Phrases.right(t, a.cueTo() + 1, doc.endToken(doc.sentenceAt(t.begin(a.cueTo()))));
      Mention by = agent == null ? null : Mention.of(t, agent[0], agent[1]);
      if (by != null && (by.kind() == Mention.Kind.PERSON || by.kind() == Mention.Kind.ORGANISATION)) {
        return by;
      }
    }
    String first = t.word(m.from());
    if (m.to() - m.from() == 2 && (first.endsWith("’s") || first.endsWith("'s"))) {
      Mention owner = Mention.of(t, m.from(), m.from() + 1);
      return owner.kind() != Mention.Kind.PERSON ? null : owner.withoutPossessive();
    }
    return null;
  }

  /** How the phrase {@code m} came to name {@code speaker}. */
  private static SpeakerRule ruleOf(Mention m, Speaker speaker) {
    if (m.kind() == Mention.Kind.PRONOUN) {
      return SpeakerRule.PRONOUN;
    }
    if (Antecedents.isEpithet(m)) {
      return SpeakerRule.EPITHET;
    }
    return m.kind() == Mention.Kind.ANONYMOUS && speaker.type().equals(Speaker.PERSON) ? SpeakerRule.TITLE
        : SpeakerRule.CUE;
  }

  /**
   * A quotation without a cue that opens its sentence right after a sentence of its paragraph in which a named person
   * speaks without marks ("Union leader Ann Roe criticised the plans. “…”"), or opens the sentence with a verb of
   * opinion ("Roe thinks we are getting closer. “…”"), or, named or "he" or "she", opens a sentence that ends with a
   * colon, in the paragraph before too ("She paid tribute: ¶ “…”"): that person's cue, which introduces it; null if
   * there is none. A pronoun's cue there ("He insisted …") or a quotation in that sentence leaves the quotation to
   * {@link #continuesSpeech}.
   */
  private static Attribution introducer(QuoteDocument doc, Passage p) {
    int s = p.firstSentence() - 1;
    if (!p.isMarked() || p.attribution().found() || s < 0 || !doc.opensSentence(p)) {
      return null;
    }
    // a sentence that ends with a colon introduces the paragraph after it too ("She paid tribute: ¶ “…”")
    boolean colon = doc.endsWithColon(s);
    if (doc.paragraph(s) != doc.paragraph(p.firstSentence()) && !(colon && doc.opensParagraph(p))
        || holdsQuotation(doc, s)) {
      return null;
    }
    Tokens t = doc.tokens();
    int lo = doc.firstToken(s);
    int hi = doc.endToken(s);
    Attribution cue = CueBefore.nearest(t, lo, hi, doc.mask());
    int first = SeeMentions.firstWord(doc, lo, hi); // after an opening "But" or "Meanwhile,"
    int[] subject = first < 0 ? null : Phrases.right(t, first, hi);
    Mention opening = subject == null || subject[1] >= hi ? null : Mention.of(t, subject[0], subject[1]);
    if (!cue.found() && opening != null && (Lexicon.OPINION_VERBS.contains(t.lower(subject[1])) || colon)
        && (isNamedOpening(doc, opening) || colon && opening.isHeOrShe())) {
      cue = Attribution.withSpeaker(t, subject[1], subject[1] + 1, subject); // "Roe thinks …", "She put it so:"
    }
    Mention m = cue.speaker();
    return m != null && (m.kind() == Mention.Kind.PERSON || colon && m.isHeOrShe()) && first >= 0
        && m.begin() == t.begin(first) ? cue : null;
  }

  /** Sentence {@code s} holds a quotation mark or quoted words: the reporter's own sentence it is not. */
  private static boolean holdsQuotation(QuoteDocument doc, int s) {
    Tokens t = doc.tokens();
    for (int k = doc.firstToken(s); k < doc.endToken(s); k++) {
      if (doc.mask().covers(t.begin(k)) || Phrases.isQuotationMark(t, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Capitals opening a sentence name a person only with a first name or a title before them, or as a surname the
   * document names someone by ("Scores of …", "Emergency Declaration allows …", "Acme hopes" name nobody).
   */
  private static boolean isNamedOpening(QuoteDocument doc, Mention m) {
    return m.kind() == Mention.Kind.PERSON && (m.name().contains(" ")
        ? m.opensWithFirstName() || !m.titles().isEmpty() : doc.mentions().knowsSurname(m.name()));
  }

  private static boolean continuesSpeech(QuoteDocument doc, Passage p, Passage previous) {
    if (!p.isMarked() || previous == null || p.firstSentence() - previous.lastSentence() > reach(doc, previous, p)
        || p.attribution().found() && p.firstSentence() != previous.lastSentence()) {
      return false; // a cue of its own without a speaker continues only a quotation it interrupts
    }
    int paragraph = doc.paragraph(p.firstSentence());
    int before = doc.paragraph(previous.lastSentence());
    if (paragraph != before && !(paragraph == before + 1 && doc.opensParagraph(p))) {
      return false;
    }
    Passage.Shape shape = p.shape();
    return shape.clause() && (shape.words() >= 4 || shape.sentence()) && !shape.singleMarks();
  }

  /**
   * How many sentences after {@code previous} a quotation may still continue its speech: {@link #CONTINUATION_REACH},
   * or {@link #QUIET_REACH} when the sentences between name no one (the reporter's own account of what the speaker
   * means, between two of the speaker's quotations).
   */
  private static int reach(QuoteDocument doc, Passage previous, Passage p) {
    for (int s = previous.lastSentence() + 1; s < p.firstSentence(); s++) {
      if (!doc.mentions().inSentence(s).isEmpty()) {
        return CONTINUATION_REACH;
      }
    }
    return QUIET_REACH;
  }

  /**
   * Who the phrase {@code m} in {@code sentence}, which attributes passage {@code p}, names. A pronoun passes over the
   * people a marked quotation names (a reported clause is the reporter's words, which may name its speaker: "a
   * group, which Roe would not name, will buy it, he said").
   */
  private static Speaker speakerOf(Mention m, Passage p, int sentence, QuoteDocument doc, Antecedents antecedents) {
    if (m.kind() == Mention.Kind.PRONOUN) {
      // the reporter's own "I" ("“…,” I wrote to my son") is the writer, no one the story names before; inside a
      // quotation it is whoever speaks there
      return m.name().equals("i") && !doc.mask().covers(m.begin()) ? new Speaker(null, Speaker.UNKNOWN, false)
          : antecedents.pronoun(m, sentence, p.isMarked() ? QuoteText.namesInside(p.text()) : Set.of());
    }
    if (Antecedents.isEpithet(m)) {
      return antecedents.epithet(m, sentence);
    }
    Speaker named = NamedSpeakers.of(m, doc.mentions());
    if (m.kind() == Mention.Kind.ORGANISATION && m.isDefinite() && named.name().equals(m.name())) {
      // "the company" with no company's name before it: the brand quoted or named last ("Netflix says")
      Speaker company = antecedents.company(m, sentence);
      named = company != null ? company : named;
    }
    if (m.kind() == Mention.Kind.PERSON && !m.name().contains(" ")) {
      Speaker quoted = antecedents.lastQuotedWithSurname(m);
      named = quoted != null && !doc.mentions().setApartBySuffix(quoted.name()) ? quoted : named;
    }
    if (named.type().equals(Speaker.PERSON) && m.kind() == Mention.Kind.ANONYMOUS && isRoleDescription(m)) {
      antecedents.roleNamed(m, named); // a title the document gave a named person
    }
    boolean role = isRoleDescription(m);
    Mention setOff = named.type().equals(Speaker.ANONYMOUS) && (role || isNewDescription(m))
        ? nameSetOffBefore(m, doc) : null;
    if (named.type().equals(Speaker.ANONYMOUS) && (role || setOff != null)) {
      Speaker person = setOff != null ? NamedSpeakers.of(setOff, doc.mentions())
          : antecedents.personOfRole(m, sentence);
      if (person.type().equals(Speaker.PERSON)) {
        if (role) {
          antecedents.roleNamed(m, person);
        }
        return person;
      }
    }
    Speaker owned = named.type().equals(Speaker.ANONYMOUS) ? namedWithOwner(m, doc) : null;
    if (owned != null) {
      return owned;
    }
    Mention titled = named.type().equals(Speaker.ANONYMOUS) ? titledBefore(m, doc) : null;
    if (titled != null) {
      return NamedSpeakers.of(titled, doc.mentions());
    }
    if (named.type().equals(Speaker.ANONYMOUS)) {
      Speaker next = namedNext(m, sentence, doc);
      return next != null ? next : new Speaker(named.name(), named.type(), named.plural(), SpeakerOrgs.of(doc, m));
    }
    return named;
  }

  /**
   * A description of one person that no unnamed source has, opened by "a", "an" or its first title: "a fund manager
   * at Ace", "Acme chairman"; not "a spokesman for Ace", nor "his wife" or "several aldermen".
   */
  private static boolean isNewDescription(Mention m) {
    String opening = m.text().substring(0, Math.max(0, m.text().indexOf(' '))).toLowerCase(Locale.ROOT);
    return m.kind() == Mention.Kind.ANONYMOUS && !m.isPlural() && !m.titles().isEmpty()
        && (opening.equals("a") || opening.equals("an") || m.titles().get(0).equals(opening))
        && isPersonsRole(m, m.roleHead()) && !Lexicon.ANONYMOUS_HEADS.contains(m.roleHead());
  }

  /**
   * "Ann Ortiz, the leader of the Teachers Union said", "Matt Lee, a fund manager at Ace Trust said": a person's name
   * just before the description and its comma (the comma closing the description left out) is the person it
   * describes, unless a preposition governs it and the description is the subject of the cue right after it
   * ("Speaking to Le Soir, the coach said"; but "To Ann Roe, the group's chief, the move showed …"); null if none.
   */
  private static Mention nameSetOffBefore(Mention m, QuoteDocument doc) {
    if (m.from() == 0 || !doc.tokens().is(m.from() - 1, ",")) {
      return null;
    }
    for (Mentions.Seen s : doc.mentions().seen()) {
      if (s.mention().to() == m.from() - 1 && s.mention().kind() == Mention.Kind.PERSON
          && s.mention().name().contains(" ") && (!s.prepositional() || !Phrases.isCue(doc.tokens(), m.to()))) {
        return s.mention();
      }
    }
    return null;
  }

  /**
   * "the progressive lawmaker", "the 37-year-old doctor": a noun that alone is mostly an unnamed source ("the doctor
   * said") takes a word of description the reporter adds about someone already named; not "the senior banker", nor a
   * word that sets one unnamed source against another ("the foreign economist", "the current worker").
   */
  private static boolean isDescribedAnew(Mention m, String head) {
    String text = m.text();
    if (m.titles().size() < 2 || UNNAMED_SOURCES.contains(head) || text.contains("'") || text.contains("’")
        || Character.isUpperCase(text.charAt(text.lastIndexOf(' ') + 1))) {
      return false; // "the Scottish Executive" is a body; "the country's IMF representative" holds an office
    }
    for (String word : m.titles()) {
      if (CONTRASTING.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Words that set one unnamed source against another, or rank one: "the other doctor", "the senior banker". */
  private static final Set<String> CONTRASTING = Lexicon.words("other another second third current former foreign "
      + "same first senior junior top chief deputy assistant");

  /** Descriptors of sources who stay unnamed: a lede's "a senior official" is not the person named next. */
  private static final Set<String> UNNAMED_SOURCES = Lexicon.words("official officials source sources spokesman "
      + "spokeswoman spokesperson aide aides diplomat diplomats insider insiders");

  /** The role a news honorific abbreviates: "Dr. Ali said … The doctor said" is one person. */
  private static final Map<String, String> HONORIFIC_OF_ROLE = Map.of("doctor", "dr", "representative", "rep");

  /**
   * "Dr. Ali said … The doctor said": a bare definite role ({@link #HONORIFIC_OF_ROLE}) whose nearest person before it,
   * named or described with the same role, is named with that role's honorific; else null.
   */
  private static Mention titledBefore(Mention m, QuoteDocument doc) {
    String honorific = m.titles().size() == 1 ? HONORIFIC_OF_ROLE.get(m.titles().get(0)) : null;
    if (honorific == null || !m.text().toLowerCase(Locale.ROOT).equals("the " + m.titles().get(0))) {
      return null;
    }
    List<Mentions.Seen> seen = doc.mentions().seen();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention before = seen.get(i).mention();
      if (seen.get(i).pos() >= m.begin()) {
        continue;
      }
      if (before.kind() == Mention.Kind.PERSON) {
        return before.titles().contains(honorific) ? before : null;
      }
      if (before.kind() == Mention.Kind.ANONYMOUS && before.titles().contains(m.titles().get(0))) {
        return null; // "a doctor in the ward … the doctor": the unnamed one
      }
    }
    return null;
  }

  /**
   * "A PR expert has told the trial that …" then "Jane Cole told the court …": an indefinite descriptor in the lede
   * (the first two paragraphs) is the person whose full name, not used before, opens the next sentence; else null.
   */
  private static Speaker namedNext(Mention m, int sentence, QuoteDocument doc) {
    String lower = m.text().toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("a ") || lower.startsWith("an ")) || m.isPlural() || m.titles().isEmpty()
        || UNNAMED_SOURCES.contains(m.titles().get(m.titles().size() - 1)) || doc.paragraph(sentence) > 1
        || sentence + 1 >= doc.sentenceCount()) {
      return null;
    }
    Tokens t = doc.tokens();
    int[] phrase = Phrases.right(t, doc.firstToken(sentence + 1), doc.endToken(sentence + 1));
    Mention next = phrase == null ? null : Mention.of(t, phrase[0], phrase[1]);
    if (next == null || next.kind() != Mention.Kind.PERSON || !next.name().contains(" ")) {
      return null;
    }
    for (Mentions.Seen s : doc.mentions().seen()) {
      if (s.pos() < m.begin() && next.name().equals(s.mention().name())) {
        return null;
      }
    }
    return new Speaker(next.name(), Speaker.PERSON, false);
  }

  /**
   * "the shipping magnate", "the veteran coach": definite, one person, a role that is not an anonymous source's. A
   * "top" post is one person too, whatever its role ("the nation’s top infectious disease expert"; a country's top
   * diplomat is its foreign minister), but for "a top …" and the other posts of unnamed sources ("the top aide").
   */
  static boolean isRoleDescription(Mention m) {
    if (m.kind() != Mention.Kind.ANONYMOUS || m.isPlural() || m.titles().isEmpty()) {
      return false;
    }
    String head = m.roleHead();
    int top = m.titles().indexOf("top");
    if (top >= 0 && top < m.titles().size() - 1) {
      return !m.text().toLowerCase(Locale.ROOT).matches("(a|an|one|another|some) .*")
          && (head.equals("diplomat") || !UNNAMED_SOURCES.contains(head));
    }
    return m.isDefinite() && isPersonsRole(m, head);
  }

  /** The role of one person, not of an unnamed source (unless described anew), a document, a body or a place. */
  private static boolean isPersonsRole(Mention m, String head) {
    return (Lexicon.isRoleNoun(head) || Lexicon.isAgentOfArt(head) || Lexicon.DEMONYMS.contains(head))
        && (!Lexicon.ANONYMOUS_HEADS.contains(head) || isDescribedAnew(m, head))
        && !Lexicon.DOCUMENT_HEADS.contains(head) && !Lexicon.ORG_HEADS.contains(head)
        && !Lexicon.PLACES.contains(head);
  }

  /**
   * "Zentrix’s co-founder said" after "Zentrix’s Ann Roe": a role after a capitalized owner's possessive is the person
   * the document last named with that owner's possessive before it; null if none ("Slate’s CEO" is nobody quoted
   * before, though a researcher was).
   */
  private static Speaker namedWithOwner(Mention m, QuoteDocument doc) {
    int space = m.text().indexOf(' ');
    if (m.kind() != Mention.Kind.ANONYMOUS || m.isPlural() || m.titles().isEmpty() || space < 0) {
      return null;
    }
    String owner = m.text().substring(0, space);
    if (!Character.isUpperCase(owner.codePointAt(0)) || Mention.stripPossessive(owner).equals(owner)
        || !isPersonsRole(m, m.titles().get(m.titles().size() - 1))) {
      return null;
    }
    Mention named = null;
    for (Mentions.Seen s : doc.mentions().seen()) {
      if (s.pos() < m.begin() && s.mention().kind() == Mention.Kind.PERSON
          && s.mention().text().startsWith(owner + " ")) {
        named = s.mention();
      }
    }
    return named == null ? null : NamedSpeakers.of(named, doc.mentions());
  }
}
