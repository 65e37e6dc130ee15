package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretrace.text.Tokens;

/**
 * The mentions layer ({@link SeeMentions}): the names and descriptors a document uses outside quotations, in reading
 * order, and for each surname the fullest name the document gives it ("Lavrov" → "Sergey Lavrov").
 */
final class Mentions {
  /**
   * A mention at char {@code pos} in sentence {@code sentence}; {@code prepositional} when a preposition governs it
   * ("in a statement", "with Joe Biden") or it is an interviewer ("Ann Roe interviewed …"): such a mention is seldom
   * what a later pronoun means.
   */
  record Seen(int pos, int sentence, Mention mention, boolean prepositional) {}

  private final List<Seen> seen = new ArrayList<>();
  private final List<Seen> subjectPronouns = new ArrayList<>();
  // names of one word before a lower-case word ("Tesla will"), whether or not they are mentions: maybe a brand's
  private final List<Seen> oneWordSubjects = new ArrayList<>();
  private final Set<String> capitalizedInside = new HashSet<>();
  /** Mentions and subject pronouns of each sentence, in reading order. */
  private final Map<Integer, List<Seen>> bySentence = new HashMap<>();
  private final Map<String, String> fullest = new HashMap<>();
  private final Map<String, Set<String>> names = new HashMap<>(); // every name seen, by surname, in reading order
  private final Map<String, String> quotedFullest = new HashMap<>();
  // names seen after a title or a speech verb ("said Ann Lee Roe"), which shows where they begin
  private final Set<String> startKnown = new HashSet<>();
  private final Set<String> titledSurnames = new HashSet<>(); // "President Trump", "Mr. Shi": a person's surname alone
  private final Set<String> honorificSurnames = new HashSet<>(); // "Mr Flight", "Dr. Roe": surnames after honorifics
  private final Set<String> givenAlone = new HashSet<>(); // "Maria, 48,": a person the story names by first name only
  private final Set<String> listedCompanies = new HashSet<>(); // "Atlantic Richfield <ARC>": a company, by name
  private final Set<String> children = new HashSet<>(); // "Four-year-old Amina Roe": not the "Roe" of her parent
  // "Jack Young" → "Bernard Young" (Bernard “Jack” Young)
  private final Map<String, String> nicknamed = new HashMap<>();
  // "Ann Roe of Penn State University", read as one organisation's name: "Ann Roe" by surname, for a bare "Roe"
  private final Map<String, String> beforeOf = new HashMap<>();
  // fullName's answers: the later steps ask it for the same names again and again, each time comparing every name the
  // document gives; forgotten whenever a name is added
  private final Map<String, String> fullNames = new HashMap<>();
  private final Map<String, String> acronyms = new HashMap<>(); // "CDC" → the name it followed in brackets
  private final Map<Mention, String> namedRoles = new LinkedHashMap<>(); // "The nurse, Anais," → Anais
  private final Set<Integer> cueSubjects = new HashSet<>(); // where a person's name right before "said" begins

  /** Two capitalized words before "of" in an organisation's name: "Ann Roe of Penn State University". */
  private static final Pattern NAME_BEFORE_OF = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+) (\\p{Lu}[\\p{L}'’-]+) of ");

  /** A nickname in marks inside a name: Bernard “Jack” Young. */
  private static final Pattern NICKNAME = Pattern.compile("[“\"]([A-Z][\\p{L}'’-]+)[”\"]");

  void add(Mention m, int sentence, boolean prepositional) {
    Seen s = new Seen(m.begin(), sentence, m, prepositional);
    seen.add(s);
    inSentence(s);
    addName(m);
  }

  /** The document gave the role description {@code role} a name set off right after it ("The nurse, Anais, …"). */
  void nameRole(Mention role, Mention name) {
    namedRoles.putIfAbsent(role, name.name());
  }

  /** Role descriptions and the names set off after them, in reading order. */
  Map<Mention, String> namedRoles() {
    return Collections.unmodifiableMap(namedRoles);
  }

  /** The document wrote {@code acronym} in brackets right after the organisation's name {@code name}. */
  void defineAcronym(String acronym, String name) {
    acronyms.putIfAbsent(acronym, name);
  }

  /** A name the document gives someone, for surnames to find in full; not a mention a pronoun may mean. */
  void addName(Mention m) {
    Matcher beforeOfName = m.kind() == Mention.Kind.ORGANISATION ? NAME_BEFORE_OF.matcher(m.name()) : null;
    if (beforeOfName != null && beforeOfName.lookingAt()
        && !Lexicon.isTitle(beforeOfName.group(1).toLowerCase(Locale.ROOT))) {
      fullNames.clear();
      beforeOf.putIfAbsent(surname(beforeOfName.group(2)), beforeOfName.group(1) + " " + beforeOfName.group(2));
    }
    if (m.kind() == Mention.Kind.PERSON) {
      fullNames.clear();
      String key = surname(m.name());
      names.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.name());
      if (!m.titles().isEmpty()) {
        startKnown.add(m.name());
        String lastTitle = m.titles().get(m.titles().size() - 1);
        if (!m.name().contains(" ") && Lexicon.SURNAME_HONORIFICS.contains(Mention.bare(lastTitle))) {
          honorificSurnames.add(key);
        }
        if (!m.name().contains(" ") && Lexicon.isTitle(lastTitle) && capitalizedTitle(m.text())) {
          titledSurnames.add(key); // "President Trump", not "Wednesday's Budget" nor "the producer Ecuador"
        }
      }
      boolean marked = m.text().indexOf('“') >= 0 || m.text().indexOf('"') >= 0; // the pattern needs a mark
      Matcher nickname = marked ? NICKNAME.matcher(m.text()) : null; // made for the few names with one
      if (marked && nickname.find() && m.name().contains(" ")) {
        nicknamed.put(nickname.group(1) + " " + m.name().substring(m.name().lastIndexOf(' ') + 1), m.name());
      }
      String known = fullest.get(key);
      if (known == null || fuller(m.name(), known)) {
        fullest.put(key, m.name());
      }
    }
  }

  /**
   * A name right after a speech verb or a comma ("said Ravi Kumar Anand", "a citizen, Ayman Haj Yahya,") begins where
   * it stands: its first word is no word glued before it, even when not a known first name.
   */
  void beginsHere(Mention m) {
    if (m.kind() == Mention.Kind.PERSON) {
      fullNames.clear();
      startKnown.add(m.name());
    }
  }

  /** A person's name right before a verb of saying, its subject ("Ann Roe said: …"). */
  void cueSubject(Mention m) {
    cueSubjects.add(m.begin());
  }

  boolean isCueSubject(Seen s) {
    return cueSubjects.contains(s.pos());
  }

  List<Seen> seen() {
    return Collections.unmodifiableList(seen);
  }

  /** A pronoun that opens a sentence as its subject ("He also attacked …"), for pronouns after it to pass through. */
  void addSubjectPronoun(Mention pronoun, int sentence) {
    Seen s = new Seen(pronoun.begin(), sentence, pronoun, false);
    subjectPronouns.add(s);
    inSentence(s);
  }

  private void inSentence(Seen s) {
    List<Seen> here = bySentence.computeIfAbsent(s.sentence(), k -> new ArrayList<>());
    int at = here.size();
    while (at > 0 && here.get(at - 1).pos() > s.pos()) {
      at--;
    }
    here.add(at, s);
  }

  /** The document writes {@code word} capitalized after another word of its sentence: a name, not an opener. */
  void capitalizedInside(String word) {
    capitalizedInside.add(Mention.stripPossessive(word));
  }

  /** Whether the document writes {@code word} capitalized after another word of a sentence. */
  boolean isCapitalizedInside(String word) {
    return capitalizedInside.contains(word);
  }

  void addOneWordSubject(Mention m, int sentence) {
    oneWordSubjects.add(new Seen(m.begin(), sentence, m, false));
  }

  /**
   * The last name of one word before char {@code before} and in sentence {@code first} or later that stood as a
   * subject before a lower-case word, with no title, and passes {@code test}; null if none.
   */
  String lastOneWordSubject(int before, int first, Predicate<String> test) {
    for (int i = oneWordSubjects.size() - 1; i >= 0; i--) {
      Seen s = oneWordSubjects.get(i);
      String name = Mention.stripPossessive(s.mention().name());
      if (s.sentence() < first) {
        return null;
      }
      if (s.pos() < before && test.test(name)) {
        return name;
      }
    }
    return null;
  }

  /** The mentions and subject pronouns of sentence {@code s}, in reading order. */
  List<Seen> inSentence(int s) {
    return bySentence.getOrDefault(s, List.of());
  }

  List<Seen> subjectPronouns() {
    return Collections.unmodifiableList(subjectPronouns);
  }

  /** A full name seen inside a quotation: it completes a surname ("Trump" → "Donald Trump"), it is no mention. */
  void addQuotedName(Mention m) {
    if (m.kind() == Mention.Kind.PERSON && m.name().contains(" ")) {
      fullNames.clear();
      quotedFullest.putIfAbsent(surname(m.name()), m.name());
    }
  }

  /** The word before a mention's last one is capitalized: a title written as part of the name, "President Trump". */
  private static boolean capitalizedTitle(String text) {
    int last = text.lastIndexOf(' ');
    int before = last < 0 ? -1 : text.lastIndexOf(' ', last - 1);
    return last > 0 && Character.isUpperCase(text.charAt(before + 1));
  }

  /** The document named someone in full with this word as surname, or with a title before it alone. */
  boolean knowsSurname(String word) {
    String key = surname(word);
    return fullest.containsKey(key) && fullest.get(key).contains(" ") || titledSurnames.contains(key);
  }

  /** The story gives this name a stock ticker ("Atlantic Richfield <ARC>"): it is a company's wherever it stands. */
  void listedCompany(String name) {
    listedCompanies.add(name);
  }

  boolean isListedCompany(String name) {
    return listedCompanies.contains(name);
  }

  /** The story names a person by this first name alone, with an age ("Maria, 48, worked …"). */
  void givenAlone(String firstName) {
    givenAlone.add(firstName);
  }

  boolean isGivenAlone(String word) {
    return givenAlone.contains(word);
  }

  /** The story gives this person, named in full, a child's age ("Four-year-old Amina Roe"). */
  void child(String name) {
    children.add(name);
  }

  /**
   * The document named one person in full with this known first name ("Tom" where it names Tom McGuire; not "Business"
   * where it names Business Insider), or with this surname written first ("Zhou" where it names Zhou Li).
   */
  boolean knowsFirstName(String word) {
    return (Lexicon.isFirstName(word) || Lexicon.SURNAMES_FIRST.contains(word.toLowerCase(Locale.ROOT)))
        && byFirstName(word) != null;
  }

  /**
   * The fullest name the document gives this person's surname, unless it has fewer words than {@code name} or names
   * someone else (another first name: "Liz Roe" is not "Nancy Ann Roe"); a single
   * word that is no surname there but opens exactly one name of three words or more is that person ("Tedros" for
   * Tedros Adhanom Ghebreyesus, as names of his country are used; a two-word "name" may be a product, "Tesla Semi",
   * unless the word is a surname written first, "Wang" for Wang Jiming).
   */
  String fullName(String name) {
    return fullNames.computeIfAbsent(name, this::findFullName);
  }

  /**
   * As {@link #fullName(String)}; but a bare surname the document gives to two people or more (a couple, a parent and
   * child) is the first of them it named whose first name fits the honorific, an adult before one the story gives a
   * child's age: "Ms. Rose" is not Max Rose, "Mr. Rose" is the Max Rose named before his son Miles Benjamin Rose, not
   * the longest name, and "Malloy" the Dr. Melanie Malloy named after "Four-year-old Amina Malloy".
   */
  String fullName(Mention m) {
    String name = m.name();
    List<String> people = name.contains(" ") ? List.of() : peopleNamed(surname(name));
    if (people.size() == 1 && !fitsHonorifics(m, people.get(0))) {
      return name; // "Mr. Roe" where the document names only Ann Roe, his wife: another person
    }
    if (people.size() < 2) {
      return fullName(name);
    }
    Set<String> ruledOut = m.firstNamesRuledOut();
    String child = null;
    for (String person : people) {
      if (ruledOut.contains(NameVariants.fold(person.substring(0, person.indexOf(' '))))) {
        continue;
      }
      if (!children.contains(person)) {
        return person;
      }
      child = child == null ? person : child;
    }
    return child != null ? child : fullName(name);
  }

  /**
   * The bare surname {@code m} may be {@code person}, the one person the document names in full with it: unless its
   * own honorific rules out her first name, or, when it has none, another mention of the surname's does ("President
   * Roe" where "Mr. Roe" is the husband of the Ann Roe named in full).
   */
  private boolean fitsHonorifics(Mention m, String person) {
    String first = NameVariants.fold(person.substring(0, person.indexOf(' ')));
    if (m.womanByHonorific() != null) {
      return !m.firstNamesRuledOut().contains(first);
    }
    for (Seen s : seen) {
      Mention other = s.mention();
      if (other.kind() == Mention.Kind.PERSON && other.name().equals(m.name())
          && other.firstNamesRuledOut().contains(first)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The people an honorific tells the gender of, by full name: true for a woman. "Ms. Rose", where the document names
   * Max Rose, Leigh Rose and their son Miles, is Leigh Rose ({@link #fullName(Mention)}), so a later "Mr. Rose" is not
   * her; "Mr. Lee", where it names one Jordan Lee, is a man. A name given both honorifics tells nothing.
   */
  Map<String, Boolean> womenByHonorific() {
    Map<String, Boolean> women = new HashMap<>();
    Set<String> both = new HashSet<>();
    for (Seen s : seen) {
      Boolean woman = s.mention().womanByHonorific();
      String person = s.mention().kind() == Mention.Kind.PERSON && woman != null ? fullName(s.mention()) : "";
      if (person.contains(" ") && !woman.equals(women.getOrDefault(person, woman))) {
        both.add(person);
      } else if (person.contains(" ")) {
        women.put(person, woman);
      }
    }
    both.forEach(women::remove);
    return women;
  }

  /**
   * The people the document names in full with this surname, each by the fullest form of their name, in the order
   * it first named them; names with a suffix are left to {@link #fullestWithSuffix}.
   */
  private List<String> peopleNamed(String surname) {
    List<String> people = new ArrayList<>();
    for (String seen : names.getOrDefault(surname, Set.of())) {
      String name = withoutGluedWords(seen); // "Buy Photo Harnett Weatherspoon" under a photo is Harnett Weatherspoon
      if (!name.contains(" ") || hasSuffix(name) || people.contains(name)) {
        continue;
      }
      int same = -1;
      for (int p = 0; p < people.size() && same < 0; p++) {
        same = NameVariants.samePerson(name, people.get(p)) ? p : -1;
      }
      if (same < 0) {
        people.add(name);
      } else if (words(name) > words(people.get(same))) {
        people.set(same, name);
      }
    }
    return people;
  }

  private String findFullName(String name) {
    if (hasSuffix(name)) {
      return fullestWithSuffix(name);
    }
    String full = fullest.get(surname(name));
    if (full == null || !full.contains(" ")) { // "Mr. Roe" outside quotations, "Carl T. Roe" only inside one
      full = quotedFullest.getOrDefault(surname(name), full);
    }
    if (full != null && setApartBySuffix(full)) {
      String quoted = quotedFullest.get(surname(name));
      return quoted != null && !hasSuffix(quoted) ? quoted : name;
    }
    if (full == null || !full.contains(" ")) { // "Mr Monteith" after "David Monteith": a typo of his surname
      String byTypo = bySurnameTypo(surname(name));
      full = byTypo != null ? byTypo : full;
    }
    if ((full == null || !full.contains(" ")) && !name.contains(" ")) { // "WHO chief Tedros" names no surname
      String byFirst = byFirstName(name);
      boolean another = byFirst != null && honorificSurnames.contains(surname(name))
          && honorificSurnames.contains(surname(byFirst)); // "Mr Howard" where Howard Flight is "Mr Flight"
      full = byFirst != null && !another ? byFirst : full;
    }
    if ((full == null || !full.contains(" ")) && !name.contains(" ")) { // "Dr. Roe" after "Ann Roe of Penn State"
      full = beforeOf.getOrDefault(surname(name), full);
    }
    full = full == null ? null : withoutGluedWords(full);
    if (full != null && name.contains(" ") && !endsWithName(full, name) && !NameVariants.samePerson(name, full)
        && !full.equals(nicknamed.get(name)) && !hasSuffix(name) && !hasSuffix(full)) {
      return name; // "Liz Roe" is her mother "Nancy Ann Roe" no more than a daughter is her mother
    }
    return full != null && words(full) >= words(name) ? full : name;
  }

  /**
   * A name with a suffix is only ever the same name with that suffix: "Reese Jr." is Wayne Reese Jr., never Stella
   * Reese or Wayne Reese Sr.
   */
  private String fullestWithSuffix(String name) {
    String[] words = name.split(" ");
    String ending = NameVariants.fold(words[words.length - 2] + " " + words[words.length - 1]);
    String best = name;
    for (String other : names.getOrDefault(surname(name), Set.of())) {
      if (NameVariants.fold(other).endsWith(" " + ending) && words(other) > words(best)) {
        best = other;
      }
    }
    return best;
  }

  /**
   * {@code full} ends with {@code name}, a surname particle capitalized or not: "De Villiers said" opens its sentence
   * with the "de" of Marc de Villiers.
   */
  private static boolean endsWithName(String full, String name) {
    return full.endsWith(" " + name)
        || opensWithParticle(name) && full.toLowerCase(Locale.ROOT).endsWith(" " + name.toLowerCase(Locale.ROOT));
  }

  /** A name of two words or more whose first is a surname particle, in either case: "De Villiers", "le Bihan". */
  private static boolean opensWithParticle(String name) {
    return Tokens.NAME_PARTICLES.contains(name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT));
  }

  /**
   * A full name without the word glued before it, when the document also uses the name alone and that word is no
   * known first name: a headline's "Remember Ann Roe?" or "Fact-checking Ann Roe's claims" names Ann Roe, while
   * Kristen Maxwell Cooper stays herself where she is also "Maxwell Cooper", and so does a name seen after a title
   * ("CEO Amara Soto Vance"), a speech verb or a comma ({@link #beginsHere}). A name opening with a particle ("Le
   * Bihan", "Van Dyke") is a surname alone, so the word before it is a first name.
   */
  private String withoutGluedWords(String full) {
    String first = full.split(" ")[0].toLowerCase(Locale.ROOT);
    if (!full.contains(" ") || Lexicon.isFirstName(first)
        || startKnown.contains(full)) {
      return full;
    }
    String alone = full;
    for (String other : names.getOrDefault(surname(full), Set.of())) {
      if (other.contains(" ") && full.endsWith(" " + other) && other.length() < alone.length()
          && !opensWithParticle(other)) {
        alone = other;
      }
    }
    return alone;
  }

  /**
   * The one full name whose surname is one typo away from {@code surname} ({@link NameVariants#surnamesMatch}: five
   * letters or more, a letter changed, added, dropped or two swapped), or null when none or several are.
   */
  private String bySurnameTypo(String surname) {
    String folded = NameVariants.fold(surname);
    return onlyName(full -> full.contains(" ") && !surname(full).equals(surname)
        && NameVariants.surnamesMatch(NameVariants.fold(surname(full)), folded));
  }

  /**
   * The one name that opens with {@code first}, a word that is nobody's surname: of three words or more, or of two when
   * {@code first} is a surname written first ("Wang" for Wang Jiming), a known first name ("Nina" for Nina Okafor, as
   * features name people) or any first name the document names no other way ("Olga" for Olga Vehko, "Klaus" where
   * it names Klaus and Ilse Vehko; not "Kraft" for Kraft Singles where it names Kraft Inc); null when none or several
   * do.
   */
  private String byFirstName(String first) {
    String lower = first.toLowerCase(Locale.ROOT);
    boolean twoWords = Lexicon.SURNAMES_FIRST.contains(lower) || Lexicon.isFirstName(lower);
    String found = null;
    for (Set<String> sameSurname : names.values()) { // every name, not only the fullest: Paul and Nina Okafor
      for (String full : sameSurname) {
        if (full.startsWith(first + " ") && (words(full) >= 3 || words(full) == 2 && (twoWords
            || sameSurname.stream().anyMatch(other -> words(other) >= 2 && !other.startsWith(first + " "))
            || onlyOpening(first, full)))) {
          if (found != null && !found.equals(full) && !NameVariants.samePerson(found, full)) {
            return null; // two people; not one name spelt two ways ("Igor Kovalchuk", "Igor Kovalchuck")
          }
          found = full;
        }
      }
    }
    return found;
  }

  /** No mention but {@code full} opens with the word {@code first}: "Kraft" opens Kraft Singles and Kraft Inc. */
  private boolean onlyOpening(String first, String full) {
    for (Seen s : seen) {
      String name = s.mention().name() == null ? "" : Mention.stripPossessive(s.mention().name());
      if (name.startsWith(first + " ") && !name.equals(full)) {
        return false;
      }
    }
    return true;
  }

  /** The one name among the fullest the document gives its surnames that passes {@code test}; else null. */
  private String onlyName(Predicate<String> test) {
    String found = null;
    for (String full : fullest.values()) {
      if (test.test(full)) {
        if (found != null && !found.equals(full)) {
          return null;
        }
        found = full;
      }
    }
    return found;
  }

  /**
   * The organisation a definite common noun stands for ("the airline", "the union", "the company"): the last
   * organisation named before char {@code before} whose name holds the noun, or for "the company" or "the firm" one
   * whose name ends like a company's, for "the organisation" any; null if none.
   */
  String organisationNamed(String head, int before) {
    boolean company = head.equals("company") || head.equals("firm") || head.equals("group");
    boolean any = head.equals("organisation") || head.equals("organization");
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i).mention();
      if (m.begin() >= before || m.kind() != Mention.Kind.ORGANISATION || m.name().isEmpty()
          || !Character.isUpperCase(m.name().charAt(0))) {
        continue;
      }
      String name = m.name().toLowerCase(Locale.ROOT);
      String last = name.substring(name.lastIndexOf(' ') + 1).replace(".", "");
      if (any || name.replace(" ", "").contains(head) || company && Lexicon.COMPANY_ENDINGS.contains(last)) {
        return m.name();
      }
    }
    return head.equals("agency") ? lastAcronymSubject(before) : null;
  }

  /**
   * The last organisation named before char {@code before} whose name of several words opens with {@code word}, goes
   * on as a name (each word capitalized or a joiner) and ends as an organisation's does ("Standard Oil Co", "Federated
   * Department Stores Inc"; not "Reagan administration", "Acme Corp's Widget Unit", nor a product: "Tesla Semi"), or
   * came with a stock ticker ("Krupp GmbH <KRPG.D>").
   */
  String organisationOpenedBy(String word, int before) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i).mention();
      if (m.begin() < before && m.kind() == Mention.Kind.ORGANISATION && m.name().startsWith(word + " ")
          && (continuesAsName(m.name().substring(word.length() + 1)) || listedCompanies.contains(m.name()))) {
        return m.name();
      }
    }
    return null;
  }

  private static boolean continuesAsName(String rest) {
    String last = rest.substring(rest.lastIndexOf(' ') + 1).replace(".", "").toLowerCase(Locale.ROOT);
    if (!Lexicon.COMPANY_ENDINGS.contains(last) && !Lexicon.NON_PERSON_HEADS.contains(last)) {
      return false;
    }
    for (String w : rest.split(" ")) {
      if (w.isEmpty() || w.endsWith("'s") || w.endsWith("’s")
          || !Character.isUpperCase(w.charAt(0)) && !Lexicon.ORG_NAME_JOINERS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The organisation's name of several words that {@code acronym} abbreviates, if the document gives it: the name it
   * followed in brackets, else one whose capitalized words' initials spell it ("the Harbour Safety Board …", then "HSB
   * said"); null if none.
   */
  String spelledOut(String acronym) {
    String defined = acronyms.get(acronym);
    if (defined != null) {
      return defined;
    }
    String letters = acronym.replace(".", "");
    for (Seen s : seen) {
      Mention m = s.mention();
      if (m.kind() == Mention.Kind.ORGANISATION && m.name().contains(" ")
          && Phrases.initials(m.name()).equals(letters)) {
        return m.name();
      }
    }
    return null;
  }

  /**
   * "In its filing, ICE said … The agency said": an agency whose name has no such word is the last organisation named
   * as a subject (no preposition governs it) before char {@code before}, if that is an acronym.
   */
  private String lastAcronymSubject(int before) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      String name = s.mention().name();
      if (s.pos() < before && s.mention().kind() == Mention.Kind.ORGANISATION && !s.prepositional()
          && !name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
        return Phrases.isAcronym(name) && !Lexicon.PLACES.contains(name.toLowerCase(Locale.ROOT)) ? name : null;
      }
    }
    return null;
  }

  /**
   * {@code name} is a fuller form of a surname than {@code known}: more words; but of two full names, one with a suffix
   * and one without, the one without.
   */
  private static boolean fuller(String name, String known) {
    if (name.contains(" ") && known.contains(" ") && hasSuffix(name) != hasSuffix(known)) {
      return !hasSuffix(name);
    }
    return words(name) > words(known);
  }

  /**
   * The person named {@code full} has a suffix, and the document calls him by his surname and suffix alone ("Carl
   * Rose Jr.", then "Rose Jr. said"): it sets him apart, so a bare "Rose" is another Rose, his father.
   */
  boolean setApartBySuffix(String full) {
    if (!hasSuffix(full)) {
      return false;
    }
    for (String seen : names.getOrDefault(surname(full), Set.of())) {
      if (words(seen) == 2 && hasSuffix(seen)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Thomas Welles Jr.": a suffix sets a father or son apart from the same name without it, so a bare surname goes to
   * the full name without a suffix when the document has one ("Tom Welles", then "Welles said").
   */
  private static boolean hasSuffix(String name) {
    String lower = lowerWithoutTrailingSpaces(name);
    int lastSpace = lower.lastIndexOf(' ');
    return lastSpace >= 0 && Lexicon.NAME_SUFFIXES.contains(lower.substring(lastSpace + 1));
  }

  /**
   * The number of words of a name, {@code name.split(" ").length} (an empty name is one empty word; spaces that end
   * it open no words), counted without making them.
   */
  static int words(String name) {
    int end = name.length();
    while (end > 0 && name.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0) {
      return name.isEmpty() ? 1 : 0;
    }
    int words = 1;
    for (int i = 0; i < end; i++) {
      words += name.charAt(i) == ' ' ? 1 : 0;
    }
    return words;
  }

  /** The last word of a name, or the word before a suffix ("Les Miller Jr" → "miller"), in lower case. */
  static String surname(String name) {
    String lower = lowerWithoutTrailingSpaces(name);
    int lastSpace = lower.lastIndexOf(' ');
    String last = lower.substring(lastSpace + 1);
    return lastSpace >= 0 && Lexicon.NAME_SUFFIXES.contains(last)
        ? lower.substring(lower.lastIndexOf(' ', lastSpace - 1) + 1, lastSpace) : last;
  }

  /**
   * The name in lower case without the spaces that end it, so that its words are where {@code split(" ")} would find
   * them; found by index rather than split, as this runs for every name seen and looked up.
   */
  private static String lowerWithoutTrailingSpaces(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int end = lower.length();
    while (end > 0 && lower.charAt(end - 1) == ' ') {
      end--;
    }
    return lower.substring(0, end);
  }
}
