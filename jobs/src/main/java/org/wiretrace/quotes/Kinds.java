package org.wiretrace.quotes;

import org.wiretrace.text.Tokens;

/**
 * Step 6: the kind of each passage, by its place in the sentence rather than its length.
 * <ul>
 *   <li>"indirect": reported speech; "title": a title or a sign's words ({@link NamesInMarks}); an alias is "scare".
 *   <li>"direct": the quotation stands as the speaker's own sentence: it opens its sentence, or only an attribution
 *       stands before it ("X said:", "In a statement, it said,"), and it starts with a capital, or resumes a sentence
 *       the quotation itself began ('"The reason," one trader said, "is that …"'); however short ('"We can win,"
 *       the coach told reporters'). So is a whole clause of {@link #MIN_CLAUSE} words or more that a cue introduces
 *       with "that" and that ends the sentence ('Peskov said that “we hope they will …”'), and a quotation
 *       continuing a speech.
 *   <li>"partial": a fragment inside the reporter's own sentence ('said that “…”', 'called it “…”', 'If …,
 *       “…”'), when the sentence attributes it or it runs over {@link #MAX_SCARE} words.
 *   <li>"scare": a few words that no cue attributes, or a term inside a noun phrase ('a high “churn rate”').
 * </ul>
 */
final class Kinds {
  /** Fewest words of a that-clause quotation read as direct. */
  static final int MIN_CLAUSE = 5;
  /** Longest unattributed quotation read as a scare quote. */
  static final int MAX_SCARE = 6;
  /** How many words an attribution before a quotation may hold after its cue ("told BBC One's Breakfast:"). */
  private static final int MAX_AFTER_CUE = 8;

  /** What stands in the quotation's sentence before its opening mark. */
  enum Before { NOTHING, ATTRIBUTION, REPORTER }

  private Kinds() {}

  static void annotate(QuoteDocument doc) {
    for (Passage p : doc.passages()) {
      p.setKind(kindOf(doc, p));
    }
  }

  private static String kindOf(QuoteDocument doc, Passage p) {
    if (p.isTurn()) {
      return "direct";
    }
    if (!p.isMarked()) {
      return "indirect";
    }
    if (p.naming() == Passage.Naming.TITLE) {
      return "title";
    }
    if (p.naming() == Passage.Naming.ALIAS) {
      return "scare";
    }
    if (p.isContinuation()) {
      return "direct";
    }
    Tokens t = doc.tokens();
    Passage.Shape shape = p.shape();
    boolean capital = startsWithCapital(p.text());
    Before before = before(doc, p);
    boolean resumed = before == Before.ATTRIBUTION && sentenceOpensWithQuotation(doc, p);
    if (before != Before.REPORTER && (capital || resumed) || capital && shape.sentence() && afterColon(doc, p)) {
      return "direct";
    }
    if (shape.words() >= MIN_CLAUSE && isThatClause(doc, p) && (endsSentence(doc, p) || endsClause(p.text()))) {
      return "direct";
    }
    // a speaker found without a cue (a post's author, a label's, the sentence's subject) leaves a few marked words a
    // scare quote
    boolean attributed = p.speaker() != null && p.speaker().name() != null && p.rule() != SpeakerRule.INTERVIEW
        && p.rule() != SpeakerRule.SUBJECT || p.attribution().found();
    if (!attributed) {
      return shape.words() > MAX_SCARE ? "partial" : "scare";
    }
    return shape.words() <= 3 && insideNounPhrase(t, p) ? "scare" : "partial";
  }

  /**
   * Nothing, only an attribution (a cue, its subject and a few words after it, then ':' or ','; or a label before ':'),
   * or the reporter's own words stand before the opening mark in its sentence.
   */
  static Before before(QuoteDocument doc, Passage p) {
    Tokens t = doc.tokens();
    int open = t.indexAt(p.begin()) - 1;
    int lo = doc.firstToken(p.firstSentence());
    int k = open - 1;
    while (k >= lo && !t.isWord(k) && !t.is(k, ":") && !t.is(k, ",")) {
      k--; // an opening parenthesis or dash
    }
    if (k < lo) {
      return lo > 0 && p.firstSentence() > 0 && doc.endsWithColon(p.firstSentence() - 1) ? Before.ATTRIBUTION
          : Before.NOTHING;
    }
    boolean separated = t.is(k, ":") || t.is(k, ",");
    if (t.is(k, ":") && p.rule() == SpeakerRule.INTERVIEW) {
      return Before.ATTRIBUTION; // a label or a clause naming the speaker before the colon ({@link Interviews})
    }
    if (separated) {
      k--;
    }
    if (k < lo) {
      return Before.ATTRIBUTION; // ': "…"', a label's colon left before an interview's answer
    }
    for (int j = k; j >= lo && k - j <= MAX_AFTER_CUE; j--) {
      if (doc.mask().covers(t.begin(j))) {
        break;
      }
      String w = t.lower(j);
      if ((Phrases.isCue(t, j) && !Attribution.isNoun(t, j) || Attribution.isAccordingTo(t, j))
          && (separated || j == k)) {
        return Before.ATTRIBUTION;
      }
      if (w.equals("that") || w.equals("whether") || w.equals("if") || w.equals("because") || w.equals("as")
          || w.equals("when") || w.equals("how") || w.equals("why") || w.equals("what") || !t.isWord(j)
          && !t.is(j, "'") && !t.is(j, "’")) {
        break;
      }
    }
    return Before.REPORTER;
  }

  /**
   * A colon stands right before the opening mark: whole sentences after it stand as the speaker's own, whatever the
   * reporter wrote before ("X echoed that view in an email: “It is not airborne.”").
   */
  private static boolean afterColon(QuoteDocument doc, Passage p) {
    Tokens t = doc.tokens();
    int k = t.indexAt(p.begin()) - 2;
    return k >= doc.firstToken(p.firstSentence()) && t.is(k, ":");
  }

  /** The first letter is a capital ('"\'We are …' counts the W). */
  private static boolean startsWithCapital(String quote) {
    for (int i = 0; i < quote.length(); i++) {
      if (Character.isLetterOrDigit(quote.charAt(i))) {
        return Character.isUpperCase(quote.charAt(i));
      }
    }
    return false;
  }

  /** "that" right before the mark, a cue at most {@link #MAX_AFTER_CUE} words before it: 'told reporters that “…'. */
  private static boolean isThatClause(QuoteDocument doc, Passage p) {
    Tokens t = doc.tokens();
    int k = t.indexAt(p.begin()) - 2;
    if (k >= 0 && t.is(k, ",")) {
      k--;
    }
    if (k < 0 || !t.is(k, "that")) {
      return false;
    }
    int lo = doc.firstToken(p.firstSentence());
    for (int j = k - 1; j >= lo && k - j <= MAX_BEFORE_THAT; j--) {
      if (Phrases.isCue(t, j) && !Attribution.isNoun(t, j)) {
        return true;
      }
    }
    return false;
  }

  /** How far before "that" its cue may stand: 'called in English to reporters present in the room that “…'. */
  private static final int MAX_BEFORE_THAT = 12;

  /** The quotation closes on its own punctuation: 'that “Russia fears no one,” when …'. */
  private static boolean endsClause(String quote) {
    return ".,!?".indexOf(quote.charAt(quote.length() - 1)) >= 0;
  }

  /** Nothing but punctuation or an attribution follows the closing mark in the sentence. */
  private static boolean endsSentence(QuoteDocument doc, Passage p) {
    Tokens t = doc.tokens();
    int k = t.indexAt(p.end());
    int hi = doc.endToken(p.lastSentence());
    while (k < hi && !t.isWord(k)) {
      k++;
    }
    return k >= hi || p.attribution().found() && p.attribution().cueFrom() >= k;
  }

  /** The sentence opens with a quotation that this one resumes: '"The reason," one trader said, "is that …"'. */
  private static boolean sentenceOpensWithQuotation(QuoteDocument doc, Passage p) {
    Tokens t = doc.tokens();
    int lo = doc.firstToken(p.firstSentence());
    return lo < t.size() && !t.isWord(lo) && doc.mask().covers(t.begin(Math.min(lo + 1, t.size() - 1)))
        && t.begin(lo + 1) < p.begin();
  }

  /** An adjective stands right before the mark: 'a high “churn rate”', 'alleged impending “aggression”'. */
  private static boolean insideNounPhrase(Tokens t, Passage p) {
    int k = t.indexAt(p.begin()) - 2;
    if (k < 0 || !t.isWord(k)) {
      return false;
    }
    String w = t.lower(k);
    return !t.capitalized(k) && (w.endsWith("al") || w.endsWith("ic") || w.endsWith("ive") || w.equals("high")
        || w.equals("low") || w.equals("new") || w.equals("so-called"));
  }
}
