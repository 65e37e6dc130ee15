package org.wiretrace.quotes;

/**
 * One quotation of a document, marked or reported speech without marks, and what the steps found about it:
 * {@link AttributeMarked} or {@link ReportedSpeech} make it with its span, sentences and attribution,
 * {@link ResolveSpeakers} credits it to a speaker, {@link Kinds} names its kind.
 */
final class Passage {
  /**
   * How a marked quotation reads: its number of words, whether it opens a clause (a capital, or after ':', ',', 'that'
   * or a cue), is a whole sentence (a capital and a final '.', '?' or '!'), and stands in single marks.
   */
  record Shape(int words, boolean clause, boolean sentence, boolean singleMarks) {}

  /** A marked quotation that names something ({@link NamesInMarks}): a title, an alias; or no name (speech). */
  enum Naming { NONE, TITLE, ALIAS }

  private final QuoteScanner.Quoted marked;
  private final int begin;
  private final int end;
  private final String text;
  private final int firstSentence;
  private final int lastSentence;
  private final Shape shape;
  private final Attribution attribution;
  private Attribution credited;
  private Speaker speaker;
  private SpeakerRule rule = SpeakerRule.NONE;
  private String kind;
  private Naming naming = Naming.NONE;

  private boolean turn;

  private Passage(QuoteScanner.Quoted marked, int begin, int end, String text, int firstSentence, int lastSentence,
      Shape shape, Attribution attribution) {
    this.marked = marked;
    this.begin = begin;
    this.end = end;
    this.text = text;
    this.firstSentence = firstSentence;
    this.lastSentence = lastSentence;
    this.shape = shape;
    this.attribution = attribution;
  }

  static Passage marked(QuoteScanner.Quoted q, String text, int first, int last, Shape shape, Attribution a) {
    return new Passage(q, q.begin(), q.end(), text, first, last, shape, a);
  }

  static Passage reported(int begin, int end, String text, int sentence, Attribution a) {
    return new Passage(null, begin, end, text, sentence, sentence, null, a);
  }

  /** A turn of a transcript ({@link Transcript}): speech without marks, one passage per paragraph. */
  static Passage turn(int begin, int end, String text, int firstSentence, int lastSentence) {
    Passage p = new Passage(null, begin, end, text, firstSentence, lastSentence, null, Attribution.NONE);
    p.turn = true;
    return p;
  }

  /** A turn of a transcript. */
  boolean isTurn() {
    return turn;
  }

  boolean isMarked() {
    return marked != null;
  }

  /** The marked quotation, with its paragraphs; null for reported speech. */
  QuoteScanner.Quoted marked() {
    return marked;
  }

  /** Char offsets, end exclusive: the quoted words without marks, or the reported words. */
  int begin() {
    return begin;
  }

  int end() {
    return end;
  }

  /** The words; a marked quotation's paragraphs joined by a space. */
  String text() {
    return text;
  }

  int firstSentence() {
    return firstSentence;
  }

  int lastSentence() {
    return lastSentence;
  }

  /** Null for reported speech. */
  Shape shape() {
    return shape;
  }

  /** The cue and speaker phrase found for this passage itself ({@link Attribution#NONE} if none). */
  Attribution attribution() {
    return attribution;
  }

  /** The attribution the passage is credited with: its own, or that of the speech it continues. */
  Attribution credited() {
    return credited;
  }

  /** Null when no speaker phrase was found. */
  Speaker speaker() {
    return speaker;
  }

  /** The passage continues the speech of the quotation before it, and takes its cue and speaker. */
  boolean isContinuation() {
    return rule == SpeakerRule.CONTINUATION;
  }

  /** How the speaker was found. */
  SpeakerRule rule() {
    return rule;
  }

  String kind() {
    return kind;
  }

  void credit(Attribution attribution, Speaker speaker, SpeakerRule rule) {
    this.credited = attribution;
    this.speaker = speaker;
    this.rule = speaker == null || speaker.name() == null ? SpeakerRule.NONE : rule;
  }

  void setKind(String kind) {
    this.kind = kind;
  }

  /** Whether the quotation names something instead of reporting speech. */
  Naming naming() {
    return naming;
  }

  void setNaming(Naming naming) {
    this.naming = naming;
  }
}
