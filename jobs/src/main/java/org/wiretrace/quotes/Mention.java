package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wiretrace.text.Tokens;

/**
 * A phrase naming who speaks, tokens [from, to) of a sentence, classified by its shape: a pronoun, a person's name
 * (with the title words before it), an organisation or place speaking as one, or an anonymous/nominal descriptor.
 */
public record Mention(int from, int to, int begin, int end, String text, Kind kind, String name, List<String> titles) {

  public enum Kind { PERSON, ORGANISATION, DOCUMENT, ANONYMOUS, PRONOUN }

  /** Classifies tokens [from, to); a coordination ("X and Y") is classified by its first part. */
  static Mention of(Tokens t, int from, int to) {
    String text = t.word(from).isEmpty() ? "" : textOf(t, from, to);
    int last = to - 1;
    if (isFirm(t, from, to)) {
      return new Mention(from, to, t.begin(from), t.end(to - 1), text, Kind.ORGANISATION,
          descriptor(bareWords(t, from, to)), List.of());
    }
    for (int k = from + 1; k < to && t.capitalized(to - 1); k++) { // "X and Y", not "Education and Skills official"
      if (t.is(k, "and") || t.is(k, "&")) {
        // not "Department for Work and Pensions", nor "Health and Human Services Secretary Alex Azar", nor
        // "Secretary of State for Work and Pensions Therese Coffey"
        // nor "singer and songwriter Ann Roe", one person described twice before her name
        last = namesAnOrganisation(t, from, k) || hasTitle(t, k + 1, to) || isTitleOnly(t, from, k)
            || !t.capitalized(k - 1) && Phrases.nameFollows(t, k + 1, to) ? last : k - 1;
        break;
      }
    }
    if (last > from && Phrases.isSuffix(t, last)
        && (t.capitalized(last - 1) || last - 1 > from && t.is(last - 1, ",") && t.capitalized(last - 2))) {
      return person(t, from, to, last, text); // "Nicholas Gallo III", "Donald Trump, Jr."
    }
    String lastWord = bare(t.lower(last));
    if (Lexicon.PRONOUNS.contains(lastWord) && last - from <= 2) {
      return new Mention(from, to, t.begin(from), t.end(to - 1), text, Kind.PRONOUN, text.toLowerCase(Locale.ROOT),
          List.of());
    }
    if (last == from && !pronounOf(lastWord).equals(lastWord)) { // "She’s a teacher": she is
      return new Mention(from, to, t.begin(from), t.end(to - 1), text, Kind.PRONOUN, pronounOf(lastWord), List.of());
    }
    List<String> words = bareWords(t, from, last + 1);
    if (last == from + 1 && t.is(from, "the") && Lexicon.EPITHETS.contains(lastWord)) { // "the Dutchman"
      return new Mention(from, to, t.begin(from), t.end(to - 1), text, Kind.ANONYMOUS, words.get(1),
          List.of(lastWord));
    }
    int begin = t.begin(from);
    int end = t.end(to - 1);
    if (!t.capitalized(last)) {
      Kind kind = Lexicon.DOCUMENT_HEADS.contains(Mention.stripPossessive(lastWord)) ? Kind.DOCUMENT
          : Lexicon.ORG_HEADS.contains(Mention.stripPossessive(lastWord)) ? Kind.ORGANISATION : Kind.ANONYMOUS;
      if (kind == Kind.ORGANISATION && isOutletAfterName(t, from, last)) { // "Le Soir newspaper" is Le Soir
        return new Mention(from, to, begin, end, text, kind, descriptor(words.subList(0, words.size() - 1)), List.of());
      }
      return new Mention(from, to, begin, end, text, kind, descriptor(words), titleWords(words));
    }
    if (isPersonOfOrganisation(words) // "Dana Reyes of Lakeshore Savings Corp" works there
        || isNameAfterPossessive(t, from, last)) { // "the Bank of Tokyo's Honda", "Britain's Johnson"
      return person(t, from, to, last, text);
    }
    if (last == to - 1 && last > from && namesAnOrganisation(t, from, to)
        && (!t.capitalized(last - 1) || hasOrganisationHead(t, from, to)) && !endsWithNameAfterRole(t, from, to)) {
      return new Mention(from, to, begin, end, text, Kind.ORGANISATION, organisationName(words), List.of());
    }
    if (last > from && Lexicon.TITLED_DOCUMENT_HEADS.contains(lastWord)) { // "the 2010 Rockefeller Report"
      return new Mention(from, to, begin, end, text, Kind.DOCUMENT, descriptor(words), List.of());
    }
    if (Lexicon.NON_PERSON_HEADS.contains(lastWord) || last == from + 1 && Lexicon.PLATFORMS.contains(t.lower(from))
        || isPlaceWithNew(words)
        || Lexicon.PLACES.contains(stripPossessive(lastWord)) && !isPlaceAsSurname(t, from, last)
        || Lexicon.ORG_HEADS.contains(lastWord) || Phrases.isAcronym(words.get(words.size() - 1))
        && !Lexicon.isTitle(lastWord)) {
      return new Mention(from, to, begin, end, text, Kind.ORGANISATION, organisationName(words), List.of());
    }
    if (isPostNominal(t, from, last)) {
      return person(t, from, to, last - 1, text); // "Andrew Tyrie MP" is Andrew Tyrie
    }
    if (Lexicon.isTitle(lastWord) && !isTitleAsSurname(words, words.size() - 1)
        && !isTitleAsSurnameAfterRole(t, last)
        || Lexicon.DEMONYMS.contains(lastWord) && !isPlaceAsSurname(t, from, last)) {
      return new Mention(from, to, begin, end, text, Kind.ANONYMOUS, descriptor(words), titleWords(words));
    }
    if (last == from + 1 && Lexicon.DETERMINERS.contains(t.lower(from))
        && !stripPossessive(lastWord).equals(lastWord)) {
      return new Mention(from, to, begin, end, text, Kind.ORGANISATION, descriptor(words), List.of()); // "the Tories'"
    }
    if (last > from && t.lower(from).endsWith("-based") && !hasTitle(t, from + 1, to)) { // "Leeds-based Acme"
      return new Mention(from, to, begin, end, text, Kind.ORGANISATION, descriptor(words.subList(1, words.size())),
          List.of());
    }
    int like = instanceOfThing(words);
    if (like > 0) {
      return new Mention(from, to, begin, end, text, Kind.ORGANISATION,
          String.join(" ", words.subList(like + 1, words.size())), List.of());
    }
    return person(t, from, to, last, text);
  }

  /**
   * The index of "like" in "a state behemoth like Ohio", "rivals like Acme": a name after it is an instance of the
   * thing before it, a person only after a noun for people ("experts like Ann Roe"); else -1.
   */
  private static int instanceOfThing(List<String> words) {
    int like = words.lastIndexOf("like");
    if (like < 1 || like + 1 >= words.size() || isCapitalized(words.get(like - 1))) {
      return -1;
    }
    String noun = words.get(like - 1).toLowerCase(Locale.ROOT);
    return Lexicon.isPersonNoun(noun) || Lexicon.isPersonNoun(Lexicon.singular(noun)) ? -1 : like;
  }

  /** Words that end a place's name: "Redwood City", "Orange County". */
  private static final Set<String> PLACE_HEADS = Lexicon.words("city county");

  /**
   * A first name and a surname (or an honorific and a name), then "of" and a capitalized name: a person and where
   * they work ("economist Dana Reyes of Lakeshore Savings Corp", "Professor Byron Jones of Kansas State University"),
   * however the organisation's name ends. Not "Bank of England", nor "Bill of Rights".
   * Two name words that no list knows as a first name work there too when the name after "of" ends as a company's
   * does ("Ward McCarthy of Merrill Lynch Economics Inc"), but not a company's own words ("Royal Bank of Ardenia Ltd").
   */
  private static boolean isPersonOfOrganisation(List<String> words) {
    int of = words.indexOf("of");
    boolean honorific = (of == 2 || of == 3) && isHonorific(words.get(0)); // "Dr Ruiz of …", "Prof Ann Roe of …"
    int given = beforeParticles(words, of - 2); // "Mayor Bill de Blasio of New York"
    if (of < 2 || of + 1 >= words.size() || !isCapitalized(words.get(of + 1))
        || !honorific && !isNameWord(words.get(given)) || !isNameWord(words.get(of - 1))) {
      return false;
    }
    String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    String surname = words.get(of - 1).toLowerCase(Locale.ROOT);
    String after = words.get(of + 1).toLowerCase(Locale.ROOT);
    boolean region = Lexicon.PLACES.contains(after) || REGIONS.contains(after); // "Acme Sales of North America Inc"
    // "Delia Moss of Atlanta", "Emrys Hobb of Redwood City": two name words and a place of one word, or a city or
    // county of two, are where a person is from ("Acme Motors of North America" is a company)
    boolean cityOrCounty = of + 3 == words.size() && isCapitalized(words.get(of + 2)) && PLACE_HEADS.contains(last);
    boolean home = of == 2 && (of + 2 == words.size() && !Lexicon.NON_PERSON_HEADS.contains(last) || cityOrCounty)
        && !Lexicon.PLACES.contains(words.get(0).toLowerCase(Locale.ROOT));
    return honorific || Lexicon.isFirstName(words.get(given)) || home && isPersonName(surname, words.get(given))
        || Lexicon.COMPANY_ENDINGS.contains(last) && of + 2 < words.size()
        && !region && isPersonName(surname, words.get(given));
  }

  /** Neither word before "of" heads a thing's name: not "United Banks of Colorado Inc", "Supreme Court of Ohio". */
  private static boolean isPersonName(String surname, String given) {
    return !Lexicon.NON_PERSON_HEADS.contains(surname)
        && !Lexicon.NON_PERSON_HEADS.contains(surname.replaceAll("s$", ""))
        && !Lexicon.NON_PERSON_HEADS.contains(given.toLowerCase(Locale.ROOT));
  }

  /** The phrase ends in a name after a possessive: the person the owner's name places ("Britain's Johnson"). */
  private static boolean isNameAfterPossessive(Tokens t, int from, int last) {
    String word = t.word(last);
    String lower = t.lower(last);
    return last > from && !stripPossessive(t.word(last - 1)).equals(t.word(last - 1)) && isNameWord(word)
        && !Lexicon.ORG_HEADS.contains(lower) && !Lexicon.NON_PERSON_HEADS.contains(lower)
        && !Lexicon.TITLED_DOCUMENT_HEADS.contains(lower) && !Lexicon.PLATFORMS.contains(lower);
  }

  /** Words that open a region's name after "of" in a company's: "of North America", "of South Africa". */
  private static final Set<String> REGIONS = Lexicon.words("north south east west new central");

  /** The kind of outlet after its name: "the Evening Ledger newspaper", not "Ann Roe's paper". */
  private static boolean isOutletAfterName(Tokens t, int from, int last) {
    return last > from && Lexicon.OUTLET_NOUNS.contains(t.lower(last)) && t.capitalized(last - 1)
        && stripPossessive(t.word(last - 1)).equals(t.word(last - 1));
  }

  /** The words of tokens [from, to), each without a final full stop ({@link #bare}). */
  private static List<String> bareWords(Tokens t, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (k > from && Phrases.isPluralPossessive(t, k)) {
        words.set(words.size() - 1, words.get(words.size() - 1) + t.word(k)); // "Processors'" is one word
      } else {
        words.add(bare(t.word(k)));
      }
    }
    return words;
  }

  /**
   * "Edward P. Varga & Associates", "Lakeside Food & Boat Tours": names joined by an ampersand between spaces name a
   * firm ("R&B star Ann Roe" does not).
   */
  private static boolean isFirm(Tokens t, int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      if (Phrases.isSpacedAmpersand(t, k) && t.capitalized(k - 1) && t.capitalized(k + 1)) {
        return true;
      }
    }
    return false;
  }

  /** A person's name ending at token {@code last} of the phrase [from, to), {@code text}, with the titles before it. */
  private static Mention person(Tokens t, int from, int to, int last, String text) {
    List<String> words = new ArrayList<>();
    for (int k = from; k <= last; k++) {
      if (Phrases.isNickname(t, k) && k > from && k + 3 <= last) {
        k += 2; // the nickname in marks is left out of the name
        continue;
      }
      if (t.is(k, ",")) {
        continue; // "Donald Trump, Jr." is named Donald Trump Jr
      }
      words.add(bare(t.word(k)));
    }
    int begin = t.begin(from);
    int end = t.end(to - 1);
    if (afterDescription(words) > 0) { // "research firm Gartner": a company, not a person
      return new Mention(from, to, begin, end, text, Kind.ORGANISATION, organisationName(words), List.of());
    }
    int nameEnd = affiliation(words);
    int nameStart = nameEnd - 1;
    if (nameStart > 0 && Lexicon.NAME_SUFFIXES.contains(words.get(nameStart).toLowerCase(Locale.ROOT))) {
      nameStart--; // the suffix goes with the name before it
    }
    while (nameStart > 0 && !(fullWords(words, nameStart, nameEnd) >= 2 && completesTitle(words, nameStart - 1))
        && (isNameWord(words.get(nameStart - 1)) || isPlaceAsFirstName(words, nameStart - 1)
        || nameStart == 1 && opensWithFirstNameReadAsOther(words, nameEnd)
        || nameStart == 1 && nameEnd == 2 && Lexicon.PLACES.contains(words.get(0).toLowerCase(Locale.ROOT))
        && isCapitalized(words.get(0)) && descriptionFollows(t, to)
        || isWordAsFirstName(t, from, to, words, nameStart - 1) || isInitialsAsFirstName(words, nameStart - 1)
        || isDemonymAsFirstName(words, nameStart - 1, nameEnd)
        || isTitleAsFirstName(words, nameStart - 1, nameEnd)
        || Tokens.NAME_PARTICLES.contains(words.get(nameStart - 1)) && (nameStart == 1 // "von der Leyen told"
        || isNameWord(words.get(nameStart - 2)) || Tokens.NAME_PARTICLES.contains(words.get(nameStart - 2))))) {
      nameStart--;
    }
    if (nameStart >= 2 && words.get(nameStart - 1).equals("for") && completesTitle(words, nameEnd - 1)) {
      // "Deputy Administrator for Commodity Operations", "the MP for Sleaford": what the office is for, no name after
      // it. "The Bishop of Durham" is read as before, a person named Durham: as a descriptor it sent a later "the
      // Bishop" to the last person named before it
      return new Mention(from, to, begin, end, text, Kind.ANONYMOUS, descriptor(words), titleWords(words));
    }
    List<String> titles = titleWords(words.subList(0, nameStart));
    if (titles.isEmpty() && words.get(0).equalsIgnoreCase("the")) { // "the Strategic Reserve", "The Dayton, Ohio,
      // resident": a person's name takes no article, a place's or a thing's does
      return new Mention(from, to, begin, end, text, Kind.ORGANISATION, descriptor(words), List.of());
    }
    int half = (nameEnd - nameStart) / 2;
    if (half >= 2 && words.subList(nameStart, nameStart + half).equals(words.subList(nameStart + half, nameEnd))) {
      nameStart += half; // a photo credit printed twice under a picture: "Pete Kiehart Pete Kiehart"
    }
    if (nameStart > 0 && isRegnalName(words.get(nameStart - 1), words.subList(nameStart, nameEnd))) {
      nameStart--; // "Pope Francis", "Queen Elizabeth II": the title is part of the name they go by
    }
    String name = String.join(" ", words.subList(nameStart, nameEnd));
    return new Mention(from, to, begin, end, text, Kind.PERSON, name, titles);
  }

  /** Titles of monarchs and popes, who go by a given name and the title: "Pope Francis", "King Abdullah". */
  private static final Set<String> REGNAL_TITLES = Lexicon.words("pope king queen prince princess emperor empress");

  /** {@code title} is such a title, capitalized, and {@code name} one given name, with a numeral or none. */
  private static boolean isRegnalName(String title, List<String> name) {
    return isCapitalized(title) && REGNAL_TITLES.contains(title.toLowerCase(Locale.ROOT))
        && (name.size() == 1 || name.size() == 2 && name.get(1).matches("[IVX]+"));
  }

  /**
   * Word {@code k} names what a title is of, not a person: it is one of the capitalized words after "of" or "of the"
   * that follows a title ("Chancellor of the Exchequer Nigel Lawson", "President of the United States Ann Roe").
   */
  private static boolean completesTitle(List<String> words, int k) {
    int j = k;
    while (j > 0 && (isCapitalized(words.get(j)) || words.get(j).equals("and") && isCapitalized(words.get(j - 1)))) {
      j--; // "Work and Pensions", "Health and Human Services"
    }
    int of = j > 0 && words.get(j).equals("the") ? j - 1 : j;
    return of >= 1 && of < k && (words.get(of).equals("of") || words.get(of).equals("for"))
        && Lexicon.isTitle(words.get(of - 1).toLowerCase(Locale.ROOT));
  }

  private static boolean isCapitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** Words of the name [from, to) that are more than an initial ("Wilbur L. Ross" has two). */
  private static int fullWords(List<String> words, int from, int to) {
    int n = 0;
    for (String w : words.subList(from, to)) {
      n += isInitials(w) ? 0 : 1;
    }
    return n;
  }

  /**
   * Where a person's name ends when "of" follows it: "Cara Diemont of IT firm Dimension Data" names Cara Diemont, and
   * the rest says where she works; so does a surname alone opening the phrase before "of" and a capitalized word
   * ("Diemont of Dimension Data", whom the document named in full before). Otherwise a name is two name words at
   * least, or one after an honorific ("Professor Byron Jones of Kansas State University", "Dr. Pimentel of
   * Cedars-Sinai"); "Secretary of State Antony Blinken" has a title before its "of". Else the end of the phrase.
   */
  private static int affiliation(List<String> words) {
    for (int k = 1; k < words.size() - 1 && !endsWithTitledName(words, k + 1); k++) {
      if (words.get(k).equals("of") && (isNameWord(words.get(k - 1)) || isTitleAsSurname(words, k - 1))
          && (k == 1 ? isSurnameOfOrganisation(words)
              : isNameWord(words.get(beforeParticles(words, k - 2))) || isHonorific(words.get(k - 2)))) {
        return k;
      }
    }
    return words.size();
  }

  /** Word {@code k}, or the word before the surname particles that end there ("Bill" of "Bill de Blasio"). */
  private static int beforeParticles(List<String> words, int k) {
    int given = k;
    while (given > 0 && Tokens.NAME_PARTICLES.contains(words.get(given))) {
      given--;
    }
    return given;
  }

  /**
   * Words from {@code from} on end with a title and a name: the phrase's person comes last ("National Institutes of
   * Health Director Francis Collins", "National Bureau of Statistics chief Li Deshui"), and what comes before is
   * where they work.
   */
  private static boolean endsWithTitledName(List<String> words, int from) {
    int name = words.size();
    while (name > from && isNameWord(words.get(name - 1))
        && !Lexicon.isTitle(words.get(name - 1).toLowerCase(Locale.ROOT))) {
      String lower = words.get(name - 1).toLowerCase(Locale.ROOT);
      if (Lexicon.COMPANY_ENDINGS.contains(lower) || Lexicon.NON_PERSON_HEADS.contains(lower)) {
        return false; // "Bill Sullivan of Dean Witter Reynolds Inc": a company's name, whatever its first word
      }
      name--;
    }
    if (name == from || name == words.size()) {
      return false;
    }
    String title = words.get(name - 1).toLowerCase(Locale.ROOT);
    return (isCapitalized(words.get(name - 1)) || Lexicon.ROLES.contains(title)) // "Statistics chief Li Deshui"
        && Lexicon.isTitle(title)
        && !Lexicon.OFFICE_FIELDS.contains(title) // not "Kansas State University"
        && !Lexicon.TITLES_AS_SURNAMES.contains(title); // nor "Dean Witter Reynolds"
  }

  /** Tokens [from, to) are title words only ("Secretary of State for Work"): no name before an "and" after them. */
  private static boolean isTitleOnly(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Lexicon.isTitle(t.lower(k))) {
        return false;
      }
    }
    return to > from + 1;
  }

  /** "Dr", "Prof", "Professor", "Mrs": before a name, it makes the name a person's ("Dr Pimentel of Cedars-Sinai"). */
  private static boolean isHonorific(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Tokens.HONORIFICS.contains(lower) || lower.equals("professor");
  }

  /**
   * "Diemont of Dimension Data": one name word, no organisation's ("University of Leeds professor Ann Roe"), then
   * "of" and capitalized words to the end, so no role and name follow.
   */
  private static boolean isSurnameOfOrganisation(List<String> words) {
    if (Lexicon.NON_PERSON_HEADS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String w : words.subList(2, words.size())) {
      if (!isCapitalized(w) && !Lexicon.ORG_NAME_JOINERS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** A title word among tokens [from, to). */
  private static boolean hasTitle(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.isTitle(bare(t.lower(k))) && !t.is(k, "and") && !t.is(k, "of") && !t.is(k, "the")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "University of Leeds professor Ann Roe", "Department of Health spokesman Al Roe": an organisation's name, then a
   * lower-case role noun, then a name to the end, names the person; so does a capitalized title before a name of two
   * words or more ("House of Representatives Speaker Ann Roe", "Department of Health I.T. Director Al Roe").
   */
  private static boolean endsWithNameAfterRole(Tokens t, int from, int to) {
    int k = to - 1;
    while (k > from && t.capitalized(k) && !Lexicon.NON_PERSON_HEADS.contains(t.lower(k))) {
      k--;
    }
    if (k > from && k < to - 1 && !t.capitalized(k) && Lexicon.isRoleNoun(t.lower(k))) {
      return true;
    }
    int name = to - 1;
    while (name > from && isNameWord(bare(t.word(name)))) {
      name--;
    }
    return name > from && name < to - 2 && t.capitalized(name) && Lexicon.isTitle(bare(t.lower(name)));
  }

  private static boolean namesAnOrganisation(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      boolean firstName = k + 1 < to && Lexicon.isFirstName(t.word(k)) && Phrases.isParticle(t, k + 1);
      if (t.capitalized(k) && Lexicon.NON_PERSON_HEADS.contains(t.lower(k)) && !firstName) { // not Bill de Blasio
        return true;
      }
    }
    return false;
  }

  /**
   * "Economy minister German Volkov", "coach German Ruiz": a nationality between a title and a surname is a first
   * name; English puts a nationality before the title ("French President Jacques Chirac").
   */
  private static boolean isDemonymAsFirstName(List<String> words, int k, int nameEnd) {
    return k >= 1 && k == nameEnd - 2 && isCapitalized(words.get(k))
        && Lexicon.DEMONYMS.contains(words.get(k).toLowerCase(Locale.ROOT))
        && Lexicon.isTitle(words.get(k - 1).toLowerCase(Locale.ROOT))
        && Lexicon.isRoleNoun(words.get(k - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * "assistant Dean Roe": a capitalized title that is also a first name, after a title in lower case and right before
   * a surname, is a first name; a title goes on in the case it began in ("assistant dean Ann Roe", "Associate Dean
   * Roe").
   */
  private static boolean isTitleAsFirstName(List<String> words, int k, int nameEnd) {
    return k >= 1 && k == nameEnd - 2 && isCapitalized(words.get(k)) && Lexicon.isFirstName(words.get(k))
        && !isCapitalized(words.get(k - 1)) && Lexicon.isTitle(words.get(k - 1).toLowerCase(Locale.ROOT));
  }

  /** "Department of Homeland Security", "Centers for Disease Control": an organisation word, then of/for. */
  private static boolean hasOrganisationHead(Tokens t, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (t.capitalized(k) && Lexicon.NON_PERSON_HEADS.contains(t.lower(k))
          && (t.is(k + 1, "of") || t.is(k + 1, "for"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalized word that can belong to a person's name: not a title or role ("Treasurer Peter Costello"), place,
   * or nationality. Words that end organisation names may be first names ("Bill Simmelink"), and months
   * ("May Chen", "Theresa May"), though "may" is also a verb.
   */
  private static boolean isNameWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Tokens.isProperNounCase(word, 0, word.length()) && !Lexicon.isTitle(lower)
        && (!Lexicon.PHRASE_STOPS.contains(lower) && !Lexicon.CAP_STOPS.contains(lower)
        || Lexicon.MONTH_NAMES.contains(lower))
        && (!Phrases.isAcronym(word) || isInitials(word) && !Lexicon.PLACES.contains(lower))
        && !Lexicon.PLACES.contains(lower) && !Lexicon.DEMONYMS.contains(lower)
        && (!Lexicon.EPITHETS.contains(lower) || Lexicon.isFirstName(word)) // "Spaniard Ana Roe"; "Finn Roe"
        && !Lexicon.isNationalityPlural(lower) // "fellow Americans Ann Roe and Tom Reed"
        && (!Lexicon.ROLES.contains(lower) || Lexicon.LOWER_CASE_ROLES.contains(lower))
        && !Lexicon.OCCUPATIONS.contains(lower)
        && !word.endsWith("’s") && !word.endsWith("'s") && !isHyphenatedModifier(word)
        && !(Lexicon.CUES.containsKey(lower) && (lower.endsWith("s") || lower.endsWith("ed")));
  }

  /**
   * A capitalized word joined by a hyphen to a lower-case one describes the person ("Alabama-born", "Oscar-winning",
   * "Texas-based"); a name's parts are capitalized ("Ocasio-Cortez", "al-Assad" ends capitalized too), but for the
   * short second syllable of a Korean given name ("Jong-min Lee", "Hee-jin Park"), which no modifier's word is.
   */
  private static boolean isHyphenatedModifier(String word) {
    int hyphen = word.lastIndexOf('-');
    if (hyphen <= 0 || hyphen + 1 >= word.length() || !Character.isLowerCase(word.charAt(hyphen + 1))) {
      return false;
    }
    String after = word.substring(hyphen + 1);
    return after.length() > SYLLABLE || SHORT_MODIFIER_WORDS.contains(after);
  }

  /** The longest second syllable of a hyphenated given name, and the modifiers' words no longer than it. */
  private static final int SYLLABLE = 4;
  private static final Set<String> SHORT_MODIFIER_WORDS = Lexicon.words("born led run era wide free made like type "
      + "size only long old new bred fed held");

  /**
   * Word {@code k} is a title after a known first name or an honorific, so a surname: "Stephen King", "Sen. Angus King
   * of Maine", "Ms King".
   */
  private static boolean isTitleAsSurname(List<String> words, int k) {
    String word = words.get(k);
    return k > 0 && Character.isUpperCase(word.charAt(0))
        && Lexicon.TITLES_AS_SURNAMES.contains(word.toLowerCase(Locale.ROOT))
        && (Lexicon.isFirstName(words.get(k - 1)) || isHonorific(words.get(k - 1))); // "Ann King", "Ms King"
  }

  /**
   * Token {@code last}, a title word, is capitalized after a known first name, or after a name word that a lower-case
   * description introduces: a surname ("Dana Boss", "company spokeswoman Njeri Boss", "director of public relations
   * Ann Judge"); not "Will Mayor" at a question's start, nor "of Foreign Minister".
   */
  private static boolean isTitleAsSurnameAfterRole(Tokens t, int last) {
    if (last < 1 || !t.capitalized(last) || !t.capitalized(last - 1) || !isNameWord(bare(t.word(last - 1)))) {
      return false;
    }
    String before = last >= 2 && t.isWord(last - 2) && !t.capitalized(last - 2) ? t.lower(last - 2) : null;
    return before != null && (!Lexicon.DETERMINERS.contains(before) && !Lexicon.PHRASE_STOPS.contains(before)
        || Lexicon.CUES.containsKey(before)) // "says Abner King"
        || before == null && Lexicon.isFirstName(bare(t.word(last - 1)))
        && !Lexicon.WORDS_AS_FIRST_NAMES.contains(t.lower(last - 1));
  }

  /**
   * "New" and one or two capitalized words name a place or what is named after it ("New Orleans", "New York City",
   * "the New York Times"), never a person whose surname is the last word.
   */
  private static boolean isPlaceWithNew(List<String> words) {
    int first = words.get(0).equalsIgnoreCase("the") ? 1 : 0;
    int n = words.size() - first;
    if (n < 2 || n > 3 || !words.get(first).equals("New")) {
      return false;
    }
    for (int k = first + 1; k < words.size(); k++) {
      if (!isCapitalized(words.get(k)) || Lexicon.isTitle(words.get(k).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** An age set off after the phrase ending before token {@code k}: ", 36,", ", 36.". */
  static boolean ageFollows(Tokens t, int k) {
    if (k + 1 >= t.size() || !t.is(k, ",")) {
      return false;
    }
    String age = t.word(k + 1);
    return age.length() <= 3 && age.chars().allMatch(Character::isDigit)
        && (k + 2 >= t.size() || !t.isWord(k + 2));
  }

  /** How far into a description set off after a phrase its title may come: ", the former vice president of". */
  private static final int TITLE_REACH = 3;

  /**
   * An age or a definite or indefinite description with a title set off after the phrase ending before token
   * {@code k} (", 36,", ", the Vice President of …", ", a former senator"): the phrase is a person, so a place's name
   * opening it is a first name ("Israel Miranda, 36", "Israel Rocha, the Vice President of NYC Health").
   */
  private static boolean descriptionFollows(Tokens t, int k) {
    if (ageFollows(t, k)) {
      return true;
    }
    if (k + 2 >= t.size() || !t.is(k, ",") || !(t.is(k + 1, "the") || t.is(k + 1, "a") || t.is(k + 1, "an"))) {
      return false;
    }
    for (int j = k + 2; j < Math.min(t.size(), k + 2 + TITLE_REACH) && t.isWord(j); j++) {
      if (Lexicon.isTitle(t.lower(j))) {
        return true;
      }
    }
    return false;
  }

  /** A place's or a people's name after a known first name is a surname: "Dr. Ann Holland", "Tom English". */
  /**
   * Token {@code last} is a letter-title written after a name, in capitals ("MP", "QC", "OBE"), right after a first
   * name and a surname or an honorific and a surname: "Andrew Tyrie MP", "Mr Roe QC"; not "Tory MP".
   */
  private static boolean isPostNominal(Tokens t, int from, int last) {
    String word = t.word(last);
    return last - 2 >= from && Lexicon.POST_NOMINALS.contains(t.lower(last))
        && word.equals(word.toUpperCase(Locale.ROOT))
        && t.capitalized(last - 1) && isNameWord(bare(t.word(last - 1))) && t.capitalized(last - 2)
        && (Lexicon.isFirstName(bare(t.word(last - 2))) || isHonorific(bare(t.word(last - 2))));
  }

  private static boolean isPlaceAsSurname(Tokens t, int from, int last) {
    return last > from && t.capitalized(last - 1)
        && (Lexicon.isFirstName(bare(t.word(last - 1))) || isHonorific(bare(t.word(last - 1)))); // "Mr French"
  }

  /**
   * A known first name that the lists also hold as a title or a place opens the name it starts: "Dean Harrison wrote"
   * (a title before a surname alone is seldom "Dean"), "Francisco Morales Torres"; not "San Francisco", nor "Dean of
   * Students Ann Roe" (a title of more words) nor "Dean Ann Roe" (a title before a full name).
   */
  private static boolean opensWithFirstNameReadAsOther(List<String> words, int nameEnd) {
    String first = words.get(0);
    String lower = first.toLowerCase(Locale.ROOT);
    return isCapitalized(first) && Lexicon.isFirstName(first)
        && (Lexicon.PLACES.contains(lower) || Lexicon.isTitle(lower) && nameEnd == 2 && words.size() == 2);
  }

  /**
   * A place's name used as a first name, right after a title: "mayor London Breed", "Senator Chelsea Hart"; not
   * "Paris Hilton" without a title (kept out of names, it is seldom one), nor before a first name ("the Lib Dems David
   * Laws": the party, then the person).
   */
  private static boolean isPlaceAsFirstName(List<String> words, int k) {
    String lower = words.get(k).toLowerCase(Locale.ROOT);
    return k > 0 && Lexicon.PLACES.contains(lower) && Character.isUpperCase(words.get(k).charAt(0))
        && Lexicon.isTitle(words.get(k - 1).toLowerCase(Locale.ROOT))
        && !(k + 1 < words.size() && Lexicon.isFirstName(words.get(k + 1)));
  }

  /**
   * A word that is a first name when capitalized after another word of its sentence ("bassist Will Tanner"), word
   * {@code k} of a phrase of tokens {@code from} to {@code to}; at a sentence's start too when a lower-case word
   * follows the name and the sentence asks nothing ("Will Tanner won the final."; not "Will Congress act?").
   */
  private static boolean isWordAsFirstName(Tokens t, int from, int to, List<String> words, int k) {
    String word = words.get(k);
    return Lexicon.WORDS_AS_FIRST_NAMES.contains(word.toLowerCase(Locale.ROOT)) && Character.isUpperCase(word.charAt(0))
        && (k > 0 || from > 0 && t.isWord(from - 1) || statementGoesOn(t, to));
  }

  /** Token {@code i} is a lower-case word, and the sentence it is in ends with no question mark. */
  private static boolean statementGoesOn(Tokens t, int i) {
    if (i >= t.size() || !t.isWord(i) || t.capitalized(i)) {
      return false;
    }
    for (int k = i + 1; k < t.size(); k++) {
      if (t.is(k, "?")) {
        return false;
      }
      if (t.is(k, ".") || t.is(k, "!")) {
        return true;
      }
    }
    return true;
  }

  /**
   * Initials with dots: "J.B.", "J.", "A.J." (a name's first part, unless a place such as "U.S."); the pattern
   * {@code (\p{Lu}\.)+\p{Lu}?\.?} read by hand, as it runs for every word of every name: capital-dot pairs, then at
   * most a capital or a dot.
   */
  static boolean isInitials(String word) {
    int i = 0;
    int pairs = 0;
    while (i < word.length() && isCapital(word.codePointAt(i))) {
      int dot = i + Character.charCount(word.codePointAt(i));
      if (dot >= word.length() || word.charAt(dot) != '.') {
        break;
      }
      pairs++;
      i = dot + 1;
    }
    if (pairs == 0) {
      return false;
    }
    String rest = word.substring(i);
    return rest.isEmpty() || rest.equals(".")
        || isCapital(rest.codePointAt(0)) && Character.charCount(rest.codePointAt(0)) == rest.length();
  }

  /** A code point of {@code \p{Lu}}, an upper-case letter. */
  private static boolean isCapital(int codePoint) {
    return Character.getType(codePoint) == Character.UPPERCASE_LETTER;
  }

  /**
   * Two capitals without stops after a title or role, or opening the phrase, and before a surname are initials, not
   * an acronym: "spokesman TJ Fenn", "AJ Brandt said" ("US Senator" and "NY Gov." put the acronym before the title;
   * places are no initials).
   */
  private static boolean isInitialsAsFirstName(List<String> words, int k) {
    String w = words.get(k);
    String before = k > 0 ? words.get(k - 1).toLowerCase(Locale.ROOT) : "";
    return w.length() == 2 && Phrases.isAcronym(w) && !Lexicon.ROLES.contains(w.toLowerCase(Locale.ROOT)) // "MP"
        && (k == 0 || Lexicon.isTitle(before) || Lexicon.ROLES.contains(before))
        && !Lexicon.PLACES.contains(w.toLowerCase(Locale.ROOT)) && isNameWord(words.get(k + 1))
        && !Phrases.isAcronym(words.get(k + 1));
  }

  /**
   * An organisation's own name, without the lower-case description before it: "the industry group International Air
   * Transport Association" is International Air Transport Association, "research firm Gartner" is Gartner.
   */
  private static String organisationName(List<String> words) {
    int named = afterDescription(words);
    return named > 0 ? String.join(" ", words.subList(named, words.size())) : descriptor(words);
  }

  /**
   * Where the capitalized name starts after an article and lower-case words, the first of them perhaps a people's
   * name, that end in a noun of an organisation ("the industry group", "research firm", "French firm"); -1 if the
   * words do not open so.
   */
  private static int afterDescription(List<String> words) {
    int k = !words.isEmpty() && Lexicon.DETERMINERS.contains(words.get(0).toLowerCase(Locale.ROOT)) ? 1 : 0;
    int first = k;
    boolean people = k < words.size() && Lexicon.DEMONYMS.contains(words.get(k).toLowerCase(Locale.ROOT));
    k += people ? 1 : 0;
    while (k < words.size() && !words.get(k).isEmpty() && Character.isLowerCase(words.get(k).charAt(0))) {
      if (people && words.get(k).equals("of")) {
        return -1; // "The French co-head of European group EADS Philippe Camus": the head is the co-head
      }
      k++;
    }
    if (people && words.size() - k > 1
        && !Lexicon.COMPANY_ENDINGS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      return -1; // after a people's name the organisation's is one word or a company's: not "group EADS Philippe Camus"
    }
    // "Lebanese central bank Vice Governor Ann Roe" is a person: a title after the organisation's noun opens her name
    String next = k < words.size() ? words.get(k).toLowerCase(Locale.ROOT) : "";
    return k > first && k < words.size() && Lexicon.ORG_HEADS.contains(words.get(k - 1)) && !Lexicon.isTitle(next)
        && !Lexicon.isRoleNoun(next) ? k : -1;
  }

  /** The phrase without determiners or possessive marks: "the unidentified State Department official". */
  private static String descriptor(List<String> words) {
    boolean determiner = !words.isEmpty() && Lexicon.DETERMINERS.contains(words.get(0).toLowerCase(Locale.ROOT));
    return String.join(" ", determiner ? words.subList(1, words.size()) : words);
  }

  private static List<String> titleWords(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!Lexicon.DETERMINERS.contains(lower)) {
        out.add(stripPossessive(lower));
      }
    }
    return out;
  }

  /** The first names this mention's honorific rules out: a woman's for "Mr. Rose", a man's for "Ms. Rose"; or none. */
  Set<String> firstNamesRuledOut() {
    Boolean woman = womanByHonorific();
    return woman == null ? Set.of() : woman ? Lexicon.MALE_NAMES : Lexicon.FEMALE_NAMES;
  }

  /** True for a woman's honorific ("Ms. Rose"), false for a man's ("Mr. Rose"), null for none. */
  Boolean womanByHonorific() {
    String honorific = titles.isEmpty() ? "" : bare(titles.get(titles.size() - 1));
    return Lexicon.MEN_HONORIFICS.contains(honorific) ? Boolean.FALSE
        : Lexicon.WOMEN_HONORIFICS.contains(honorific) ? Boolean.TRUE : null;
  }

  static String bare(String word) {
    return word.endsWith(".") && word.length() > 2 && word.indexOf('.') == word.length() - 1
        ? word.substring(0, word.length() - 1) : word;
  }

  /** A pronoun and its contracted verb ("he's", "they’re", "she'd", "we've", "I'll"): the pronoun; else the word. */
  static String pronounOf(String word) {
    int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
    String before = apostrophe > 0 ? word.substring(0, apostrophe) : word;
    return Lexicon.PRONOUNS.contains(before) ? before : word;
  }

  static String stripPossessive(String word) {
    return word.endsWith("’s") || word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
  }

  private static String textOf(Tokens t, int from, int to) {
    if (to - from == 1) {
      return t.word(from); // most mentions are one word: no copy of it
    }
    StringBuilder out = new StringBuilder(t.word(from));
    for (int k = from + 1; k < to; k++) {
      if (t.begin(k) > t.end(k - 1)) {
        out.append(' ');
      }
      out.append(t.word(k));
    }
    return out.toString();
  }

  /** This person's mention named without its possessive mark ("Roe's" → Roe). */
  /** The same words read as an organisation's name: a person's reading that the document shows is a company's. */
  Mention asOrganisation() {
    return new Mention(from, to, begin, end, text, Kind.ORGANISATION, name, List.of());
  }

  Mention withoutPossessive() {
    return new Mention(from, to, begin, end, text, kind, stripPossessive(name), titles);
  }

  /**
   * "the National Institute of Allergy and Infectious Diseases", "the Department of Health and Human Services": an
   * organisation's name whose "and" comes after its "of" joins what the organisation is of; it names one
   * organisation, and its parts nobody ("Infectious Diseases" is no person). Not when an organisation's head ends the
   * words after the "and" ("Bank of America and First Los Angeles Bank") or they hold a person's name ("the Office of
   * Management and Budget James Miller").
   */
  boolean joinsInsideName() {
    int of = text.indexOf(" of ");
    int and = text.lastIndexOf(" and ");
    if (kind != Kind.ORGANISATION || of < 0 || and < of) {
      return false;
    }
    String[] after = text.substring(and + " and ".length()).split(" ");
    for (int j = 0; j + 1 < after.length; j++) {
      if (Lexicon.isFirstName(after[j]) && isCapitalized(after[j + 1])) {
        return false;
      }
    }
    String head = stripPossessive(after[after.length - 1]).toLowerCase(Locale.ROOT);
    return !Lexicon.ORG_HEADS.contains(head) && !Lexicon.COMPANY_ENDINGS.contains(head);
  }

  /** "the MP for Leeds and Selby": the places a role is for, joined by "and", are one person's. */
  private boolean representsTwo() {
    int role = titles.indexOf("for");
    int and = text.indexOf(" and ");
    return kind == Kind.ANONYMOUS && role > 0 && and > text.toLowerCase(Locale.ROOT).indexOf(" for ");
  }

  /** The role noun of a descriptor: the last title, or the one a role is "for" ("mp" in "the MP for Leeds"). */
  String roleHead() {
    int role = titles.indexOf("for");
    return role > 0 ? titles.get(role - 1) : titles.isEmpty() ? "" : titles.get(titles.size() - 1);
  }

  boolean isPlural() {
    String head = name == null ? "" : name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    // not "president and CEO Ann Roe", nor one organisation's name
    boolean joinsTwo = text.contains(" and ") && !titles.contains("and") && !joinsInsideName() && !representsTwo();
    return Lexicon.PLURAL_ROLES.contains(head) || Lexicon.COLLECTIVES.contains(head) || joinsTwo
        || kind != Kind.PERSON
        && !head.isEmpty() && Character.isLowerCase(name.charAt(name.lastIndexOf(' ') + 1)) && head.endsWith("s")
        && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is") && !head.endsWith("’s")
        && !head.endsWith("'s");
  }

  /** A name of two words or more opening with a known first name: "Ann Roe", not "Trump Appoints Pence". */
  boolean opensWithFirstName() {
    int space = name == null ? -1 : name.indexOf(' ');
    return space > 0 && Lexicon.isFirstName(name.substring(0, space));
  }

  /** "he" or "she": a pronoun for one person of a gender. */
  boolean isHeOrShe() {
    return kind == Kind.PRONOUN && ("he".equals(name) || "she".equals(name));
  }

  boolean isDefinite() {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.startsWith("the ") || lower.startsWith("this ") || lower.startsWith("that ");
  }
}
