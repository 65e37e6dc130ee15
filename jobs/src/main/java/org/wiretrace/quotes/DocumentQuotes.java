package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretrace.text.Tokens;
import org.wiretrace.text.Sentences;

/**
 * Every quotation of one document with its kind, cue and speaker: marked quotations from {@link QuoteScanner},
 * reported speech without marks ("X said that …", "according to X, …", "…, X said."), attributed by
 * {@link Attribution} and resolved by {@link Speakers}. Offsets in the result are code points into the text.
 */
public final class DocumentQuotes {

  /** One quotation; offsets are code points, end exclusive; absent parts are null. */
  public record Found(int begin, int end, String text, String kind, String cue, Integer cueBegin, Integer cueEnd,
      String mention, Integer mentionBegin, Integer mentionEnd, String speaker, String speakerType) {}

  /** A direct quotation without its own cue continues the speech of a quotation this many sentences before. */
  private static final int CONTINUATION_REACH = 2;
  private static final int MIN_INDIRECT_WORDS = 4;

  private final String text;
  private final Tokens tokens;
  private final List<int[]> sentences;
  private final int[] sentenceLo;
  private final int[] sentenceHi;
  private final List<QuoteScanner.Quoted> quoted;
  private final QuoteMask mask;
  private final Speakers speakers = new Speakers();
  private final boolean surrogates;

  private DocumentQuotes(String text) {
    this.text = text;
    this.tokens = new Tokens(text, 0, text.length());
    this.sentences = Sentences.split(text);
    this.sentenceLo = new int[sentences.size()];
    this.sentenceHi = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      sentenceLo[i] = tokens.indexAt(sentences.get(i)[0]);
      sentenceHi[i] = tokens.indexAt(sentences.get(i)[1]);
    }
    this.quoted = QuoteScanner.scan(text);
    this.mask = new QuoteMask(quoted);
    this.surrogates = text.codePointCount(0, text.length()) != text.length();
  }

  public static List<Found> find(String text) {
    return text == null || text.isBlank() ? List.of() : new DocumentQuotes(text).run();
  }

  private List<Found> run() {
    seeMentions();
    List<Found> out = new ArrayList<>();
    Found previous = null;
    int previousSentence = -10;
    int next = 0;
    for (int s = 0; s < sentences.size(); s++) {
      boolean hasQuote = false;
      while (next < quoted.size() && quoted.get(next).begin() < sentences.get(s)[1]) {
        QuoteScanner.Quoted q = quoted.get(next++);
        int first = sentenceOf(q.begin());
        int lastSentence = sentenceOf(q.end() - 1);
        Found f = marked(q, first, lastSentence, previous, first - previousSentence <= CONTINUATION_REACH);
        out.addAll(paragraphs(q, f));
        if (f.speaker() != null) {
          previous = f;
          previousSentence = lastSentence;
        }
        hasQuote = true;
        s = Math.max(s, lastSentence);
      }
      if (!hasQuote && !overlapsQuote(s)) {
        Found f = indirect(s);
        if (f != null) {
          out.add(f);
          if (f.speaker() != null) {
            previous = f;
            previousSentence = s;
          }
        }
      }
    }
    return out;
  }

  /** Registers the names and descriptors outside quotations, for titles, surnames and pronouns to resolve to. */
  private void seeMentions() {
    for (int s = 0; s < sentences.size(); s++) {
      for (int k = sentenceLo[s]; k < sentenceHi[s]; k++) {
        boolean start = tokens.capitalized(k) || tokens.is(k, "a") || tokens.is(k, "an") || tokens.is(k, "the");
        if (!start || mask.covers(tokens.begin(k)) || k > sentenceLo[s] && tokens.capitalized(k - 1)) {
          continue;
        }
        int[] phrase = Phrases.right(tokens, k, sentenceHi[s]);
        if (phrase == null) {
          continue;
        }
        int part = phrase[0];
        if (tokens.word(phrase[0]).length() > 0 && textHasAnd(phrase)) {
          see(phrase[0], phrase[1], s, k);
        }
        for (int j = phrase[0]; j <= phrase[1]; j++) { // each part of "X and Y" is a mention of its own
          if (j == phrase[1] || tokens.is(j, "and")) {
            see(part, j, s, k);
            part = j + 1;
          }
        }
        k = phrase[1] - 1;
      }
    }
  }

  private boolean textHasAnd(int[] phrase) {
    for (int j = phrase[0]; j < phrase[1]; j++) {
      if (tokens.is(j, "and")) {
        return true;
      }
    }
    return false;
  }

  private void see(int from, int to, int s, int k) {
    if (from >= to) {
      return;
    }
    Mention m = Mention.of(tokens, from, to);
    boolean single = to - from == 1 && tokens.capitalized(from);
    if (m.kind() != Mention.Kind.PRONOUN && (!single || m.kind() == Mention.Kind.ORGANISATION
        || speakers.knowsSurname(m.name()))) {
      speakers.see(m, s);
    }
  }

  private Found marked(QuoteScanner.Quoted q, int first, int last, Found previous, boolean previousNear) {
    int openMark = markBefore(q.begin());
    int closeMark = q.closed() ? markAfter(q.end()) : q.end();
    int lo = sentenceLo[first];
    if (tokens.indexAt(openMark) == lo && first > 0 && endsWithColon(first - 1)) {
      lo = sentenceLo[first - 1]; // 'He said:' then the quotation as its own paragraph
    }
    String quote = q.text(text);
    int afterClose = tokens.indexAt(closeMark + 1);
    int hi = sentenceHi[last];
    if (afterClose >= hi && last + 1 < sentences.size() && ",?!".indexOf(quote.charAt(quote.length() - 1)) >= 0) {
      hi = sentenceHi[last + 1]; // '“…?” Levy asked.': the splitter ended the sentence inside the marks
    }
    Attribution a = Attribution.of(tokens, lo, hi, tokens.indexAt(openMark), afterClose, mask);
    int words = quote.split("\\s+").length;
    boolean capital = Character.isUpperCase(quote.codePointAt(0));
    boolean clause = capital || startsClause(openMark, lo);
    boolean sentence = capital && ".?!".indexOf(quote.charAt(quote.length() - 1)) >= 0;
    if (!a.found() || a.speaker() == null) {
      // a headline's single-quoted words ('This will kill you': …) continue nobody's speech
      if (previous != null && previousNear && (capital || clause) && (words >= 4 || sentence)
          && text.charAt(openMark) != '\'' && text.charAt(openMark) != '‘') {
        return found(cp(q.begin()), cp(q.end()), quote, "direct", previous);
      }
      String kind = a.found() || words > 6 ? (clause && words >= 4 ? "direct" : "partial") : "scare";
      return build(q.begin(), q.end(), quote, kind, a, first);
    }
    String lemma = Lexicon.CUES.getOrDefault(tokens.lower(a.cueFrom()), "according to");
    String kind = clause && words >= 4 ? "direct"
        : words <= 3 && !Lexicon.SAY_VERBS.contains(lemma) && !lemma.equals("according to") ? "scare"
        : "partial";
    return build(q.begin(), q.end(), quote, kind, a, first);
  }

  /** Reported speech without marks in sentence {@code s}, or null. */
  private Found indirect(int s) {
    int lo = sentenceLo[s];
    int hi = sentenceHi[s];
    while (hi > lo && !tokens.isWord(hi - 1)) {
      hi--;
    }
    if (hi - lo < MIN_INDIRECT_WORDS + 2) {
      return null;
    }
    if (tokens.is(lo, "according") && tokens.is(lo + 1, "to")) {
      for (int k = lo + 2; k < hi; k++) {
        if (tokens.is(k, ",")) {
          Attribution a = new Attribution(lo, lo + 2, mention(Phrases.right(tokens, lo + 2, k)));
          return hi - k > MIN_INDIRECT_WORDS ? build(tokens.begin(k + 1), tokens.end(hi - 1), a, s) : null;
        }
      }
      return null;
    }
    for (int k = hi - 2; k > lo + MIN_INDIRECT_WORDS; k--) { // "…, officials said."
      if (tokens.is(k, ",")) {
        Attribution a = Attribution.after(tokens, k, hi);
        if (a.found() && a.speaker() != null && a.speaker().to() >= hi - 1 || a.found() && a.cueTo() == hi) {
          return build(tokens.begin(lo), tokens.end(k - 1), a, s);
        }
        break;
      }
    }
    for (int c = lo + 1; c < hi - MIN_INDIRECT_WORDS; c++) { // "X said (that) …"
      String lemma = Lexicon.CUES.get(tokens.lower(c));
      if (lemma == null || !Lexicon.SAY_VERBS.contains(lemma) || Attribution.isNoun(tokens, c)) {
        continue;
      }
      int[] subject = Phrases.subject(tokens, c, lo);
      if (subject == null) {
        continue;
      }
      for (int k = c + 1; k < Math.min(hi, c + 6); k++) {
        if (tokens.is(k, "that") && hi - k > MIN_INDIRECT_WORDS) {
          return build(tokens.begin(k + 1), tokens.end(hi - 1), new Attribution(c, c + 1, mention(subject)), s);
        }
      }
      if (lemma.equals("say") && (Lexicon.PRONOUNS.contains(tokens.lower(c + 1))
          || Lexicon.DETERMINERS.contains(tokens.lower(c + 1)))) {
        return build(tokens.begin(c + 1), tokens.end(hi - 1), new Attribution(c, c + 1, mention(subject)), s);
      }
    }
    return null;
  }

  private Found build(int begin, int end, Attribution a, int sentence) {
    return build(begin, end, text.substring(begin, end), "indirect", a, sentence);
  }

  private Found build(int begin, int end, String quote, String kind, Attribution a, int sentence) {
    String cue = null;
    Integer cueBegin = null;
    Integer cueEnd = null;
    if (a.found()) {
      cue = text.substring(tokens.begin(a.cueFrom()), tokens.end(a.cueTo() - 1));
      cueBegin = cp(tokens.begin(a.cueFrom()));
      cueEnd = cp(tokens.end(a.cueTo() - 1));
    }
    Mention m = a.speaker();
    if (m == null) {
      return new Found(cp(begin), cp(end), quote, kind, cue, cueBegin, cueEnd, null, null, null, null, "unknown");
    }
    Speakers.Resolved r = speakers.resolve(m, sentence);
    if (r.speaker() != null) {
      speakers.quotedBy(m, sentence, r);
    }
    return new Found(cp(begin), cp(end), quote, kind, cue, cueBegin, cueEnd, m.text(), cp(m.begin()), cp(m.end()),
        r.speaker(), r.type());
  }

  /**
   * One row per paragraph of a quotation that runs over several (news style reopens each with a mark): a row's
   * offsets never enclose quote marks. The paragraphs share the attribution found for the whole quotation.
   */
  private List<Found> paragraphs(QuoteScanner.Quoted q, Found whole) {
    if (q.segments().size() == 1) {
      return List.of(whole);
    }
    List<Found> out = new ArrayList<>();
    for (int[] segment : q.segments()) {
      out.add(found(cp(segment[0]), cp(segment[1]), text.substring(segment[0], segment[1]), whole.kind(), whole));
    }
    return out;
  }

  /** A quotation continuing the previous speaker's speech takes its cue and speaker. */
  private static Found found(int begin, int end, String quote, String kind, Found from) {
    return new Found(begin, end, quote, kind, from.cue(), from.cueBegin(), from.cueEnd(), from.mention(),
        from.mentionBegin(), from.mentionEnd(), from.speaker(), from.speakerType());
  }

  private Mention mention(int[] phrase) {
    return phrase == null ? null : Mention.of(tokens, phrase[0], phrase[1]);
  }

  private int cp(int charIndex) {
    return surrogates ? text.codePointCount(0, charIndex) : charIndex;
  }

  private int sentenceOf(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid)[0] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private boolean overlapsQuote(int s) {
    for (QuoteScanner.Quoted q : quoted) {
      if (q.begin() < sentences.get(s)[1] && q.end() > sentences.get(s)[0]) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithColon(int s) {
    String sentence = text.substring(sentences.get(s)[0], sentences.get(s)[1]).strip();
    return sentence.endsWith(":");
  }

  /** The quotation opens a clause: sentence start, or after ':', ',', 'that' or a cue. */
  private boolean startsClause(int openMark, int lo) {
    int k = tokens.indexAt(openMark) - 1;
    if (k < lo) {
      return true;
    }
    String w = tokens.lower(k).toLowerCase(Locale.ROOT);
    return w.equals(":") || w.equals(",") || w.equals("that") || Lexicon.CUES.containsKey(w);
  }

  private int markBefore(int begin) {
    int k = begin - 1;
    while (k > 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return Math.max(k, 0);
  }

  private int markAfter(int end) {
    int k = end;
    while (k < text.length() - 1 && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }
}
