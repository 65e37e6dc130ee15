package org.wiretrace.quotes;

import java.util.List;

/**
 * Every quotation of one document with its kind, cue and speaker: marked quotations and reported speech without marks
 * ("X said that …", "according to X, …", "…, X said."). The rules run as named steps over one {@link QuoteDocument},
 * in this order, each reading the layers before it and adding one:
 * <ol>
 *   <li>{@link ScanQuotations}: the marked quotations and the mask of quoted text;
 *   <li>{@link SeeMentions}: the names and descriptors outside quotations;
 *   <li>{@link AttributeMarked}: each marked quotation with its cue and speaker phrase;
 *   <li>{@link ReportedSpeech}: reported speech in the sentences without quotations;
 *   <li>{@link NamesInMarks}: titles, signs and aliases in marks, which are nobody's speech;
 *   <li>{@link Interviews}: the turns of a transcript, and an interview's quotations without cues, with their speaker;
 *   <li>{@link ResolveSpeakers}: the speaker of each passage (continued speech, names, titles, pronouns);
 *   <li>{@link Kinds}: direct, partial, scare, title or indirect;
 *   <li>{@link Rows}: one row per quotation paragraph.
 * </ol>
 */
public final class DocumentQuotes {

  /**
   * One quotation; offsets are code points, end exclusive; absent parts are null. {@code speakerRule} says how the
   * speaker was found ({@link SpeakerRule}), {@code speakerConfidence} how often that is right.
   */
  public record Found(int begin, int end, String text, String kind, String cue, Integer cueBegin, Integer cueEnd,
      String mention, Integer mentionBegin, Integer mentionEnd, String speaker, String speakerType, String speakerOrg,
      String speakerRule, double speakerConfidence) {}

  private DocumentQuotes() {}

  public static List<Found> find(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    QuoteDocument doc = new QuoteDocument(text);
    ScanQuotations.annotate(doc);
    SeeMentions.annotate(doc);
    AttributeMarked.annotate(doc);
    ReportedSpeech.annotate(doc);
    NamesInMarks.annotate(doc);
    Interviews.annotate(doc);
    ResolveSpeakers.annotate(doc);
    Kinds.annotate(doc);
    return Rows.of(doc);
  }
}
