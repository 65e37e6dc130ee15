package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a name, title or descriptor stands for, from the document's mentions alone: a person's surname the fullest name
 * the document gives it, an organisation itself, a title ("the Secretary of State") the person the document introduced
 * with it (for "the …", also one it names later), "the official" the anonymous official introduced before.
 * Pronouns and epithets point back instead: {@link Antecedents}.
 */
final class NamedSpeakers {
  private NamedSpeakers() {}

  static Speaker of(Mention m, Mentions mentions) {
    return switch (m.kind()) {
      case PERSON -> person(m, mentions);
      case ORGANISATION -> organisationOrSurname(m, mentions);
      case DOCUMENT -> new Speaker(m.name(), Speaker.DOCUMENT, m.isPlural());
      case ANONYMOUS -> descriptor(m, mentions);
      case PRONOUN -> throw new IllegalArgumentException("a pronoun names nobody by itself: " + m.text());
    };
  }

  /**
   * An organisation or place; but a place's name alone that is the surname of a person the document names in full,
   * first name first, is that person: "Poland warned" after "Dr. Gregory Poland".
   */
  private static Speaker organisationOrSurname(Mention m, Mentions mentions) {
    if (!m.isDefinite() && !m.isPlural() && m.text().equals(m.name()) && !m.name().contains(" ")
        && Lexicon.PLACES.contains(m.name().toLowerCase(Locale.ROOT)) && mentions.knowsSurname(m.name())) {
      String full = mentions.fullName(m.name());
      if (full.contains(" ") && Lexicon.isFirstName(full.substring(0, full.indexOf(' ')))) {
        return new Speaker(full, Speaker.PERSON, false);
      }
    }
    return new Speaker(organisation(m, mentions), Speaker.ORGANISATION, m.isPlural());
  }

  /**
   * A person's fullest name in the document; but a lone word that names no person there and opens the name of an
   * organisation named before is that organisation ("Ford said" after "Ford Motor Co said").
   */
  private static Speaker person(Mention m, Mentions mentions) {
    String full = mentions.fullName(m);
    if (!full.contains(" ") && m.titles().isEmpty()) {
      String organisation = mentions.organisationOpenedBy(m.name(), m.begin());
      if (organisation != null) {
        return new Speaker(organisation, Speaker.ORGANISATION, false);
      }
    }
    return new Speaker(full, Speaker.PERSON, m.isPlural());
  }

  /**
   * An organisation's name; an acronym whose full name the document gives is that name ({@link Mentions#spelledOut});
   * "the company", "the union", "The Chronicle": the one named before whose name holds the
   * word ({@link Mentions#organisationNamed}).
   */
  private static String organisation(Mention m, Mentions mentions) {
    String spelled = Phrases.isAcronym(m.name()) ? mentions.spelledOut(m.name()) : null;
    if (spelled != null) {
      return Mention.stripPossessive(spelled);
    }
    if (m.isDefinite() && !m.name().isEmpty() && !m.name().contains(" ")) {
      String named = mentions.organisationNamed(m.name().toLowerCase(Locale.ROOT), m.begin());
      return named != null ? Mention.stripPossessive(named) : m.name(); // "the Fed" after "the Federal Reserve's"
    }
    return m.name();
  }

  /**
   * A title that is the surname of someone the document named in full, that person ("King said" after "Angus King");
   * a title the document gave a named person, else an earlier descriptor with the same head noun, else itself; "one"
   * alone is one of the group last named ("Some bankers believe …, one said": one banker).
   */
  private static Speaker descriptor(Mention m, Mentions mentions) {
    if (m.text().equalsIgnoreCase("one")) {
      return oneOfGroup(m, mentions);
    }
    if (m.titles().size() == 1 && m.text().equals(m.name()) && mentions.knowsSurname(m.name())) {
      return new Speaker(mentions.fullName(m.name()), Speaker.PERSON, false); // "King said" after "Angus King"
    }
    String head = last(m.titles());
    List<Mentions.Seen> seen = mentions.seen();
    List<String> required = wordsToMatch(m, true);
    Set<String> holders = new HashSet<>(); // everyone the document gave the title before
    for (Mentions.Seen s : seen) {
      if (s.pos() < m.begin() && hasTitles(s.mention(), m, required)) {
        holders.add(mentions.fullName(s.mention().name()));
      }
    }
    for (int i = seen.size() - 1; i >= 0 && !holders.isEmpty(); i--) { // of them, the one named last
      Mention named = seen.get(i).mention();
      if (seen.get(i).pos() < m.begin() && named.kind() == Mention.Kind.PERSON
          && holders.contains(mentions.fullName(named.name()))) {
        return new Speaker(mentions.fullName(named.name()), Speaker.PERSON, false);
      }
    }
    if (m.isDefinite() || m.text().toLowerCase(Locale.ROOT).startsWith("this")) {
      for (Mentions.Seen s : seen) { // the first descriptor of this kind introduced it
        if (s.pos() < m.begin() && s.mention().kind() == Mention.Kind.ANONYMOUS && !s.mention().isDefinite()
            && head.equals(last(s.mention().titles()))) {
          return new Speaker(s.mention().name(), Speaker.ANONYMOUS, s.mention().isPlural());
        }
      }
    }
    if (m.isDefinite()) { // "The home secretary said …" before "Home Secretary Charles Clarke told MPs"
      List<String> all = wordsToMatch(m, false);
      for (Mentions.Seen s : seen) {
        if (s.pos() > m.begin() && hasTitles(s.mention(), m, all)) {
          return new Speaker(mentions.fullName(s.mention().name()), Speaker.PERSON, false);
        }
      }
    }
    return new Speaker(m.name(), Speaker.ANONYMOUS, m.isPlural());
  }

  /** "one" + the singular of the plural role noun last named before it ("bankers": "one banker"), else "one". */
  private static Speaker oneOfGroup(Mention m, Mentions mentions) {
    List<Mentions.Seen> seen = mentions.seen();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention group = seen.get(i).mention();
      String head = last(group.titles());
      if (group.begin() < m.begin() && group.kind() == Mention.Kind.ANONYMOUS && group.isPlural()
          && Lexicon.ROLES.contains(head) && head.endsWith("s")) {
        return new Speaker("one " + Lexicon.singular(head), Speaker.ANONYMOUS, false);
      }
    }
    return new Speaker(m.name(), Speaker.ANONYMOUS, false);
  }

  /**
   * The mention names a person with the title that heads {@code descriptor} and the descriptor's {@code required}
   * words ({@link #wordsToMatch}), and no rank among the words before the head, back to an "and", that the
   * descriptor lacks ({@link Lexicon#RANKS}, or a word in "ex-"); an abbreviated title is the full one.
   */
  private static boolean hasTitles(Mention person, Mention descriptor, List<String> required) {
    List<String> words = descriptor.titles();
    String head = last(words);
    if (person.kind() != Mention.Kind.PERSON) {
      return false;
    }
    List<String> titles = new ArrayList<>();
    for (String title : ownTitles(person.titles())) {
      String bare = Mention.bare(title);
      titles.add(Lexicon.SPELLED_OUT_TITLES.getOrDefault(bare, bare));
    }
    if (!titles.contains(head) || !titles.containsAll(required)) {
      return false;
    }
    for (int k = titles.lastIndexOf(head) - 1; k >= 0 && !titles.get(k).equals("and"); k--) {
      String before = titles.get(k);
      if ((Lexicon.RANKS.contains(before) || before.startsWith("ex-")) && !words.contains(before)) {
        return false; // "former Conservative chancellor", "ex-Tory chancellor": not "the chancellor" now
      }
    }
    return true;
  }

  /**
   * The titles of the person a mention names, without another person's joined before an "and" and an honorific ("the
   * prime minister and Mr Brown": Mr Brown is no prime minister).
   */
  private static List<String> ownTitles(List<String> titles) {
    int and = titles.lastIndexOf("and");
    if (and >= 0 && and + 1 < titles.size()) {
      String next = Mention.bare(titles.get(and + 1));
      if (Lexicon.MEN_HONORIFICS.contains(next) || Lexicon.WOMEN_HONORIFICS.contains(next) || next.equals("dr")) {
        return titles.subList(and + 1, titles.size());
      }
    }
    return titles;
  }

  /** Nouns for a place that own its offices: "the city's mayor", "the state's governor". */
  private static final Set<String> PLACE_NOUNS = Lexicon.words("city state country nation county town village "
      + "region province island district");

  /**
   * The words of descriptor {@code m} that a holder's titles must have (with {@code adjectivesFree}, for a person named
   * before it): not a place, a demonym, a place's noun as a possessor ("the city's mayor", not "the state attorney
   * general"), nor, before an office's title, an adjective shaped as a compound or a participle ("the steely-eyed
   * mayor", "the embattled governor"; but "the 74-year-old comedian" and "the two-time champion" are descriptions all
   * of whose words count).
   */
  private static List<String> wordsToMatch(Mention m, boolean adjectivesFree) {
    String text = m.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    boolean office = adjectivesFree && Lexicon.isTitle(last(m.titles()));
    List<String> out = new ArrayList<>();
    for (String w : m.titles()) {
      boolean adjective = office && (w.contains("-") && !w.endsWith("-old") || w.endsWith("ed"));
      boolean owner = PLACE_NOUNS.contains(w) && text.contains(w + "'s");
      if (!Lexicon.PLACES.contains(w) && !Lexicon.DEMONYMS.contains(w) && !owner && !adjective) {
        out.add(w);
      }
    }
    return out;
  }

  private static String last(List<String> words) {
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }
}
