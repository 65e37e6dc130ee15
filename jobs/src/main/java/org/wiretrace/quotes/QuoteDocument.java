package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wiretrace.text.Sentences;
import org.wiretrace.text.Tokens;

/**
 * One document as the quotes steps see it: the text as they read it ({@link ReadableText}: the same length, marks and
 * spaces made plain) with its tokens, sentences and paragraphs, then the layers that the steps of
 * {@link DocumentQuotes#find} add in order, each reading the ones before it: the marked quotations and their mask
 * ({@link ScanQuotations}), the mentions outside quotations ({@link SeeMentions}), and the passages, marked
 * ({@link AttributeMarked}) and reported ({@link ReportedSpeech}), which later steps annotate further. Offsets are Java
 * char indexes into the text; token and sentence numbers index {@link #tokens()} and the sentences.
 */
final class QuoteDocument {
  private final String original;
  private final String text;
  private final Tokens tokens;
  private final List<int[]> sentences; // char spans [begin, end)
  private final int[] firstToken;
  private final int[] endToken;
  private final int[] paragraph;
  private List<QuoteScanner.Quoted> quotations;
  private List<Transcript.Turn> turns;
  private QuoteMask mask;
  private Mentions mentions;
  private List<Passage> passages;

  QuoteDocument(String text) {
    this.original = text;
    this.text = ReadableText.of(text);
    this.tokens = new Tokens(this.text, 0, this.text.length());
    this.sentences = Sentences.split(this.text);
    this.firstToken = new int[sentences.size()];
    this.endToken = new int[sentences.size()];
    this.paragraph = new int[sentences.size()];
    int p = 0;
    for (int s = 0; s < sentences.size(); s++) {
      firstToken[s] = tokens.indexAt(sentences.get(s)[0]);
      endToken[s] = tokens.indexAt(sentences.get(s)[1]);
      if (s > 0 && this.text.lastIndexOf('\n', sentences.get(s)[0]) >= sentences.get(s - 1)[1]) {
        p++;
      }
      paragraph[s] = p;
    }
    readCommonWordsAsLowerCase();
    readHeadlineCuesAsLowerCase();
  }

  /**
   * In a headline written in title case with a quotation in it, a speech verb's present or past form after a
   * capitalized word is read as lower case: the cue it is in running text ("Ann Roe Says The Virus Was “Made In A
   * Lab”").
   */
  private void readHeadlineCuesAsLowerCase() {
    for (int s = 0; s < sentences.size(); s++) {
      String sentence = text.substring(sentences.get(s)[0], sentences.get(s)[1]);
      if (sentence.indexOf('“') < 0 && sentence.indexOf('"') < 0
          || !QuoteText.isTitleCase(sentence.replace("“", "").replace("”", "").replace("\"", ""))) {
        continue;
      }
      for (int k = firstToken[s] + 1; k < endToken[s]; k++) {
        String w = tokens.lower(k);
        if (tokens.isWord(k) && tokens.capitalized(k) && tokens.capitalized(k - 1) && Lexicon.CUES.containsKey(w)
            && (w.endsWith("s") || w.endsWith("ed") || w.equals("said"))) {
          tokens.readAsLowerCase(k);
        }
      }
    }
  }

  /**
   * A capitalized word that opens a sentence is read as lower case when the document also writes it in lower case,
   * or it is a role noun or an -ing form before a lower-case word ("Moving forward, she said"), it is never capitalized
   * inside a sentence and no capitalized word follows it: "Hours later", "Researchers found",
   * not "May said" where "Theresa May" is named, nor "Bill Gates"; a speech verb's past form always ("Replied Roe:"),
   * and an adverb about the sentence ("Sure, …", "Unfortunately England cannot …") unless the document capitalizes it
   * inside a sentence.
   */
  private void readCommonWordsAsLowerCase() {
    // only the capitalized openers are candidates: the document's other words are looked up among their lower-case
    // forms, a small set, rather than all collected into sets of their own
    boolean[] opens = new boolean[tokens.size()];
    List<Integer> openers = new ArrayList<>();
    Set<String> wanted = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (int k = firstToken[s]; k < endToken[s]; k++) {
        if (tokens.isWord(k)) {
          opens[k] = true;
          if (tokens.capitalized(k) && tokens.end(k) - tokens.begin(k) > 1
              && !Character.isUpperCase(text.charAt(tokens.begin(k) + 1))) {
            openers.add(k);
            wanted.add(tokens.lower(k));
          }
          break;
        }
      }
    }
    if (openers.isEmpty()) {
      return;
    }
    Set<String> lower = new HashSet<>();
    Set<String> capitalizedInside = new HashSet<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (!tokens.isWord(k)) {
        continue;
      }
      if (!Character.isUpperCase(text.charAt(tokens.begin(k)))) {
        if (wanted.contains(tokens.word(k))) {
          lower.add(tokens.word(k));
        }
      } else if (!opens[k] && (k == 0 || !"“\"‘'(".contains(tokens.word(k - 1))) && wanted.contains(tokens.lower(k))) {
        capitalizedInside.add(tokens.lower(k));
      }
    }
    for (int k : openers) {
      if ((lower.contains(tokens.lower(k)) || Lexicon.ROLES.contains(tokens.lower(k)) || isParticiple(k))
          && !capitalizedInside.contains(tokens.lower(k)) && !(k + 1 < tokens.size() && tokens.capitalized(k + 1))
          && !opensTitleOf(k) || isPastCue(k)
          || Lexicon.SENTENCE_ADVERBS.contains(tokens.lower(k)) && !capitalizedInside.contains(tokens.lower(k))) {
        tokens.readAsLowerCase(k);
      }
    }
  }

  /** Token {@code k} is a speech verb's past form, which opens a sentence only before its subject: "Replied Roe:". */
  private boolean isPastCue(int k) {
    String w = tokens.lower(k);
    return Lexicon.CUES.containsKey(w) && (w.endsWith("ed") || w.equals("said") || w.equals("wrote"));
  }

  /** Token {@code k} is a title of something named: "Secretary of Commerce", "Chancellor of the Exchequer". */
  private boolean opensTitleOf(int k) {
    int named = Phrases.afterTitleOf(tokens, k);
    return named >= 0 && named < tokens.size() && tokens.capitalized(named);
  }

  /** Token {@code k} is an -ing form that a lower-case word follows ("Moving forward", "Looking ahead"). */
  private boolean isParticiple(int k) {
    return tokens.lower(k).endsWith("ing") && k + 1 < tokens.size() && tokens.isWord(k + 1)
        && !tokens.capitalized(k + 1) && !Lexicon.CUES.containsKey(tokens.lower(k + 1))
        && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(tokens.lower(k + 1));
  }

  /** The text as the steps read it (see {@link ReadableText}). */
  String text() {
    return text;
  }

  /** The document's own text, for the words a row shows. */
  String original() {
    return original;
  }

  /** The paragraph of sentence {@code s}, counted from 0: a line break between two sentences starts a new one. */
  int paragraph(int s) {
    return paragraph[s];
  }

  Tokens tokens() {
    return tokens;
  }

  int sentenceCount() {
    return sentences.size();
  }

  int sentenceBegin(int s) {
    return sentences.get(s)[0];
  }

  int sentenceEnd(int s) {
    return sentences.get(s)[1];
  }

  /** The tokens of sentence {@code s} are [firstToken(s), endToken(s)). */
  int firstToken(int s) {
    return firstToken[s];
  }

  int endToken(int s) {
    return endToken[s];
  }

  /** The passage's opening mark is the first thing of its sentence. */
  boolean opensSentence(Passage p) {
    int k = sentenceBegin(p.firstSentence());
    while (k < p.begin() && !Character.isLetterOrDigit(text.charAt(k))) {
      k++;
    }
    return k == p.begin();
  }

  /** The passage's opening mark is the first thing of its paragraph. */
  boolean opensParagraph(Passage p) {
    return opensParagraph(p.firstSentence()) && opensSentence(p);
  }

  /** Sentence {@code s} is the first of its paragraph. */
  boolean opensParagraph(int s) {
    return s == 0 || paragraph(s - 1) != paragraph(s);
  }

  /** Sentence {@code s} ends with a colon: it introduces what follows ("She put it this way:"). */
  boolean endsWithColon(int s) {
    return text.substring(sentenceBegin(s), sentenceEnd(s)).strip().endsWith(":");
  }

  /** Sentence {@code s} is the last of its paragraph. */
  boolean endsParagraph(int s) {
    return s + 1 == sentenceCount() || paragraph(s + 1) != paragraph(s);
  }

  /** The sentence that holds char {@code offset}: the last one starting at or before it (the first if none does). */
  int sentenceAt(int offset) {
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

  /**
   * A quotation overlaps sentence {@code s}, or begins between the end of the sentence before and this one's end (the
   * reader meets it with this sentence then): such a sentence holds no reported speech of its own.
   */
  boolean touchedByQuotation(int s) {
    int after = s == 0 ? Integer.MIN_VALUE : sentenceEnd(s - 1);
    for (QuoteScanner.Quoted q : quotations()) {
      boolean overlaps = q.begin() < sentenceEnd(s) && q.end() > sentenceBegin(s);
      if (overlaps || q.begin() >= after && q.begin() < sentenceEnd(s)) {
        return true;
      }
    }
    for (Transcript.Turn turn : turns()) {
      if (turn.labelBegin() < sentenceEnd(s) && turn.end() > sentenceBegin(s)) {
        return true;
      }
    }
    return false;
  }

  List<QuoteScanner.Quoted> quotations() {
    return layer(quotations, "ScanQuotations");
  }

  QuoteMask mask() {
    return layer(mask, "ScanQuotations");
  }

  void setQuotations(List<QuoteScanner.Quoted> quotations, List<Transcript.Turn> turns, QuoteMask mask) {
    this.quotations = List.copyOf(quotations);
    this.turns = List.copyOf(turns);
    this.mask = mask;
  }

  /** The turns of a transcript, in order; empty for any other document. */
  List<Transcript.Turn> turns() {
    return layer(turns, "ScanQuotations");
  }

  Mentions mentions() {
    return layer(mentions, "SeeMentions");
  }

  void setMentions(Mentions mentions) {
    this.mentions = mentions;
  }

  /** The passages in reading order. */
  List<Passage> passages() {
    return layer(passages, "AttributeMarked");
  }

  void setPassages(List<Passage> passages) {
    this.passages = List.copyOf(passages);
  }

  private static <T> T layer(T value, String step) {
    if (value == null) {
      throw new IllegalStateException(step + " has not run on this document yet");
    }
    return value;
  }
}
