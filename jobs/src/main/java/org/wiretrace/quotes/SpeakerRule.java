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
   * quotes-heldout, -fresh, -fresh2, -fresh3, -fresh4, -fresh5; 831 matched quotations), smoothed as
   * (right + 1) / (n + 2); rules with few cases share the figure of the rule nearest to them. The counts are in the
   * comments.
   */
  double confidence(String kind, String speakerType) {
    boolean person = Speaker.PERSON.equals(speakerType);
    boolean anonymous = Speaker.ANONYMOUS.equals(speakerType);
    return switch (this) {
      case CUE -> person ? 0.956 : anonymous ? 0.588 : 0.65; // 306/319, 29/49, 25/38 (organisations, documents)
      case PRONOUN -> person ? 0.933 : 0.545; // 111/118, 5/9
      case CONTINUATION -> person ? 0.958 : 0.375; // 114/118, 2/6
      case TITLE, EPITHET -> 0.769; // 9/11 together
      case INTERVIEW -> 0.966; // 27/27
      case NONE -> "direct".equals(kind) ? 0.308 : 0.654; // 3/11, 82/125
    };
  }
}
