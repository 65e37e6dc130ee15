package org.wiretrace.quotes;

/**
 * Step 5, where a speaker is chosen: each passage in reading order is credited with a speaker. A marked quotation
 * without a speaker phrase of its own continues the speech of the last passage with a speaker, when that ended at
 * most {@link #CONTINUATION_REACH} sentences before and the quotation reads as speech: a clause, of four words or a
 * whole sentence, not in single marks (a headline's 'This will kill you': … continues nobody's speech). Any other
 * speaker phrase is resolved by its kind: pronouns and epithets point back ({@link Antecedents}), names, titles and
 * descriptors are looked up among the mentions ({@link NamedSpeakers}).
 */
final class ResolveSpeakers {
  private static final int CONTINUATION_REACH = 2;

  private ResolveSpeakers() {}

  static void annotate(QuoteDocument doc) {
    Antecedents antecedents = new Antecedents(doc.mentions());
    Passage previous = null; // the last passage whose speaker has a name
    for (Passage p : doc.passages()) {
      Mention m = p.attribution().speaker();
      if (m != null) {
        Speaker speaker = speakerOf(m, p.firstSentence(), doc.mentions(), antecedents);
        if (speaker.name() != null) {
          antecedents.quotedBy(m, p.firstSentence(), speaker);
        }
        p.credit(p.attribution(), speaker, ruleOf(m, speaker));
      } else if (continuesSpeech(p, previous)) {
        p.credit(previous.credited(), previous.speaker(), SpeakerRule.CONTINUATION);
      } else {
        p.credit(p.attribution(), null, SpeakerRule.NONE);
      }
      if (p.speaker() != null && p.speaker().name() != null) {
        previous = p;
      }
    }
  }

  private static boolean continuesSpeech(Passage p, Passage previous) {
    if (!p.isMarked() || previous == null || p.firstSentence() - previous.lastSentence() > CONTINUATION_REACH) {
      return false;
    }
    Passage.Shape shape = p.shape();
    return shape.clause() && (shape.words() >= 4 || shape.sentence()) && !shape.singleMarks();
  }

  /** How the phrase {@code m} came to name {@code speaker}. */
  private static SpeakerRule ruleOf(Mention m, Speaker speaker) {
    if (m.kind() == Mention.Kind.PRONOUN) {
      return SpeakerRule.PRONOUN;
    }
    if (Antecedents.isEpithet(m)) {
      return SpeakerRule.EPITHET;
    }
    return m.kind() == Mention.Kind.ANONYMOUS && speaker.type().equals(Speaker.PERSON) ? SpeakerRule.TITLE
        : SpeakerRule.CUE;
  }

  /** Who the phrase {@code m} in {@code sentence} names. */
  private static Speaker speakerOf(Mention m, int sentence, Mentions mentions, Antecedents antecedents) {
    if (m.kind() == Mention.Kind.PRONOUN) {
      return antecedents.pronoun(m, sentence);
    }
    return Antecedents.isEpithet(m) ? antecedents.epithet(m, sentence) : NamedSpeakers.of(m, mentions);
  }
}
