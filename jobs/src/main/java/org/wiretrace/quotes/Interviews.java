package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretrace.text.Tokens;

/**
 * Step 4c: interviews and transcripts, whose speakers no cue names.
 * <ul>
 *   <li>Each turn of a transcript ({@link Transcript}) is one quotation of its label's speaker: the person the document
 *       names with that surname ("GROSS:" → Terry Gross) or those initials ("NP:" → Nilay Patel), else the label as
 *       written; "A:" is the interviewee, "Q:" nobody the document names, or in a Q&A column the reader whose
 *       signature ends the question ("— Ann Roe, Tulsa, Okla.").
 *   <li>An interview printed without cue verbs: when at least {@link #MIN_UNCUED} quotations of four words or more
 *       have no cue, and they are most of the document's ({@link #UNCUED_SHARE}), each of them is the
 *       interviewee's: the person the standfirst names first as a subject (opening a sentence or after a comma).
 *       A quotation opening its paragraph after a reporter's paragraph that names another person in full is no
 *       answer: such articles quote several people.
 *   <li>A quotation signed after its mark by a dash and a full name ("“…” — Rose Panieri"), or by a full name in
 *       brackets that end its paragraph ("“…” (Rose Panieri, M.D.)"), is that person's; so are the marked words of
 *       a copied post whose paragraph ends with its author's name, handle and date.
 *   <li>A statement printed under a label, without a cue verb: a paragraph (or, before a colon, a sentence of it)
 *       that opens with a person's name, then nothing, a description after a comma, a topic after "on" or a clause
 *       of which the name is the subject, and ends with a colon ("Jane Doe, professor of X at Y:" above the quoted
 *       paragraph, "President Trump: “…”", "Jane Doe has come out against the plan: “…”"; also "Trump on the
 *       economy, “…”" in one sentence). The quotation right after the label is that person's; quotations after it
 *       continue the speech.
 * </ul>
 * Their passages are credited here with {@link SpeakerRule#INTERVIEW}; {@link ResolveSpeakers} leaves them as they
 * are, and quotations after them may continue their speech.
 */
final class Interviews {
  static final int MIN_UNCUED = 4;
  static final double UNCUED_SHARE = 0.6;
  /** Sentences that make the standfirst. */
  private static final int STANDFIRST = 4;

  /** A reader's signature: a dash, a handle or a name, then where it was posted or the reader wrote from. */
  private static final String DASH = "[—–-][ \\t]*";
  private static final String HANDLE = "@\\w+";
  private static final String WHERE_FROM = "(?:,? (?:from|in|of|on|via) [\\p{L} .,]+|(?:, [\\p{Lu}][\\p{L}.]*)+)?"
      + "\\.?[ \\t]*";

  /**
   * The signature that ends a reader's question in a Q&A column: a handle or a name of two to four words, and where
   * the reader wrote from ("— @hoopsfan22 from Twitter", "— Ann Roe, Tulsa, Okla.").
   */
  private static final Pattern SIGNED_QUESTION = Pattern.compile("[ \\t]+" + DASH + "(" + HANDLE
      + "|\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3})" + WHERE_FROM + "$");

  /** A reply signed with a handle that ends its paragraph: "— @annroe", "— @annroe on Twitter". */
  private static final Pattern SIGNED_BY_HANDLE = Pattern.compile(DASH + "(" + HANDLE + ")" + WHERE_FROM + "(?:\\R|$)");

  private Interviews() {}

  static void annotate(QuoteDocument doc) {
    Speaker interviewee = interviewee(doc);
    List<Passage> passages = new ArrayList<>(doc.passages());
    for (Transcript.Turn turn : doc.turns()) {
      if (turn.inMarks()) {
        Speaker speaker = labelSpeaker(doc, turn.label(doc.text()), interviewee);
        for (Passage p : passages) {
          if (p.isMarked() && p.begin() > turn.begin() && p.end() <= turn.end() && !p.attribution().found()) {
            p.credit(Attribution.NONE, speaker, SpeakerRule.INTERVIEW);
          }
        }
        continue;
      }
      Speaker speaker = labelSpeaker(doc, turn.label(doc.text()), interviewee);
      int end = turn.end();
      Matcher signer = speaker == null ? SIGNED_QUESTION.matcher(doc.text()).region(turn.begin(), end) : null;
      if (signer != null && signer.find()) { // "Q: … — @hoopsfan22 from Twitter": the reader who asked
        speaker = new Speaker(signer.group(1), Speaker.PERSON, false);
        end = signer.start();
      }
      int sentence = doc.sentenceAt(turn.begin());
      Passage p = Passage.turn(turn.begin(), end, doc.text().substring(turn.begin(), end), sentence,
          doc.sentenceAt(end - 1));
      p.credit(Attribution.NONE, speaker, SpeakerRule.INTERVIEW);
      passages.add(p);
    }
    passages.sort(Comparator.comparingInt(Passage::begin));
    doc.setPassages(passages);
    for (Passage p : passages) {
      // a title-case answer signed by a reader ("“Kabobs at Reza’s” — Ann Roe") is what the reader wrote, no title
      Speaker signer = p.isMarked() && !p.attribution().found() && p.naming() != Passage.Naming.ALIAS
          ? signed(doc, p) : null;
      if (signer != null) {
        p.setNaming(Passage.Naming.NONE);
      }
      if (p.isMarked() && !p.attribution().found() && p.naming() == Passage.Naming.NONE) {
        Speaker label = signer != null ? signer : labelled(doc, p);
        if (label != null) {
          p.credit(Attribution.NONE, label, SpeakerRule.INTERVIEW);
        }
      }
      // a post's author wrote its few marked words, "so-called “…”" too; a sentence in marks is someone quoted
      if (p.isMarked() && !p.attribution().found() && p.naming() != Passage.Naming.TITLE
          && p.rule() != SpeakerRule.INTERVIEW && !p.shape().sentence() && p.shape().words() <= Kinds.MAX_SCARE) {
        Speaker author = postAuthor(doc, p);
        if (author != null) {
          p.credit(Attribution.NONE, author, SpeakerRule.INTERVIEW);
        }
      }
    }
    if (interviewee != null && isUncuedInterview(doc, passages, interviewee)) {
      for (int i = 0; i < passages.size(); i++) {
        Passage p = passages.get(i);
        if (uncued(doc, passages, i, interviewee) && p.rule() != SpeakerRule.INTERVIEW) { // a label's speaker stays
          p.credit(Attribution.NONE, interviewee, SpeakerRule.INTERVIEW);
        }
      }
    }
  }

  /**
   * Passage {@code i} is a quotation of an interviewee's answer: marked, without a cue, and not the second half of a
   * quotation with a cue in its paragraph ("“…,” Roe said. “…”" continues Roe's speech, not the interviewee's).
   */
  private static boolean uncued(QuoteDocument doc, List<Passage> passages, int i, Speaker interviewee) {
    Passage p = passages.get(i);
    return p.isMarked() && !p.attribution().found() && p.naming() == Passage.Naming.NONE && p.shape().clause()
        && p.shape().words() >= 4 && !p.shape().singleMarks() && !continuesACuedQuotation(doc, passages, i)
        && !introducedByAnother(doc, p, interviewee) && !afterAnothersReportedSpeech(doc, passages, i, interviewee);
  }

  /**
   * The passage before, in the same paragraph, is reported speech whose cue's subject is another person named in full
   * ("Ann Roe, who designed it, says the goal is …. “…”"): the quotation goes on with that person's speech.
   */
  private static boolean afterAnothersReportedSpeech(QuoteDocument doc, List<Passage> passages, int i,
      Speaker interviewee) {
    Passage before = beforeInParagraph(doc, passages, i);
    Mention m = before == null || before.isMarked() ? null : before.attribution().speaker();
    return m != null && namesAnotherInFull(doc, m, interviewee);
  }

  /**
   * The quotation opens its paragraph and the paragraph before, the reporter's own, names another person in full
   * ("Edward Snowden put it this way." then the quotation): a feature quoting several people, not an interview.
   */
  private static boolean introducedByAnother(QuoteDocument doc, Passage p, Speaker interviewee) {
    int s = p.firstSentence();
    if (s == 0 || !doc.opensParagraph(p)) {
      return false;
    }
    int before = doc.paragraph(s) - 1;
    for (Mentions.Seen seen : doc.mentions().seen()) {
      Mention m = seen.mention();
      if (doc.paragraph(seen.sentence()) == before && !doc.mask().covers(m.begin())
          && namesAnotherInFull(doc, m, interviewee)) {
        return true;
      }
    }
    return false;
  }

  /** A person named in full who is not the interviewee. */
  private static boolean namesAnotherInFull(QuoteDocument doc, Mention m, Speaker interviewee) {
    return m.kind() == Mention.Kind.PERSON && m.name().contains(" ")
        && !doc.mentions().fullName(m.name()).equals(interviewee.name());
  }

  /** The passage right before passage {@code i} when it ends in the paragraph passage {@code i} opens in, else null. */
  private static Passage beforeInParagraph(QuoteDocument doc, List<Passage> passages, int i) {
    Passage before = i > 0 ? passages.get(i - 1) : null;
    return before != null && doc.paragraph(before.lastSentence()) == doc.paragraph(passages.get(i).firstSentence())
        ? before : null;
  }

  private static boolean continuesACuedQuotation(QuoteDocument doc, List<Passage> passages, int i) {
    Passage before = beforeInParagraph(doc, passages, i);
    return before != null && before.isMarked() && before.attribution().found();
  }

  private static boolean isUncuedInterview(QuoteDocument doc, List<Passage> passages, Speaker interviewee) {
    int speech = 0;
    int uncued = 0;
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      if (p.isMarked() && p.shape().words() >= 4 && p.naming() == Passage.Naming.NONE
          && !continuesACuedQuotation(doc, passages, i)) { // neither an answer nor a reporter's quotation
        speech++;
        uncued += uncued(doc, passages, i, interviewee) ? 1 : 0;
      }
    }
    return uncued >= MIN_UNCUED && uncued >= UNCUED_SHARE * speech;
  }

  /**
   * The person the standfirst names first as a subject (the mention opens its sentence or follows a comma: "To
   * mark …, Rob Partridge - … - remembers"), with a full name; null if none.
   */
  static Speaker interviewee(QuoteDocument doc) {
    Tokens t = doc.tokens();
    for (Mentions.Seen s : doc.mentions().seen()) {
      if (s.sentence() >= STANDFIRST) {
        break;
      }
      Mention m = s.mention();
      boolean subject = m.from() == doc.firstToken(s.sentence()) || m.from() > 0 && t.is(m.from() - 1, ",");
      if (m.kind() == Mention.Kind.PERSON && m.name().contains(" ") && subject) {
        return new Speaker(doc.mentions().fullName(m.name()), Speaker.PERSON, false);
      }
    }
    return null;
  }

  /**
   * The person who signs a quotation after its closing mark: a dash, then a full name, or a surname the document
   * names in full, that ends the paragraph or comes before a bracket or a comma (“…” — Rose Panieri; “…” – Dr. Owen
   * Falk [SOURCE]; “…” – Falk), or in brackets that end the paragraph (“…” (Rose Panieri, M.D.)), as vox pops,
   * readers' answers, testimonials and epigraphs are printed; the quotation opens its paragraph. Null if none.
   */
  private static Speaker signed(QuoteDocument doc, Passage p) {
    if (!doc.opensParagraph(p)) {
      return null; // "“…,” she said. “…” — Ann Roe" is the reporter signing an entry of a live page
    }
    Tokens t = doc.tokens();
    int sign = t.indexAt(p.end() - 1) + 1; // past the quotation's last token and its closing mark: a dash or bracket
    while (sign < t.size() && Phrases.isQuotationMark(t, sign)) {
      sign++;
    }
    if (sign >= t.size()) {
      return null; // the quotation ends the text
    }
    Matcher handle = SIGNED_BY_HANDLE.matcher(doc.text()).region(t.begin(sign), doc.text().length());
    if (handle.lookingAt()) {
      return new Speaker(handle.group(1), Speaker.PERSON, false); // "“…” — @annroe on Twitter"
    }
    // any hyphen signs, spaced or not: "“…” -Ann Roe" (Phrases.isDash wants a spaced one, inside a sentence); or
    // the name in brackets ending the paragraph: "“…” (Ann Roe, M.D.)"
    boolean bracket = t.is(sign, "(");
    if (sign + 1 >= t.size() || !(Lexicon.DASHES.contains(t.word(sign)) || t.is(sign, "-") || bracket)
        || doc.mask().covers(t.begin(sign))) {
      return null;
    }
    int last = doc.sentenceAt(t.begin(sign));
    // the signature on the line after the quotation's paragraph ("“…”\n\n—Ann, Ohio") is its own paragraph
    boolean ownLine = doc.paragraph(last) != doc.paragraph(doc.sentenceAt(p.end() - 1));
    while (last + 1 < doc.sentenceCount() && doc.paragraph(last + 1) == doc.paragraph(last)) {
      last++;
    }
    int hi = doc.endToken(last);
    int[] name = Phrases.right(t, sign + 1, hi);
    if (name == null || name[0] != sign + 1
        || name[1] < hi && !t.is(name[1], "[") && !t.is(name[1], "(") && !t.is(name[1], ",") && !t.is(name[1], ")")
        || bracket && !closesParagraph(t, name[1], hi) || ownLine && !endsWithPlace(t, name[1], hi)) {
      return null;
    }
    Mention m = Mention.of(t, name[0], name[1]);
    String full = m.kind() == Mention.Kind.PERSON ? doc.mentions().fullName(m.name()) : "";
    if (!full.contains(" ") && name[1] == name[0] + 1 && !full.isEmpty()
        && (Lexicon.isFirstName(full) || name[1] < hi && endsWithPlace(t, name[1], hi))) {
      return new Speaker(full, Speaker.PERSON, false); // a reader signing with a first name: "— Ann, Ohio"
    }
    return full.contains(" ") ? new Speaker(full, Speaker.PERSON, false) : null; // or a surname named in full before
  }

  /**
   * From {@code k} to {@code hi}, nothing or where a signer wrote from: capitalized words after commas, perhaps a
   * final stop (", Tulsa, Okla.").
   */
  private static boolean endsWithPlace(Tokens t, int k, int hi) {
    for (int i = k; i < hi; i++) {
      boolean comma = t.is(i, ",") && i + 1 < hi;
      boolean stop = t.is(i, ".") && i + 1 == hi;
      if (!comma && !stop && !(t.isWord(i) && Character.isUpperCase(t.word(i).charAt(0)))) {
        return false;
      }
    }
    return k == hi || t.is(k, ",");
  }

  /** A bracket opened before k closes at k or after a description, and only a full stop follows it before hi. */
  private static boolean closesParagraph(Tokens t, int k, int hi) {
    int close = k;
    while (close < hi && !t.is(close, ")") && !t.is(close, "(")) {
      close++;
    }
    return close < hi && t.is(close, ")") && (close + 1 == hi || close + 2 == hi && t.is(close + 1, "."));
  }

  /**
   * The author of a copied post that holds the quotation: its paragraph ends with a dash, a person's name, their
   * handle in brackets and the date, as an embedded tweet does ('… so-called “co-morbidities” … — Ann Roe
   * (@annroe) March 11, 2020'). Null if the paragraph ends otherwise.
   */
  private static Speaker postAuthor(QuoteDocument doc, Passage p) {
    Tokens t = doc.tokens();
    int last = p.lastSentence();
    while (last + 1 < doc.sentenceCount() && doc.paragraph(last + 1) == doc.paragraph(last)) {
      last++;
    }
    int hi = doc.endToken(last);
    int after = t.indexAt(p.end() - 1) + 1;
    while (after < hi && Phrases.isQuotationMark(t, after)) {
      after++;
    }
    if (after < hi && t.word(after).startsWith("http")) {
      return null; // a headline before its link is the linked page's
    }
    for (int dash = after; dash < hi; dash++) {
      if (Lexicon.DASHES.contains(t.word(dash)) && !doc.mask().covers(t.begin(dash))) {
        int[] name = Phrases.right(t, dash + 1, hi);
        int open = name == null ? hi : name[1];
        while (open < hi && !t.isWord(open) && !t.is(open, "(")) {
          open++; // an emoji after the name
        }
        boolean handle = open + 2 < hi && t.is(open, "(") && t.word(open + 1).startsWith("@") && t.is(open + 2, ")");
        Mention m = handle && name[0] == dash + 1 ? Mention.of(t, name[0], name[1]) : null;
        return m != null && m.kind() == Mention.Kind.PERSON ? new Speaker(m.name(), Speaker.PERSON, false) : null;
      }
    }
    return null;
  }

  /** Words of a label before its colon: a name and a short description. */
  private static final int MAX_LABEL = 40;

  /**
   * The person of the label right before the marked passage {@code p}: the paragraph before it when the quotation
   * opens its paragraph and that one ends with a colon, else the words before the opening mark in its own sentence
   * ending with a colon, or in its own paragraph ending with a colon or a comma; null when there is no such label or
   * it opens with no person's name.
   */
  private static Speaker labelled(QuoteDocument doc, Passage p) {
    Tokens t = doc.tokens();
    int open = t.indexAt(p.begin()) - 1; // the opening mark
    int s = p.firstSentence();
    int paragraph = doc.paragraph(s);
    int hi = open - 1; // the token that ends the label
    while (s > 0 && doc.paragraph(s - 1) == paragraph) {
      s--;
    }
    boolean nameLine = false;
    if (hi < doc.firstToken(s)) { // the quotation opens its paragraph: the label is the paragraph before
      if (s == 0) {
        return null;
      }
      paragraph = doc.paragraph(s - 1);
      hi = doc.endToken(s - 1) - 1;
      nameLine = isNameLine(doc, s - 1);
      hi = nameLine ? hi + 1 : hi;
      while (s > 0 && doc.paragraph(s - 1) == paragraph) {
        s--;
      }
      if (!nameLine && !t.is(hi, ":")) {
        return null;
      }
    } else if (!t.is(hi, ":") && !t.is(hi, ",")) {
      return null;
    } else if (t.is(hi, ":") && p.firstSentence() > s) { // or its own sentence: "“…,” NORML said. Ann Roe
      // threatened arrests: “…”"
      Speaker own = labelFrom(doc, doc.firstToken(p.firstSentence()), hi, false);
      if (own != null) {
        return own;
      }
    }
    return labelFrom(doc, doc.firstToken(s), hi, nameLine);
  }

  /** The person whose name opens the label [lo, hi) (see {@link #labelled}); null if none. */
  private static Speaker labelFrom(QuoteDocument doc, int lo, int hi, boolean nameLine) {
    Tokens t = doc.tokens();
    if (hi - lo > MAX_LABEL || doc.mask().covers(t.begin(lo))) {
      return null;
    }
    int[] name = Phrases.right(t, lo, hi);
    if (name == null || name[0] != lo || name[1] < hi && !t.is(name[1], ",") && !t.is(name[1], "on")
        && !introducesByClause(doc, name, hi)) {
      return null;
    }
    for (int k = lo; k < hi; k++) {
      if (Phrases.isCue(t, k) || doc.mask().covers(t.begin(k))) {
        return null; // "Critics said:" is a cue's, not a label's
      }
    }
    Mention m = Mention.of(t, name[0], name[1]);
    boolean known = m.name().contains(" ") || doc.mentions().knowsSurname(m.name())
        || nameLine && Lexicon.isFirstName(m.name());
    return m.kind() == Mention.Kind.PERSON && known
        ? new Speaker(doc.mentions().fullName(m.name()), Speaker.PERSON, false) : null;
  }

  /**
   * Sentence {@code s} is a paragraph of its own that ends without punctuation: a line naming whoever speaks in the
   * paragraphs under it, as pages of readers' or passers-by's words print them ("Ann Roe, nurse", then "“…”").
   */
  private static boolean isNameLine(QuoteDocument doc, int s) {
    Tokens t = doc.tokens();
    int last = doc.endToken(s) - 1;
    boolean alone = doc.opensParagraph(s) && doc.endsParagraph(s);
    return alone && last >= doc.firstToken(s) && t.isWord(last);
  }

  /**
   * The label is one sentence in which the name is the subject of a verb that is no cue, and ends with a colon:
   * "Ann Roe has come out against the plan: “…”" speaks for Ann Roe as "Ann Roe:" would.
   */
  private static boolean introducesByClause(QuoteDocument doc, int[] name, int hi) {
    Tokens t = doc.tokens();
    return t.is(hi, ":") && t.isWord(name[1]) && !t.capitalized(name[1])
        && doc.sentenceAt(t.begin(name[0])) == doc.sentenceAt(t.begin(hi));
  }

  /** The full name holds the word {@code word} and another word opening with {@code initial}: "Lee Man-hee". */
  private static boolean hasNameAndInitial(String name, String word, String initial) {
    boolean hasWord = false;
    boolean hasInitial = false;
    for (String w : name.split(" ")) {
      if (!hasWord && NameVariants.fold(w).equals(NameVariants.fold(word))) {
        hasWord = true;
      } else if (w.regionMatches(true, 0, initial, 0, 1)) {
        hasInitial = true;
      }
    }
    return hasWord && hasInitial;
  }

  /**
   * Who a turn's label names: a person the document names in full, by surname, initials, a name and an initial, or
   * first name.
   */
  private static Speaker labelSpeaker(QuoteDocument doc, String label, Speaker interviewee) {
    String clean = label.replace(".", "").strip();
    if (clean.equalsIgnoreCase("q")) {
      return null;
    }
    if (clean.equalsIgnoreCase("a")) {
      return interviewee;
    }
    boolean initials = clean.length() <= 3 && clean.equals(clean.toUpperCase(Locale.ROOT)) && !clean.contains(" ");
    String[] words = clean.split(" ");
    // "LEE M:", "LEE J:": a transcript tells two people of one family name apart by their given names' initials
    boolean nameAndInitial = words.length == 2 && words[0].length() > 1 && words[1].length() == 1;
    String labelSurname = NameVariants.fold(clean.substring(clean.lastIndexOf(' ') + 1));
    String byInitials = null;
    for (Mentions.Seen s : doc.mentions().seen()) {
      Mention m = s.mention();
      // a first name alone counts by the full name the document gives it ("Ann and Tom Roe": Ann Roe, "AR:")
      String name = m.kind() == Mention.Kind.PERSON ? doc.mentions().fullName(m.name()) : "";
      if (!name.contains(" ")) {
        continue;
      }
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      if (NameVariants.fold(surname).equals(labelSurname)) {
        return new Speaker(name, Speaker.PERSON, false);
      }
      if (byInitials == null && (initials && Phrases.initials(name).equals(clean)
          || nameAndInitial && hasNameAndInitial(name, words[0], words[1]))) {
        byInitials = name;
      }
    }
    String name = byInitials != null ? byInitials : titleCase(label.strip());
    String full = name.contains(" ") ? name : doc.mentions().fullName(name); // "Bill:" where Bill Gates is named
    return new Speaker(full.contains(" ") ? full : name, Speaker.PERSON, false);
  }

  /** "GROSS" → "Gross"; "Scott Pelley" stays. */
  private static String titleCase(String label) {
    if (!label.equals(label.toUpperCase(Locale.ROOT))) {
      return label;
    }
    StringBuilder out = new StringBuilder();
    for (String w : label.toLowerCase(Locale.ROOT).split(" ")) {
      out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }
}
