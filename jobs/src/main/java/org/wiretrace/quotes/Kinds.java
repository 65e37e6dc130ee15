package org.wiretrace.quotes;

import org.wiretrace.text.Tokens;

/**
 * Step 6: the kind of each passage. Reported speech is "indirect" and a continued speech "direct". Otherwise a clause
 * of four words or more is "direct"; up to three words credited through a cue that is no plain speech verb, or up to
 * six words with no cue at all, are "scare" quotes; the rest is "partial".
 */
final class Kinds {
  private Kinds() {}

  static void annotate(QuoteDocument doc) {
    for (Passage p : doc.passages()) {
      p.setKind(kindOf(p, doc.tokens()));
    }
  }

  private static String kindOf(Passage p, Tokens t) {
    if (!p.isMarked()) {
      return "indirect";
    }
    if (p.isContinuation()) {
      return "direct";
    }
    Passage.Shape shape = p.shape();
    Attribution a = p.attribution();
    boolean direct = shape.clause() && shape.words() >= 4;
    if (a.speaker() == null) {
      return a.found() || shape.words() > 6 ? (direct ? "direct" : "partial") : "scare";
    }
    String lemma = Lexicon.CUES.getOrDefault(t.lower(a.cueFrom()), "according to");
    return direct ? "direct"
        : shape.words() <= 3 && !Lexicon.SAY_VERBS.contains(lemma) && !lemma.equals("according to") ? "scare"
        : "partial";
  }
}
