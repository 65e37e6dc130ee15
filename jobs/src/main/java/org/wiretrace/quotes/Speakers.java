package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people and descriptors one document mentions outside quotations, and how a speaker phrase resolves against
 * them: a surname to the fullest name the document uses, a title ("the Secretary of State") to the person the
 * document introduced with it (or, for "the …", names with it later), "the official" to the anonymous official introduced before, a pronoun to the nearest
 * compatible earlier speaker or mention.
 */
final class Speakers {
  /** A resolved speaker: the name or descriptor, and its type (person, organisation, anonymous). */
  record Resolved(String speaker, String type, boolean plural) {}

  private record Seen(int pos, int sentence, Mention mention) {}

  private static final int PRONOUN_REACH = 3;

  private final List<Seen> seen = new ArrayList<>();
  private final Map<String, String> fullest = new HashMap<>();
  private final List<Seen> quoted = new ArrayList<>(); // speakers of quotations, in order, resolved

  private final List<Resolved> quotedResolved = new ArrayList<>();

  /** Records a phrase found outside quotations. */
  void see(Mention m, int sentence) {
    if (m.kind() == Mention.Kind.PRONOUN) {
      return;
    }
    seen.add(new Seen(m.begin(), sentence, m));
    if (m.kind() == Mention.Kind.PERSON) {
      String key = surname(m.name());
      String known = fullest.get(key);
      if (known == null || m.name().split(" ").length > known.split(" ").length) {
        fullest.put(key, m.name());
      }
    }
  }

  /** A single capitalized word counts as a person only if the document also names someone by that surname. */
  boolean knowsSurname(String word) {
    return fullest.containsKey(surname(word)) && fullest.get(surname(word)).contains(" ");
  }

  /** Records the resolved speaker of a quotation, for pronouns that follow. */
  void quotedBy(Mention m, int sentence, Resolved r) {
    quoted.add(new Seen(m.begin(), sentence, m));
    quotedResolved.add(r);
  }

  Resolved resolve(Mention m, int sentence) {
    return switch (m.kind()) {
      case PERSON -> new Resolved(fullName(m.name()), "person", m.isPlural());
      case ORGANISATION -> new Resolved(m.name(), "organisation", m.isPlural());
      case ANONYMOUS -> nominal(m, sentence);
      case PRONOUN -> pronoun(m, sentence);
    };
  }

  private String fullName(String name) {
    String full = fullest.get(surname(name));
    return full != null && full.split(" ").length >= name.split(" ").length ? full : name;
  }

  /** A title the document gave a named person, else an earlier descriptor with the same head noun, else itself. */
  private Resolved nominal(Mention m, int sentence) {
    List<String> words = m.titles();
    String head = words.isEmpty() ? "" : words.get(words.size() - 1);
    if (words.size() == 1 && Lexicon.EPITHETS.contains(head)) { // "the Dutchman said" after naming Martin Jol
      Resolved r = lastQuotedPerson(m.begin(), sentence);
      r = r != null ? r : pronoun("he", m.begin(), sentence);
      return r.speaker() != null ? r : new Resolved(m.name(), "anonymous", false);
    }
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (s.pos() >= m.begin()) {
        continue;
      }
      if (hasTitles(s.mention(), head, words)) {
        return new Resolved(fullName(s.mention().name()), "person", false);
      }
    }
    if (m.isDefinite() || m.text().toLowerCase(Locale.ROOT).startsWith("this")) {
      for (Seen s : seen) { // the first descriptor of this kind introduced it
        if (s.pos() < m.begin() && s.mention().kind() == Mention.Kind.ANONYMOUS && !s.mention().isDefinite()
            && head.equals(last(s.mention().titles()))) {
          return new Resolved(s.mention().name(), "anonymous", s.mention().isPlural());
        }
      }
    }
    if (m.isDefinite()) { // "The home secretary said …" before "Home Secretary Charles Clarke told MPs"
      for (Seen s : seen) {
        if (s.pos() > m.begin() && hasTitles(s.mention(), head, words)) {
          return new Resolved(fullName(s.mention().name()), "person", false);
        }
      }
    }
    return new Resolved(m.name(), "anonymous", m.isPlural());
  }

  private static boolean hasTitles(Mention person, String head, List<String> words) {
    return person.kind() == Mention.Kind.PERSON && person.titles().contains(head)
        && person.titles().containsAll(withoutPlaces(words));
  }

  /** The person quoted last, within {@link #PRONOUN_REACH} sentences before; null if none. */
  private Resolved lastQuotedPerson(int begin, int sentence) {
    for (int i = quoted.size() - 1; i >= 0; i--) {
      Seen q = quoted.get(i);
      if (q.pos() < begin) {
        Resolved r = quotedResolved.get(i);
        boolean near = q.sentence() >= sentence - PRONOUN_REACH;
        return near && r.type().equals("person") && !r.plural() ? r : null;
      }
    }
    return null;
  }

  private static List<String> withoutPlaces(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!Lexicon.PLACES.contains(w) && !Lexicon.DEMONYMS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The speaker of a recent quotation, else the first compatible mention of the nearest earlier sentence. */
  private Resolved pronoun(Mention m, int sentence) {
    return pronoun(m.name(), m.begin(), sentence);
  }

  private Resolved pronoun(String p, int begin, int sentence) {
    boolean plural = p.equals("they") || p.equals("we");
    for (int i = quoted.size() - 1; i >= 0; i--) {
      Seen q = quoted.get(i);
      if (q.pos() < begin && q.sentence() >= sentence - 1) {
        Resolved r = quotedResolved.get(i);
        if (r.speaker() != null && compatible(p, r)) {
          return r;
        }
        break;
      }
    }
    for (int target = sentence; target >= sentence - PRONOUN_REACH; target--) {
      for (Seen s : seen) {
        if (s.sentence() == target && s.pos() < begin) {
          Resolved r = resolve(s.mention(), s.sentence());
          if (compatible(p, r)) {
            return r;
          }
        }
      }
    }
    return new Resolved(null, "unknown", plural);
  }

  private static boolean compatible(String pronoun, Resolved r) {
    return switch (pronoun) {
      case "it" -> r.type().equals("organisation") && !r.plural();
      case "they", "we" -> r.type().equals("organisation") || r.plural();
      default -> (r.type().equals("person") || r.type().equals("anonymous")) && !r.plural();
    };
  }

  static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  private static String last(List<String> words) {
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }
}
