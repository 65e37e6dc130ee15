package org.wiretrace.quotes;

import org.wiretrace.text.Tokens;

/**
 * Step 2: the names and descriptors outside quotations ({@link Mentions}), for titles, surnames and pronouns to resolve
 * to. A phrase starts at a capitalized word or an article that does not follow a capitalized word; "X and Y" is a
 * mention and so is each of its parts. A lone capitalized word counts only as an organisation or as the surname of
 * someone named in full before; pronouns are not mentions.
 */
final class SeeMentions {
  private SeeMentions() {}

  static void annotate(QuoteDocument doc) {
    Tokens t = doc.tokens();
    Mentions mentions = new Mentions();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int lo = doc.firstToken(s);
      int hi = doc.endToken(s);
      for (int k = lo; k < hi; k++) {
        boolean start = t.capitalized(k) || t.is(k, "a") || t.is(k, "an") || t.is(k, "the");
        if (!start || doc.mask().covers(t.begin(k)) || k > lo && t.capitalized(k - 1)) {
          continue;
        }
        int[] phrase = Phrases.right(t, k, hi);
        if (phrase == null) {
          continue;
        }
        if (hasAnd(t, phrase)) {
          see(t, phrase[0], phrase[1], s, mentions);
        }
        int part = phrase[0];
        for (int j = phrase[0]; j <= phrase[1]; j++) {
          if (j == phrase[1] || t.is(j, "and")) {
            see(t, part, j, s, mentions);
            part = j + 1;
          }
        }
        k = phrase[1] - 1;
      }
    }
    doc.setMentions(mentions);
  }

  private static boolean hasAnd(Tokens t, int[] phrase) {
    for (int j = phrase[0]; j < phrase[1]; j++) {
      if (t.is(j, "and")) {
        return true;
      }
    }
    return false;
  }

  private static void see(Tokens t, int from, int to, int sentence, Mentions mentions) {
    if (from >= to) {
      return;
    }
    Mention m = Mention.of(t, from, to);
    boolean single = to - from == 1 && t.capitalized(from);
    if (m.kind() != Mention.Kind.PRONOUN && (!single || m.kind() == Mention.Kind.ORGANISATION
        || mentions.knowsSurname(m.name()))) {
      mentions.add(m, sentence);
    }
  }
}
