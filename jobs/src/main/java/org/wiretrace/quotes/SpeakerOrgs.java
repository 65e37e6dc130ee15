package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wiretrace.text.Tokens;

/**
 * The organisation an anonymous speaker speaks for (the {@code speaker_org} column): named before the role noun
 * ("a State Department official", "the Globe’s directors"), or after it with "for", "at", "of", "from" or "with"
 * ("a spokeswoman for the airline", "researchers at the Los Alamos National Laboratory"). A definite common noun ("the
 * airline") stands for the last organisation named before it whose name holds that noun, when there is one.
 */
final class SpeakerOrgs {
  /** Title words that rank a person rather than name an organisation ("a Deputy spokesman"). */
  private static final Set<String> RANKS = Lexicon.words("deputy acting chief senior junior assistant "
      + "former vice interim executive principal lead top first mr mrs ms dr");

  private SpeakerOrgs() {}

  static String of(QuoteDocument doc, Mention m) {
    Tokens t = doc.tokens();
    String inside = inside(t, m);
    if (inside != null) {
      return inside;
    }
    int k = m.to();
    if (k + 1 < t.size() && (t.is(k, "for") || t.is(k, "at") || t.is(k, "of") || t.is(k, "from")
        || t.is(k, "with"))) {
      int sentence = doc.sentenceAt(t.begin(k));
      if (t.is(k + 1, "the") && k + 2 < t.size() && t.isWord(k + 2) && !t.capitalized(k + 2)
          && (k + 3 >= t.size() || !t.isWord(k + 3) || Phrases.isCue(t, k + 3))) { // "for the airline said"
        String named = doc.mentions().organisationNamed(t.lower(k + 2), t.begin(k));
        return named != null ? named : t.word(k + 2);
      }
      int[] phrase = Phrases.right(t, k + 1, doc.endToken(sentence));
      if (phrase != null) {
        Mention org = Mention.of(t, phrase[0], phrase[1]);
        if (org.kind() == Mention.Kind.ORGANISATION && org.name() != null) {
          return named(doc, org);
        }
      }
    }
    return null;
  }

  /** Capitalized words before the role noun that are no title, place adjective or determiner: "State Department". */
  private static String inside(Tokens t, Mention m) {
    List<String> words = new ArrayList<>();
    for (int k = m.from(); k < m.to() - 1; k++) {
      String w = Mention.stripPossessive(t.word(k));
      String lower = w.toLowerCase(Locale.ROOT);
      boolean orgWord = t.capitalized(k) && !RANKS.contains(lower) && !Lexicon.DEMONYMS.contains(lower)
          && !Lexicon.DETERMINERS.contains(lower) && !Lexicon.CAP_STOPS.contains(lower)
          && !Lexicon.ANONYMITY.contains(lower);
      if (orgWord || !words.isEmpty() && (t.is(k, "of") || t.is(k, "for") || t.is(k, "and")) && t.capitalized(k + 1)) {
        words.add(w);
      } else if (!words.isEmpty()) {
        break;
      }
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /** An organisation's name; a definite common noun ("the airline") as the last organisation named that holds it. */
  private static String named(QuoteDocument doc, Mention org) {
    if (org.isDefinite() && !org.name().isEmpty() && !Character.isUpperCase(org.name().charAt(0))) {
      String head = org.name().substring(org.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      String named = doc.mentions().organisationNamed(head, org.begin());
      return named != null ? named : org.name();
    }
    return org.name();
  }
}
