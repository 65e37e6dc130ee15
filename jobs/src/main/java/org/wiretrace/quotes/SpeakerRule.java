package org.wiretrace.quotes;

import java.util.Locale;

/**
 * How {@link ResolveSpeakers} found a passage's speaker (the {@code speaker_rule} column), and how often each way is
 * right ({@link #confidence}, the {@code speaker_confidence} column).
 */
enum SpeakerRule {
  /**
   * Named at the cue: a name, an organisation, a document or an anonymous descriptor ("said Ortiz", "the memo said").
   */
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
  /**
   * No cue, a fragment in the reporter's sentence: the person its subject names ("He took credit for making “…”"),
   * whose words or term the fragment most often is; or a whole sentence right after a reporter's sentence about a
   * person ("Ann Roe hopes to … . “…”").
   */
  SUBJECT,
  /** No speaker. */
  NONE;

  /** The column's value: the name in lower case. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * How often a speaker found this way, of this speaker_type, is right on articles no rule was written from (for
   * {@link #NONE}: how often the quotation indeed has no speaker the article names): the first sights of the five
   * latest annotated sets pooled (quotes-fresh19 to -fresh23, each scored by {@code scripts/eval-quotes} on the tables
   * of the code before any rule from it; 1,560 matched quotations), smoothed as (right + 1) / (n + 2); rules with few
   * cases share the figure of the rule nearest to them. The counts are in the comments. The same rules right on the
   * sets they were written from score higher (0.96 for a person at the cue), which unseen news does not bear out.
   */
  double confidence(String kind, String speakerType) {
    boolean person = Speaker.PERSON.equals(speakerType);
    boolean anonymous = Speaker.ANONYMOUS.equals(speakerType);
    return switch (this) {
      case CUE -> person ? 0.886 : anonymous ? 0.435 : 0.646; // 482/543, 36/83, 63/97 (organisations, documents)
      case PRONOUN, TITLE, EPITHET -> person ? 0.847 : 0.294; // 154/181 (pronouns 150/174, titles 4/7), 9/32
      case CONTINUATION, REPEAT -> person ? 0.917 : 0.439; // 219/238, 17/39
      case INTERVIEW -> 0.808; // 20/24
      case SUBJECT -> 0.570; // 56/98 in sample (29 sets, session 34); first sights: fresh29 3/5, fresh46 3/3
      case NONE -> "direct".equals(kind) ? 0.164 : 0.624; // 8/53, 168/269
    };
  }
}
