package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretrace.text.Tokens;

/**
 * Step 3: a passage for each marked quotation, with its sentences, its {@link Passage.Shape} and its attribution: the
 * cue and speaker phrase right after the closing mark ({@link Attribution#after}), else the cue nearest before the
 * opening mark ({@link CueBefore}), else an attribution ending the sentence ({@link Attribution#trailing}: '… the
 * “vast majority” of people are distressed, he says.'). The search reaches back to 'He said:' when the quotation is a
 * paragraph of its own, and on to '… Levy asked.' or '“We won.” Levy said.' when the sentence ended inside the
 * marks. A quotation without any shares the attribution of the next one it is coordinated with ('“devastating” and
 * “a black mark,” Le Duc told The Post').
 */
final class AttributeMarked {
  private AttributeMarked() {}

  static void annotate(QuoteDocument doc) {
    int n = doc.sentenceCount();
    int read = n == 0 ? 0 : doc.sentenceEnd(n - 1); // the reader meets no quotation after the last sentence
    List<Passage> passages = new ArrayList<>();
    for (QuoteScanner.Quoted q : doc.quotations()) {
      if (q.begin() < read) {
        passages.add(passage(doc, q));
      }
    }
    for (int i = passages.size() - 2; i >= 0; i--) {
      Passage p = passages.get(i);
      Passage next = passages.get(i + 1);
      if (!p.attribution().found() && next.attribution().found() && coordinated(doc, p, next)) {
        passages.set(i, with(p, next.attribution()));
      }
    }
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      if (!p.attribution().found() || p.attribution().speaker() == null) {
        int[] reach = reach(doc, p.marked());
        Attribution trailing = Attribution.trailing(doc.tokens(), reach[0], reach[1], doc.mask());
        if (trailing.found()) {
          passages.set(i, with(p, trailing));
        }
      }
    }
    doc.setPassages(passages);
  }

  /**
   * Words in marks that describe the noun after them ({@link Phrases#describesNoun}): that noun is no speaker of
   * theirs ('the “overwhelmingly brown and black” slaughterhouse workers'), but a pronoun or "according to" there
   * names one ('a “reasonably good pace” he warned', 'an “invaluable tool” according to the mayor').
   */
  private static boolean modifiesNoun(QuoteDocument doc, QuoteScanner.Quoted q, int lo) {
    Tokens t = doc.tokens();
    String text = doc.text();
    int open = t.indexAt(markBefore(text, q.begin()));
    int close = t.indexAt(markAfter(text, q.end()));
    if (!q.closed() || !Character.isLetterOrDigit(text.charAt(q.end() - 1))
        || !Phrases.describesNoun(t, open, close, lo)) {
      return false;
    }
    return !Lexicon.PRONOUNS.contains(Mention.pronounOf(t.lower(close + 1)))
        && !Attribution.isAccordingTo(t, close + 1);
  }

  /** "…, according to a statement", "…, according to The Washington Post": where the report came from. */
  private static boolean citesSource(Tokens t, Attribution a) {
    return a.found() && a.speaker() != null && Attribution.isAccordingTo(t, a.cueFrom());
  }

  /**
   * A cue naming a speaker stands before the opening mark, and the source after the quotation only reports it: 'a move
   * Dr. Ann Roe called “…,” according to a statement' is hers, and 'The company said it would keep a “…,” according to
   * a statement' the company's; a person's, by name or pronoun, also before a source that is no document ('She has
   * also asserted that “…”, according to The Washington Post'; but in 'Analysts said …, but the outlook is “…,”
   * according to Ann Roe' the words are Roe's).
   */
  private static boolean spokeBefore(Attribution before, Attribution source) {
    if (!before.found() || before.speaker() == null) {
      return false;
    }
    Mention.Kind kind = before.speaker().kind();
    return source.speaker().kind() == Mention.Kind.DOCUMENT || kind == Mention.Kind.PERSON
        || kind == Mention.Kind.PRONOUN;
  }

  private static Passage with(Passage p, Attribution a) {
    return Passage.marked(p.marked(), p.text(), p.firstSentence(), p.lastSentence(), p.shape(), a);
  }

  /**
   * Where an attribution after the quotation is read: from the token after its closing mark to the end of its last
   * sentence, or of the next in its paragraph when the sentence ended inside the marks ('“…?” Levy asked.', '“We
   * won.” Levy said.'; a new paragraph is another thought: '“Thanks!”' then 'Anyone who …, the backers said').
   */
  private static int[] reach(QuoteDocument doc, QuoteScanner.Quoted q) {
    Tokens t = doc.tokens();
    String quote = q.text(doc.text());
    int last = doc.sentenceAt(q.end() - 1);
    int closeMark = q.closed() ? markAfter(doc.text(), q.end()) : q.end();
    int afterClose = t.indexAt(closeMark + 1);
    int hi = doc.endToken(last);
    String text = doc.text();
    if (".?!".indexOf(lastPunctuation(quote)) >= 0 && closeMark + 1 < text.length()
        && Character.isUpperCase(text.charAt(closeMark + 1))) {
      return new int[] {afterClose, afterClose}; // '…one strain."Jonathan Stoye said': a paragraph break was lost
    }
    if (afterClose >= hi && last + 1 < doc.sentenceCount() && doc.paragraph(last + 1) == doc.paragraph(last)
        && (",?!".indexOf(lastPunctuation(quote)) >= 0 || isAttribution(doc, last + 1))) {
      hi = doc.endToken(last + 1);
    }
    return new int[] {afterClose, hi};
  }

  /**
   * The quotation {@code p} shares the attribution of {@code next}, later in its sentence: only "and", "or" and commas
   * stand between them ('“devastating” and “a black mark,” Le Duc told The Post'), or the reporter's words between
   * hold no cue and the attribution follows {@code next} ('These “appeals to the stick,” or threats of force, are
   * “used by a demagogue,” Roe writes').
   */
  private static boolean coordinated(QuoteDocument doc, Passage p, Passage next) {
    if (p.lastSentence() != next.firstSentence()) {
      return false;
    }
    Tokens t = doc.tokens();
    int from = t.indexAt(markAfter(doc.text(), p.end()) + 1);
    int to = t.indexAt(markBefore(doc.text(), next.begin()));
    boolean joined = to - from <= 2;
    for (int k = from; k < to; k++) {
      if (Phrases.isCue(t, k)) {
        return false;
      }
      joined &= t.is(k, "and") || t.is(k, "or") || t.is(k, ",");
    }
    return joined || next.attribution().cueFrom() > t.indexAt(next.end() - 1);
  }

  private static Passage passage(QuoteDocument doc, QuoteScanner.Quoted q) {
    String text = doc.text();
    Tokens t = doc.tokens();
    int first = doc.sentenceAt(q.begin());
    int last = doc.sentenceAt(q.end() - 1);
    int openMark = markBefore(text, q.begin());
    int open = t.indexAt(openMark);
    int lo = doc.firstToken(first);
    if (open == lo && first > 0 && introducesNext(doc, first - 1)) {
      lo = doc.firstToken(first - 1); // 'He said:' or 'He went on to say,' then the quotation as its own paragraph
    }
    String quote = q.text(text);
    int[] reach = reach(doc, q);
    Attribution a = Attribution.after(t, reach[0], reach[1]);
    boolean closesSentence = ".?!".indexOf(lastPunctuation(quote)) >= 0;
    // '“… there?” Acme's chief, Ann Roe, added: “…”': a cue and its colon after a quoted sentence introduce the next
    boolean quotedSentence = closesSentence && !quote.isEmpty() && Character.isUpperCase(quote.codePointAt(0));
    if (a.found() && (a.speaker() != null && a.speaker().from() == reach[0] && modifiesNoun(doc, q, lo)
        || quotedSentence && a.cueTo() < t.size() && t.is(a.cueTo(), ":"))) {
      a = Attribution.NONE;
    }
    if (!a.found()) {
      a = passiveAgent(t, lo, open, reach[0], reach[1]);
    }
    Attribution before = CueBefore.nearest(t, lo, open, doc.mask()); // none when the quotation opens the sentence
    // a cue with a speaker before the opening mark attributes a quotation that closes its sentence rather than the
    // next sentence's ("The agency declined to comment on “….” A spokesperson for X declined to comment.")
    boolean attributedBefore = before.found() && before.speaker() != null;
    if (!a.found() || closesSentence && attributedBefore || citesSource(t, a) && spokeBefore(before, a)) {
      a = before;
    }
    if (a.speaker() == null) {
      a = openingParticiple(t, lo, open, reach[0], reach[1], a);
    }
    return Passage.marked(q, quote, first, last, shape(text, t, quote, openMark, lo), a);
  }

  /** Words between a participle opening the sentence and the quotation: "Calling the plan “…”". */
  private static final int PARTICIPLE_REACH = 4;

  /**
   * A cue's participle opens the sentence and the quotation follows it, then the main clause's subject and its verb
   * ('Declaring “we are at war,” President Ann Roe banned …', 'Calling the plan “a disaster,” Roe vetoed it'): that
   * subject speaks. Else {@code found}, the attribution found so far.
   */
  private static Attribution openingParticiple(Tokens t, int lo, int open, int after, int hi, Attribution found) {
    String opener = t.lower(lo);
    if (open <= lo || open - lo > PARTICIPLE_REACH + 1 || !opener.endsWith("ing")
        || !Lexicon.CUES.containsKey(opener) || after >= hi) {
      return found;
    }
    int from = t.is(after, ",") ? after + 1 : after;
    int[] subject = Phrases.right(t, from, hi);
    if (subject == null || subject[0] != from || subject[1] >= hi || !t.isWord(subject[1])
        || t.capitalized(subject[1])) {
      return found;
    }
    Mention.Kind kind = Mention.of(t, subject[0], subject[1]).kind();
    return kind == Mention.Kind.DOCUMENT ? found : Attribution.withSpeaker(t, lo, lo + 1, subject);
  }

  /** Words between a passive's participle and the quotation: "was described as “…”", "were labelled a “…”". */
  private static final int PASSIVE_REACH = 2;

  /**
   * "The posters were labelled a “big misjudgement” by the Conservatives": a passive of a verb that takes an object,
   * right before the opening mark at {@code open}, with "by" right after the closing mark (at {@code after}): the
   * agent speaks; {@link Attribution#NONE} if there is no such passive and agent.
   */
  private static Attribution passiveAgent(Tokens t, int lo, int open, int after, int hi) {
    if (after >= hi || !t.is(after, "by")) {
      return Attribution.NONE;
    }
    for (int c = open - 1; c >= lo && open - c <= PASSIVE_REACH + 1; c--) {
      String lemma = Lexicon.CUES.get(t.lower(c));
      if (lemma != null && Lexicon.OBJECT_CUES.contains(lemma) && t.lower(c).endsWith("ed") && c - 1 >= lo
          && Phrases.isBe(t, c - 1)) {
        int[] agent = Phrases.right(t, after + 1, hi);
        return agent == null ? Attribution.NONE : Attribution.withSpeaker(t, c, c + 1, agent);
      }
    }
    return Attribution.NONE;
  }

  private static Passage.Shape shape(String text, Tokens t, String quote, int openMark, int lo) {
    int first = 0; // past an ellipsis or an editor's bracket: "…What a miracle.", "[The plan] is dead."
    while (first + 1 < quote.length() && ".…[( ".indexOf(quote.charAt(first)) >= 0) {
      first++;
    }
    boolean capital = Character.isUpperCase(quote.codePointAt(first));
    boolean clause = capital || startsClause(t, openMark, lo);
    boolean sentence = capital && ".?!".indexOf(lastPunctuation(quote)) >= 0;
    boolean singleMarks = text.charAt(openMark) == '\'' || text.charAt(openMark) == '‘';
    return new Passage.Shape(QuoteText.splitWords(quote), clause, sentence, singleMarks);
  }

  /**
   * Sentence {@code s} is a short attribution of its own: 'Levy said.', 'said Dan Levy on Tuesday.', not 'Critics
   * called it “a disaster”.'.
   */
  private static boolean isAttribution(QuoteDocument doc, int s) {
    Tokens t = doc.tokens();
    int from = doc.firstToken(s);
    int to = doc.endToken(s);
    if (to - from > MAX_ATTRIBUTION_SENTENCE || from >= to || !t.isWord(from)) {
      return false;
    }
    Attribution a = Attribution.after(t, from, to);
    if (!a.found() || a.speaker() == null) {
      return false;
    }
    int rest = 0; // words after the attribution: a time or a place ("on Tuesday"), not an object or a quotation
    for (int k = Math.max(a.cueTo(), a.speaker().to()); k < to; k++) {
      if (doc.mask().covers(t.begin(k))) {
        return false;
      }
      rest += t.isWord(k) ? 1 : 0;
    }
    return rest <= 3;
  }

  private static final int MAX_ATTRIBUTION_SENTENCE = 10;

  /** The quotation opens a clause: sentence start, or after ':', ',', 'that' or a cue. */
  private static boolean startsClause(Tokens t, int openMark, int lo) {
    int k = t.indexAt(openMark) - 1;
    if (k < lo) {
      return true;
    }
    String w = t.lower(k).toLowerCase(Locale.ROOT);
    return w.equals(":") || w.equals(",") || w.equals("that") || Lexicon.CUES.containsKey(w);
  }

  /** Words between a cue and the comma that ends its sentence: 'He told the paper,'. */
  private static final int CUE_BEFORE_COMMA = 4;

  /**
   * Sentence {@code s} ends with a colon, or with a comma a few words after a cue ('He went on to say,', 'She added,'):
   * it introduces what follows it.
   */
  private static boolean introducesNext(QuoteDocument doc, int s) {
    String sentence = doc.text().substring(doc.sentenceBegin(s), doc.sentenceEnd(s)).strip();
    if (sentence.endsWith(":")) {
      return true;
    }
    Tokens t = doc.tokens();
    int last = doc.endToken(s) - 1;
    if (!sentence.endsWith(",") || !t.is(last, ",")) {
      return false;
    }
    for (int k = last - 1; k >= doc.firstToken(s) && k >= last - CUE_BEFORE_COMMA; k--) {
      if (Phrases.isCue(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** The opening mark before a quotation's first word. */
  private static int markBefore(String text, int begin) {
    int k = begin - 1;
    while (k > 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return Math.max(k, 0);
  }

  /** The closing mark after a quotation's last word. */
  private static int markAfter(String text, int end) {
    int k = end;
    while (k < text.length() - 1 && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * The quotation's last character, read past spaces and the closing single mark of a quotation nested at its end:
   * a quotation ending {@code 'Why not?' } ends a sentence with "?".
   */
  private static char lastPunctuation(String quote) {
    int k = quote.length() - 1;
    while (k > 0 && (Character.isWhitespace(quote.charAt(k)) || quote.charAt(k) == '\'' || quote.charAt(k) == '’')) {
      k--;
    }
    return quote.charAt(k);
  }
}
