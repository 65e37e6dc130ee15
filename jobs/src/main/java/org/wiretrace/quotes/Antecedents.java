package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a pronoun or a nationality epithet ("the Dutchman said") points back to, from the speakers quoted so far and the
 * mentions before it. A pronoun takes the person named first in its own sentence when a verb of saying follows that
 * name ('Ann Roe said: "…," he said'), else the speaker of the last quotation before it if that is in its sentence or
 * the one before and fits ("it" an organisation or a document, "they" an organisation or several people), else the
 * first fitting mention before it, nearest sentence first, up to {@link #REACH} sentences back ("he" and "she" fit no
 * person whose first name is the other gender's, {@link Lexicon#MALE_NAMES}, nor a descriptor of a thing or of the
 * other gender: "her care home", "his wife"); a sentence whose subject is the same pronoun ("He also attacked Joe
 * Biden.") passes on that pronoun's referent, not its object's; "he" or "she" that nothing fits there takes the person
 * quoted last, up to {@link #QUOTED_REACH} sentences after that quotation ends. An epithet takes the person named as
 * the subject of the sentence before it when no quotation came between, else the person quoted just before it, else
 * points back as "he" would from where it stands; a walk back that meets an earlier epithet goes on from there the
 * same way, and ends on the last epithet's own descriptor when nobody fits.
 */
final class Antecedents {
  private static final int REACH = 3;
  /**
   * How far back "he" or "she" looks for the person quoted last when nobody fits within {@link #REACH}: a person
   * quoted, then a few sentences about their firm, then "he said".
   */
  private static final int QUOTED_REACH = 6;
  /** An epithet always ends up naming one person (or one anonymous individual): "he" or "she" fits it, "they" not. */
  private static final Speaker ONE_PERSON = new Speaker(null, Speaker.PERSON, false);
  /**
   * What a walk back looks for: the referent of a pronoun, or for a role description a named person, of the noun's
   * gender if it has one ({@link #fits} says which speakers each accepts).
   */
  private enum Wanted {
    HE, SHE, IT, THEY, WE, I, NAMED_MAN, NAMED_WOMAN, NAMED_PERSON;

    static Wanted pronoun(String pronoun) {
      return switch (pronoun) {
        case "he" -> HE;
        case "she" -> SHE;
        case "it" -> IT;
        case "they" -> THEY;
        case "we" -> WE;
        default -> I;
      };
    }

    boolean isRole() {
      return this == NAMED_MAN || this == NAMED_WOMAN || this == NAMED_PERSON;
    }
  }

  /** A quotation's speaker, named at char {@code pos}; it opens in sentence {@code first} and ends in {@code last}. */
  private record Speech(int pos, int first, int last, Speaker speaker) {}

  private final Mentions mentions;
  private final List<Speech> speeches = new ArrayList<>(); // in reading order, each with a name
  private final Map<Integer, Speaker> chained = new HashMap<>(); // subject pronoun pos → referent
  private final Map<String, Speaker> roles = new HashMap<>(); // "chancellor" → the person it named
  // "Leigh Rose" → true: her gender, which "Ms. Rose" tells; "Evie" → true, which "his wife, Evie," tells
  private final Map<String, Boolean> women;
  /** While a pronoun's walk skips the people its quotation names ({@link #pronoun}): those names. */
  private Set<String> spokenOf = Set.of();

  Antecedents(Mentions mentions) {
    this.mentions = mentions;
    this.women = mentions.womenByHonorific();
    mentions.namedRoles().forEach((role, name) -> {
      String head = head(role);
      // "Ken's wife, Evie," is a woman, "her husband, Carl," a man, whatever the lists of first names know
      if (Lexicon.WOMEN_ROLES.contains(head) || Lexicon.MEN_ROLES.contains(head)) {
        women.putIfAbsent(name, Lexicon.WOMEN_ROLES.contains(head)); // by the name given there: "Evie"
      }
    });
  }

  /**
   * Records the speaker of a quotation, named at char {@code pos}, that opens in sentence {@code first} and ends in
   * {@code last}, for the pronouns after it.
   */
  void quotedBy(int pos, int first, int last, Speaker speaker) {
    speeches.add(new Speech(pos, first, last, speaker));
  }

  /**
   * The person last quoted whose full name has the surname {@code m} names, or null: where a document names two people
   * so ("Carl Rose Jr." and his father Carl Rose, "Liz Roe" and her mother), "Rose said" is the one speaking; "Ms.
   * Rose" is never a man, nor anyone the document calls "Mr." elsewhere.
   */
  Speaker lastQuotedWithSurname(Mention m) {
    String key = Mentions.surname(m.name());
    Boolean woman = m.womanByHonorific();
    for (int i = speeches.size() - 1; i >= 0; i--) {
      Speaker s = speeches.get(i).speaker();
      if (speeches.get(i).pos() < m.begin() && s.type().equals(Speaker.PERSON) && s.name().contains(" ")
          && Mentions.surname(s.name()).equals(key) && !(woman != null && known(s, !woman))) {
        return s;
      }
    }
    return null;
  }

  /**
   * What "the company" or "the firm" stands for when no organisation before has a company's name: the last speaker
   * quoted within {@link #QUOTED_REACH} sentences that is an organisation named in several words or a brand's name
   * ("Netflix says …", then "the company said"); else the brand named last within {@link #REACH} sentences ("Tesla
   * will close its plant … the company said"); null if none.
   */
  Speaker company(Mention m, int sentence) {
    String head = m.name().toLowerCase(Locale.ROOT);
    if (!head.equals("company") && !head.equals("firm")) {
      return null;
    }
    for (int i = speeches.size() - 1; i >= 0; i--) {
      Speech q = speeches.get(i);
      String name = q.speaker().name();
      if (q.pos() >= m.begin()) {
        continue;
      }
      if (q.first() < sentence - QUOTED_REACH) {
        break;
      }
      if (q.speaker().plural() || !Character.isUpperCase(name.charAt(0))) {
        continue;
      }
      String type = q.speaker().type();
      if (type.equals(Speaker.ORGANISATION) && name.contains(" ")) {
        return q.speaker(); // "Cairn said", which the document's "Cairn Energy" named
      }
      if ((type.equals(Speaker.PERSON) || type.equals(Speaker.ORGANISATION)) && isBrand(name)) {
        return new Speaker(name, Speaker.ORGANISATION, false);
      }
    }
    // an acronym named last is more often an agency than a company ("the FDA approved …, the company said"); a name
    // is capitalized inside sentences too, a word that opens one ("Such plans …") is not
    String brand = mentions.lastOneWordSubject(m.begin(), sentence - REACH,
        w -> isBrand(w) && !Phrases.isAcronym(w) && mentions.isCapitalizedInside(w)
            && !Lexicon.DEMONYMS.contains(w.toLowerCase(Locale.ROOT).replaceAll("s$", "")));
    return brand == null ? null : new Speaker(brand, Speaker.ORGANISATION, false);
  }

  /** A name of one word that is nobody's first name or surname in the document and no place's: a brand's. */
  private boolean isBrand(String name) {
    return !name.isEmpty() && !name.contains(" ") && Character.isUpperCase(name.charAt(0))
        && !mentions.knowsSurname(name) && !Lexicon.isFirstName(name)
        && !Lexicon.PLACES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** A role description ("the chancellor") named this person: later ones with the same head name them too. */
  void roleNamed(Mention m, Speaker person) {
    roles.put(head(m), person);
  }

  /**
   * The named person a role description ("the actress", "the veteran coach") stands for: the one it named before, else
   * the person quoted or named last before it who fits its gender; an anonymous speaker or descriptor is not one.
   */
  Speaker personOfRole(Mention m, int sentence) {
    Speaker named = roles.get(head(m));
    return named != null ? named : namedBefore(m).orElseGet(() -> walkBack(roleKey(m), m.begin(), sentence, null));
  }

  /**
   * The person last given the role of {@code m} before it, set off by commas ({@link Mentions#namedRoles}), with every
   * word of it: "the California Republican" is not "a New Mexico Republican".
   */
  private Optional<Speaker> namedBefore(Mention m) {
    Speaker named = null;
    for (Map.Entry<Mention, String> role : mentions.namedRoles().entrySet()) {
      if (role.getKey().begin() < m.begin() && head(role.getKey()).equals(head(m))
          && role.getKey().titles().containsAll(m.titles())) {
        named = new Speaker(role.getValue(), Speaker.PERSON, false);
      }
    }
    return Optional.ofNullable(named);
  }

  private static Wanted roleKey(Mention m) {
    String head = head(m);
    return Lexicon.WOMEN_ROLES.contains(head) ? Wanted.NAMED_WOMAN
        : Lexicon.MEN_ROLES.contains(head) ? Wanted.NAMED_MAN : Wanted.NAMED_PERSON;
  }

  private static String head(Mention m) {
    return m.titles().isEmpty() ? "" : m.titles().get(m.titles().size() - 1);
  }

  static boolean isEpithet(Mention m) {
    return m.kind() == Mention.Kind.ANONYMOUS && m.titles().size() == 1
        && Lexicon.EPITHETS.contains(m.titles().get(0));
  }

  /**
   * The referent of a pronoun that attributes a quotation naming {@code namedInQuotation}
   * ({@link QuoteText#namesInside}): a person the quotation speaks of by name is not its speaker ('Tom Lund has doubts.
   * "I think Tom's situation …," he said'), and the walk goes on past them. A named person "he" or "she" resolves to is
   * of that gender from then on.
   */
  Speaker pronoun(Mention m, int sentence, Set<String> namedInQuotation) {
    Speaker referent = walkBack(Wanted.pronoun(m.name()), m.begin(), sentence, null);
    if (!isSpokenOf(referent, namedInQuotation)) {
      return notingGender(m, referent);
    }
    spokenOf = namedInQuotation; // walked again past them, caching nothing found so
    try {
      return notingGender(m, walkBack(Wanted.pronoun(m.name()), m.begin(), sentence, null));
    } finally {
      spokenOf = Set.of();
    }
  }

  /** The referent, whose gender a named person's "he" or "she" tells from then on. */
  private Speaker notingGender(Mention m, Speaker referent) {
    if (isNamedPerson(referent) && (m.name().equals("he") || m.name().equals("she"))) {
      women.putIfAbsent(referent.name(), m.name().equals("she")); // "Puja Patel … she said" is no later "he"
    }
    return referent;
  }

  Speaker epithet(Mention m, int sentence) {
    Speaker subject = subjectSinceQuoted(m.begin(), sentence);
    if (subject != null) {
      return subject;
    }
    Speaker quoted = lastQuotedPerson(m.begin(), sentence, REACH);
    return quoted != null ? quoted : walkBack(Wanted.HE, m.begin(), sentence, m);
  }

  /**
   * The person named as the subject of the sentence before {@code sentence}, when the last quotation before
   * {@code begin} ended before that sentence and the epithet's own sentence names nobody before it: 'Roe lost in four
   * sets. "…," said the American' is Roe's, whoever was quoted before; null otherwise.
   */
  private Speaker subjectSinceQuoted(int begin, int sentence) {
    for (Mentions.Seen s : mentions.inSentence(sentence)) {
      if (s.pos() < begin && s.mention().kind() == Mention.Kind.PERSON) {
        return null; // "When Ann Roe shook his hand, the Australian said": the walk back finds her
      }
    }
    for (int i = speeches.size() - 1; i >= 0; i--) {
      Speech q = speeches.get(i);
      if (q.pos() < begin) {
        if (q.last() >= sentence - 1) {
          return null;
        }
        break;
      }
    }
    List<Mentions.Seen> before = mentions.inSentence(sentence - 1);
    if (before.isEmpty() || before.get(0).prepositional()
        || before.get(0).mention().kind() != Mention.Kind.PERSON) {
      return null;
    }
    Speaker named = NamedSpeakers.of(before.get(0).mention(), mentions);
    return isNamedPerson(named) ? named : null;
  }

  /**
   * The referent of what is {@code wanted} at char {@code begin} of {@code sentence}; {@code epithet} is the epithet
   * the walk has come through, if any.
   */
  private Speaker walkBack(Wanted wanted, int begin, int sentence, Mention epithet) {
    while (true) {
      Speaker recent = namedSubject(wanted, begin, sentence);
      recent = recent != null ? recent : recentSpeaker(wanted, begin, sentence);
      if (recent != null && !isSpokenOf(recent, spokenOf)) {
        return recent;
      }
      Mentions.Seen earlierEpithet = null;
      for (Mentions.Seen s : candidates(begin, sentence)) {
        if (s.mention().kind() == Mention.Kind.PRONOUN) {
          Wanted other = Wanted.pronoun(s.mention().name());
          if (other == wanted) { // the same pronoun as subject: its referent
            Speaker referent = chained.get(s.pos());
            if (referent == null) {
              referent = walkBack(wanted, s.pos(), s.sentence(), epithet);
              if (spokenOf.isEmpty()) {
                chained.put(s.pos(), referent);
              }
            }
            if (referent.name() != null && !isSpokenOf(referent, spokenOf)) {
              return referent;
            }
          } else if (epithet == null && (wanted == Wanted.HE && other == Wanted.SHE
              || wanted == Wanted.SHE && other == Wanted.HE)) {
            // "Shelly Luther … ¶ She was sentenced … he told her": whom the other pronoun means is not this one
            Speaker referent = chained.get(s.pos());
            if (referent == null) {
              referent = walkBack(other, s.pos(), s.sentence(), null);
              chained.put(s.pos(), referent);
            }
            if (isNamedPerson(referent)) {
              women.putIfAbsent(referent.name(), other == Wanted.SHE);
            }
          }
        } else if (isEpithet(s.mention())) {
          if (fits(wanted, ONE_PERSON)) {
            earlierEpithet = s;
            break;
          }
        } else {
          Speaker named = NamedSpeakers.of(s.mention(), mentions);
          if (named.type().equals(Speaker.ANONYMOUS) && ResolveSpeakers.isRoleDescription(s.mention())
              && fits(wanted, named)) {
            Speaker person = personOfRole(s.mention(), s.sentence()); // "the actor … he": the actor named before
            named = person.type().equals(Speaker.PERSON) ? person : named;
          }
          if (fits(wanted, named) && (!named.type().equals(Speaker.ANONYMOUS) || isPersonDescriptor(named))
              && !isSpokenOf(named, spokenOf)) {
            return named;
          }
        }
      }
      if (earlierEpithet == null) {
        Speaker quoted = epithet == null && (wanted == Wanted.HE || wanted == Wanted.SHE || wanted.isRole())
            ? lastQuotedPerson(begin, sentence, QUOTED_REACH) : null;
        if (quoted != null && fits(wanted, quoted) && !isSpokenOf(quoted, spokenOf)) {
          return quoted;
        }
        return epithet != null ? new Speaker(epithet.name(), Speaker.ANONYMOUS, false)
            : new Speaker(null, Speaker.UNKNOWN, wanted == Wanted.THEY || wanted == Wanted.WE);
      }
      Speaker quoted = lastQuotedPerson(earlierEpithet.pos(), earlierEpithet.sentence(), REACH);
      if (quoted != null) {
        return quoted;
      }
      wanted = wanted == Wanted.SHE ? Wanted.SHE : Wanted.HE; // "the Belgian … she said": a woman, then
      begin = earlierEpithet.pos();
      sentence = earlierEpithet.sentence();
      epithet = earlierEpithet.mention();
    }
  }

  /**
   * The person named first in the sentence, before {@code begin}, when that name opens the sentence's mentions (no
   * preposition governs it), is the subject of a verb of saying and fits: 'Ann Roe said: "…," he said' is Roe's,
   * whoever spoke in the sentence before; not 'The image portrayed Mr Howard as a hypnotist, he argued'.
   */
  private Speaker namedSubject(Wanted wanted, int begin, int sentence) {
    for (Mentions.Seen s : mentions.inSentence(sentence)) {
      if (s.pos() >= begin) {
        return null;
      }
      if (!s.prepositional()) {
        Speaker named = s.mention().kind() == Mention.Kind.PERSON ? NamedSpeakers.of(s.mention(), mentions) : null;
        return named != null && mentions.isCueSubject(s) && isNamedPerson(named) && fits(wanted, named) ? named
            : null;
      }
    }
    return null;
  }

  /** The speaker of the last quotation before {@code begin} if it is in this sentence or the one before and fits. */
  private Speaker recentSpeaker(Wanted wanted, int begin, int sentence) {
    for (int i = speeches.size() - 1; i >= 0; i--) {
      Speech q = speeches.get(i);
      if (q.pos() < begin && q.first() >= sentence - 1) {
        return fits(wanted, q.speaker()) ? q.speaker() : null;
      }
    }
    return null;
  }

  /**
   * The mentions before {@code begin}, nearest sentence first, within {@link #REACH} sentences; in each sentence
   * those a preposition governs come last, and in the pronoun's own sentence not at all ("In a statement, it said").
   */
  private List<Mentions.Seen> candidates(int begin, int sentence) {
    List<Mentions.Seen> out = new ArrayList<>();
    for (int target = sentence; target >= sentence - REACH; target--) {
      List<Mentions.Seen> governed = new ArrayList<>();
      for (Mentions.Seen s : mentions.inSentence(target)) {
        if (s.pos() < begin) {
          (s.prepositional() ? governed : out).add(s);
        }
      }
      if (target < sentence) {
        out.addAll(governed);
      }
    }
    return out;
  }

  /** The person quoted last before {@code begin}, if within {@code reach} sentences; null otherwise. */
  private Speaker lastQuotedPerson(int begin, int sentence, int reach) {
    for (int i = speeches.size() - 1; i >= 0; i--) {
      Speech q = speeches.get(i);
      if (q.pos() < begin) {
        boolean near = q.last() >= sentence - reach; // counted from where the quotation ends
        return near && q.speaker().type().equals(Speaker.PERSON) && !q.speaker().plural() ? q.speaker() : null;
      }
    }
    return null;
  }

  private boolean fits(Wanted wanted, Speaker s) {
    return switch (wanted) {
      case IT -> (s.type().equals(Speaker.ORGANISATION) || s.type().equals(Speaker.DOCUMENT)) && !s.plural();
      case THEY, WE -> s.type().equals(Speaker.ORGANISATION) || s.plural();
      case HE -> isOnePerson(s) && !known(s, true);
      case SHE -> isOnePerson(s) && !known(s, false);
      case NAMED_MAN -> isNamedPerson(s) && !known(s, true);
      case NAMED_WOMAN -> isNamedPerson(s) && !known(s, false);
      case NAMED_PERSON -> isNamedPerson(s);
      case I -> isOnePerson(s);
    };
  }

  /** An anonymous speaker whose head noun is a person's ("Ken’s wife"), not a thing's ("Evie’s nursing home"). */
  private static boolean isPersonDescriptor(Speaker s) {
    return s.name() != null && Lexicon.isPersonNoun(headNoun(s));
  }

  /** The last word of an anonymous speaker's descriptor, lower case, without a possessive: "wife", "home". */
  private static String headNoun(Speaker s) {
    String name = s.name().toLowerCase(Locale.ROOT);
    return Mention.stripPossessive(name.substring(name.lastIndexOf(' ') + 1));
  }

  /**
   * A person named in full whom one of {@code names} means: their first name alone ("Tom" for Tom Lund) or their full
   * name. A surname alone is not enough: a family shares it, and a speaker names their own firm or government with
   * it ("the Lund administration").
   */
  private static boolean isSpokenOf(Speaker s, Set<String> names) {
    if (names.isEmpty() || !isNamedPerson(s)) {
      return false;
    }
    int space = s.name().indexOf(' ');
    String first = space < 0 ? null : s.name().substring(0, space);
    return first != null && names.stream()
        .anyMatch(name -> name.equals(first) || name.equals(s.name()) || name.endsWith(" " + s.name()));
  }

  private static boolean isNamedPerson(Speaker s) {
    return s.type().equals(Speaker.PERSON) && s.name() != null && !s.plural();
  }

  private static boolean isOnePerson(Speaker s) {
    return (s.type().equals(Speaker.PERSON) || s.type().equals(Speaker.ANONYMOUS)) && !s.plural();
  }

  /**
   * A woman (for {@code woman} false, a man) by the first name, by an honorific the document gives the person ("Ms.
   * Rose"), or by the role noun of a descriptor ("his wife").
   */
  private boolean known(Speaker s, boolean woman) {
    return firstNameIn(s, woman ? Lexicon.FEMALE_NAMES : Lexicon.MALE_NAMES) || s.type().equals(Speaker.PERSON)
        && s.name() != null && (Boolean.valueOf(woman).equals(women.get(s.name()))
        || Boolean.valueOf(woman).equals(women.get(s.name().split(" ")[0]))) // "Evie Gregersen" is the wife "Evie"
        || s.type().equals(Speaker.ANONYMOUS) && s.name() != null
        && (woman ? Lexicon.WOMEN_ROLES : Lexicon.MEN_ROLES).contains(headNoun(s)); // "Ken’s wife" is no "he"
  }

  /** A person's name that opens with a first name of {@code names}: the gender "he" or "she" must agree with. */
  private static boolean firstNameIn(Speaker s, Set<String> names) {
    if (!s.type().equals(Speaker.PERSON) || s.name() == null || !s.name().contains(" ")) {
      return false;
    }
    return names.contains(s.name().substring(0, s.name().indexOf(' ')).toLowerCase(Locale.ROOT));
  }
}
