package org.wiretrace.quotes;

import java.util.Locale;

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
  /** No cue, standing alone as a paragraph: a quotation printed again (a pull quote, a heading), its speaker's. */
  REPEAT,
  /** No speaker. */
  NONE;

  /** The column's value: the name in lower case. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * How often a speaker found this way, of this speaker_type, is right (for {@link #NONE}: how often the quotation
   * indeed has no speaker the article names): the accuracy on the project's 22 annotated evaluation sets pooled
   * (quotes-heldout, -fresh, -fresh2 to -fresh21; 5,860 matched quotations, counted by {@code scripts/eval-quotes}
   * per rule and speaker_type on runs of 1d72531), smoothed as (right + 1) / (n + 2); rules with few cases
   * share the figure of the rule nearest to them. The counts are in the comments.
   */
  double confidence(String kind, String speakerType) {
    boolean person = Speaker.PERSON.equals(speakerType);
    boolean anonymous = Speaker.ANONYMOUS.equals(speakerType);
    return switch (this) {
      case CUE -> person ? 0.960 : anonymous ? 0.477 : 0.651; // 2071/2157, 133/279, 210/322 (organisations, documents)
      case PRONOUN -> person ? 0.946 : 0.407; // 722/762, 32/79
      case CONTINUATION, REPEAT -> person ? 0.971 : 0.505; // 1003/1032, 48/95 (continuations only)
      case TITLE, EPITHET -> 0.824; // 41/49 together
      case INTERVIEW -> 0.898; // 52/57
      case NONE -> "direct".equals(kind) ? 0.270 : 0.644; // 40/150, 562/872
    };
  }
}
