package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.wiretrace.text.Tokens;

/**
 * Step 4: reported speech without marks, in the sentences no quotation touches: "According to X, …", "…, X said.",
 * "… – X said.", "…, X said, …" and "X said (that) …" / "X said he …", with at least {@link #MIN_WORDS} words
 * reported. Adds a passage for each to the marked ones, in reading order.
 */
final class ReportedSpeech {
  private static final int MIN_WORDS = 4;
  /** The commas a trailing attribution may hold: the one before it and two around an appositive. */
  private static final int APPOSITIVE_COMMAS = 3;

  /** Words that open the reported clause right after a speech verb: "X stressed his …", "X warned she …". */
  private static final Set<String> REPORTED_SUBJECTS = Lexicon.words("he she they his her their");

  private ReportedSpeech() {}

  static void annotate(QuoteDocument doc) {
    List<Passage> passages = new ArrayList<>(doc.passages());
    for (int s = 0; s < doc.sentenceCount(); s++) {
      Passage reported = doc.touchedByQuotation(s) ? null : reported(doc, s);
      if (reported != null) {
        passages.add(reported);
      }
    }
    passages.sort(Comparator.comparingInt(Passage::begin)); // the order in which the reader meets them
    doc.setPassages(passages);
  }

  /** The reported speech of sentence {@code s}, or null. */
  private static Passage reported(QuoteDocument doc, int s) {
    Tokens t = doc.tokens();
    int lo = doc.firstToken(s);
    int hi = doc.endToken(s);
    while (hi > lo && !t.isWord(hi - 1)) {
      hi--;
    }
    if (hi - lo < MIN_WORDS + 2) {
      return null;
    }
    if (Attribution.isAccordingTo(t, lo)) {
      for (int k = lo + 2; k < hi; k++) {
        if (t.is(k, ",")) {
          Attribution a = Attribution.withSpeaker(t, lo, lo + 2, Phrases.right(t, lo + 2, k));
          return hi - k > MIN_WORDS ? passage(doc, k + 1, hi, a, s) : null;
        }
      }
      return null;
    }
    // "…, officials said."; "…, Anna Roe, chief economist at the bank, said." and "…, the bank's chief economist,
    // Anna Roe, said.": a name set off by an appositive's commas, from the first comma that gives it
    Passage trailing = null;
    Mention speaker = null;
    int commas = 0;
    for (int k = hi - 2; k > lo + MIN_WORDS && commas < APPOSITIVE_COMMAS; k--) {
      boolean dash = Lexicon.DASHES.contains(t.word(k)); // "… who does it – and when – the minister said."
      if (t.is(k, ",") || dash) {
        Attribution a = Attribution.after(t, dash ? k + 1 : k, hi);
        boolean participle = a.found() && a.speaker() != null
            && Attribution.participleFollows(t, Attribution.endOf(a), hi);
        if (a.found() && a.speaker() != null && (a.speaker().to() >= hi - 1 || Attribution.describedToEnd(t, a, hi))
            || a.found() && a.cueTo() == hi || participle) {
          // the last comma's attribution as it is, or one a participle's clause follows; an earlier comma's only for a
          // name set off before an appositive
          if (commas == 0 || participle && trailing == null || isFullName(a.speaker())
              && (trailing == null || !isFullName(speaker) || speaker.from() == a.speaker().from())) {
            trailing = passage(doc, lo, k, a, s);
            speaker = a.speaker();
          }
        }
        commas++;
      }
    }
    if (trailing != null) {
      return trailing;
    }
    Passage inserted = inserted(doc, s, lo, hi);
    if (inserted != null) {
      return inserted;
    }
    for (int c = lo + 1; c < hi - MIN_WORDS; c++) { // "X said (that) …"
      String lemma = Lexicon.CUES.get(t.lower(c));
      if (lemma == null || inName(t, c) || !Lexicon.SAY_VERBS.contains(lemma) || Attribution.isNoun(t, c)) {
        continue;
      }
      int[] subject = Subjects.of(t, c, lo);
      if (subject == null) {
        continue;
      }
      int from = -1; // where the reported words start
      for (int k = c + 1; k < Math.min(hi, c + 6) && from < 0; k++) {
        if (t.is(k, "that") && hi - k > MIN_WORDS) {
          from = k + 1;
        }
      }
      if (from < 0 && lemma.equals("say") && (Lexicon.PRONOUNS.contains(Mention.pronounOf(t.lower(c + 1)))
          || Lexicon.DETERMINERS.contains(t.lower(c + 1)))) {
        from = c + 1; // "X said he …", "X said he's …"
      }
      if (from < 0 && REPORTED_SUBJECTS.contains(t.lower(c + 1))) {
        from = c + 1; // "X stressed his team might …", "X warned they would …": a clause without "that"
      }
      if (from >= 0) {
        return passage(doc, from, hi, Attribution.withSpeaker(t, c, c + 1, subject), s);
      }
    }
    return null;
  }

  /**
   * An attribution set off by commas inside the sentence [lo, hi) ("The plan, she said, will cost …", "Plus, he added,
   * the city …"): the words on both sides are reported, so the passage is the sentence; not when a participle follows
   * ("…, he said, adding that …"), nor after a cue that comes first ("…, said Ann Roe, who …").
   */
  private static Passage inserted(QuoteDocument doc, int s, int lo, int hi) {
    Tokens t = doc.tokens();
    for (int k = lo + 1; k < hi - MIN_WORDS; k++) {
      if (t.is(k, ",")) {
        Attribution a = Attribution.after(t, k, hi);
        if (!a.found() || a.speaker() == null || a.speaker().from() > a.cueFrom()) {
          continue; // "…, said Ann Roe, who runs a bank": a relative clause, not more of what she said
        }
        int end = Attribution.endOf(a);
        if (end < hi && t.is(end, ",") && (k - lo) + (hi - end - 1) >= MIN_WORDS && !Phrases.isCue(t, end + 1)) {
          return passage(doc, lo, hi, a, s); // one span: the sentence, its attribution inside
        }
      }
    }
    return null;
  }

  /** A person named in full, every word capitalized: not a state's abbreviation ("Napa, Calif., said"), nor a list. */
  private static boolean isFullName(Mention m) {
    if (m == null || m.kind() != Mention.Kind.PERSON || !m.name().contains(" ")) {
      return false;
    }
    for (String word : m.name().split(" ")) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The words of tokens [from, to) reported in sentence {@code s}. */
  private static Passage passage(QuoteDocument doc, int from, int to, Attribution a, int s) {
    int begin = doc.tokens().begin(from);
    int end = doc.tokens().end(to - 1);
    return Passage.reported(begin, end, doc.text().substring(begin, end), s, a);
  }

  /**
   * A capitalized cue word between a capitalized word and a lower-case one is part of a name ("told the East Wales
   * Evening Post that …"); in a headline in title case or in capitals ("Ann Roe Says It Will Pass"), or after an
   * abbreviation or a comma ("Zentrix S.A. Said it will …", as wire copy capitalizes), it is the verb.
   */
  private static boolean inName(Tokens t, int c) {
    return t.capitalized(c) && c > 0 && t.isWord(c - 1) && t.capitalized(c - 1) && !t.word(c - 1).endsWith(".")
        && c + 1 < t.size() && t.isWord(c + 1) && !t.capitalized(c + 1);
  }
}
