package org.wiretrace.quotes;

/**
 * How {@link ResolveSpeakers} found a passage's speaker (the {@code speaker_rule} column), and how often each way is
 * right ({@link #confidence}, the {@code speaker_confidence} column).
 */
enum SpeakerRule {
  /** Named at the cue: a name, an organisation, a document or an anonymous descriptor ("said Ortiz", "the memo said"). */
  CUE,
  /** A pronoun at the cue, resolved to an earlier speaker or mention. */
  PRONOUN,
  /** A title or role description at the cue ("the senator", "the shipping magnate"), resolved to a named person. */
  TITLE,
  /** A nationality epithet ("the Dutchman said"), resolved to the person just quoted or named. */
  EPITHET,
  /** No cue of its own: it continues the speech of the quotation before it. */
  CONTINUATION,
  /**
   * A turn of an interview or transcript ("ORTIZ: …"), a quotation of an interview printed without cues, or a
   * statement under a label that names its speaker ("Jane Doe, professor of X:").
   */
  INTERVIEW,
  /** No speaker. */
  NONE;

  /** The column's value: the name in lower case. */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * How often a speaker found this way, of this speaker_type, is right (for {@link #NONE}: how often the quotation
   * indeed has no speaker the article names): the accuracy on the project's annotated sets pooled (seeds,
   * quotes-heldout, -fresh, -fresh2, -fresh3; 497 quotations), smoothed as (right + 1) / (n + 2); rules with few
   * cases share the figure of the rule nearest to them. The counts behind each figure are in docs/benchmarks.md.
   */
  double confidence(String kind, String speakerType) {
    boolean person = Speaker.PERSON.equals(speakerType);
    boolean anonymous = Speaker.ANONYMOUS.equals(speakerType);
    return switch (this) {
      case CUE -> person ? 0.949 : anonymous ? 0.694 : 0.833; // 186/195, 24/34, 19/22
      case PRONOUN -> person ? 0.908 : 0.6; // 58/63, 5/8
      case CONTINUATION -> person ? 0.913 : 0.5; // 72/78, 2/4
      case TITLE, EPITHET -> 0.889; // 7/7 together
      case INTERVIEW -> 0.941; // 15/15, one interview
      case NONE -> "direct".equals(kind) ? 0.444 : 0.591; // 3/7, 38/64
    };
  }
}
