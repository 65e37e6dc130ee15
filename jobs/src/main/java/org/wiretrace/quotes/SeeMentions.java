package org.wiretrace.quotes;

import org.wiretrace.text.Tokens;

/**
 * Step 2: the names and descriptors outside quotations ({@link Mentions}), for titles, surnames and pronouns to resolve
 * to. A phrase starts at a capitalized word or an article that does not follow a capitalized word; "X and Y" is a
 * mention and so is each of its parts. A lone capitalized word counts only as an organisation or as the surname of
 * someone named in full before; pronouns are not mentions.
 */
final class SeeMentions {
  private static final java.util.Set<String> PREPOSITIONS = Lexicon.words("in on at with by from of to for into "
      + "onto under over after before during about against among between through without within");

  private SeeMentions() {}

  static void annotate(QuoteDocument doc) {
    Tokens t = doc.tokens();
    Mentions mentions = new Mentions();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int lo = doc.firstToken(s);
      int hi = doc.endToken(s);
      int first = firstWord(doc, lo, hi);
      if (first >= 0 && Lexicon.PRONOUNS.contains(t.lower(first)) && first + 1 < hi && t.isWord(first + 1)
          && !t.capitalized(first + 1)) {
        mentions.addSubjectPronoun(Mention.of(t, first, first + 1), s);
      }
      for (int k = lo; k < hi; k++) {
        boolean bareRole = Lexicon.PLURAL_ROLES.contains(t.lower(k)) && !t.capitalized(k)
            && (k == lo || !t.isWord(k - 1) || Lexicon.PHRASE_STOPS.contains(t.lower(k - 1)));
        boolean start = t.capitalized(k) || t.is(k, "a") || t.is(k, "an") || t.is(k, "the") || bareRole;
        if (!start || k > lo && Phrases.isNamePart(t, k - 1)) { // not inside a name; "And Home Secretary …" is one
          continue;
        }
        if (doc.mask().covers(t.begin(k))) {
          int[] quoted = t.capitalized(k) ? Phrases.right(t, k, hi) : null;
          if (quoted != null) {
            mentions.addQuotedName(Mention.of(t, quoted[0], quoted[1]));
            k = quoted[1] - 1;
          }
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

  /** Words that may open a sentence before its subject: "But she was pleased", "Still, he said". */
  private static final java.util.Set<String> LINKS = Lexicon.words("but and yet so still instead meanwhile however "
      + "now then later");

  /** The first word of the sentence [lo, hi) outside quotations, past a linking word and its comma; or -1. */
  private static int firstWord(QuoteDocument doc, int lo, int hi) {
    Tokens t = doc.tokens();
    for (int k = lo; k < hi; k++) {
      if (t.isWord(k)) {
        if (doc.mask().covers(t.begin(k))) {
          return -1;
        }
        int next = t.is(k + 1, ",") ? k + 2 : k + 1;
        return LINKS.contains(t.lower(k)) && next < hi && t.isWord(next) && !doc.mask().covers(t.begin(next))
            ? next : k;
      }
    }
    return -1;
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
    // a possessor ("Roe's announcement") is someone a later "she" may mean, but less likely than a subject: it
    // counts as a governed mention
    boolean possessor = m.kind() == Mention.Kind.PERSON && !Mention.stripPossessive(m.name()).equals(m.name());
    m = possessor ? m.withoutPossessive() : m;
    boolean single = to - from == 1 && t.capitalized(from);
    if (m.kind() != Mention.Kind.PRONOUN && (!single || m.kind() == Mention.Kind.ORGANISATION
        || mentions.knowsSurname(m.name()))) {
      boolean prepositional = possessor
          || from > 0 && PREPOSITIONS.contains(t.lower(from - 1)) && !t.is(from - 2, "according");
      mentions.add(m, sentence, prepositional);
    }
  }
}
