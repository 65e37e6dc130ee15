package org.wiretrace.quotes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Word lists of news attribution: speech verbs, role nouns, titles, organisation heads, places, stop words. */
final class Lexicon {
  private Lexicon() {}

  /** Every inflection of a speech verb, mapped to its lemma. */
  static final Map<String, String> CUES = new HashMap<>();

  static {
    String regular = "add state claim confirm insist explain note argue announce declare reply urge accuse charge "
        + "assure promise suggest acknowledge admit deny predict vow pledge stress emphasize emphasise express agree "
        + "complain concede recall quip joke remark observe warn tweet post reiterate repeat describe caution comment "
        + "report reveal estimate demand maintain mention respond testify disclose boast lament allege contend "
        + "propose recommend concur dismiss counter retort add shout scream whisper yell plead assert point "
        + "underline call ask answer conclude continue urge hail welcome criticise criticize condemn question chant "
        + "remind recount exclaim mutter gush muse opine advise caution instruct inform reassure scoff brag snap "
        + "reason recommend email enthuse chime pronounce brand praise echo remember characterize characterise "
        + "moan grumble gripe proclaim exhort cajole exult fume sigh laugh marvel crow rave "
        + "wonder"; // "wonder": a feature's speaker asking aloud ("“…?” she wonders")
    for (String verb : regular.split(" ")) {
      String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
      String past = verb.endsWith("e") ? verb + "d" : verb.endsWith("y") ? stem + "ied" : doubled(verb) + "ed";
      String ing = doubled(stem) + "ing";
      String third = verb.endsWith("sh") || verb.endsWith("ss") ? verb + "es" : verb + "s";
      for (String form : new String[] {verb, past, ing, third}) {
        CUES.put(form, verb);
      }
    }
    irregular("say", "said", "says", "saying");
    irregular("tell", "told", "tells", "telling");
    irregular("write", "wrote", "writes", "writing", "written");
    irregular("issue", "issued", "issuing"); // not "issues": mostly the noun
    irregular("insist", "insisted", "insists", "insisting");
    irregular("reply", "replied", "replies", "replying");
    irregular("deny", "denied", "denies", "denying");
    irregular("testify", "testified", "testifies", "testifying");
    irregular("admit", "admitted", "admits", "admitting");
    irregular("quip", "quipped", "quips", "quipping");
    irregular("deadpan", "deadpanned", "deadpans", "deadpanning");
    irregular("put", "put", "puts"); // "as he put it"
    irregular("cry", "cried", "cries", "crying");
    CUES.put("ordered", "order"); // not "order", "orders": mostly the noun ("a stay-at-home order")
    CUES.put("ordering", "order");
    irregular("text", "texted", "texting");
    irregular("sing", "sang", "sings", "singing");
    irregular("label", "labeled", "labelled", "labels", "labeling", "labelling");
    irregular("clarify", "clarified", "clarifies", "clarifying");
    irregular("refer", "referred", "refers", "referring"); // "has referred to the drug as a “game-changer”"
    irregular("speak", "spoke", "speaks", "spoken"); // not "speaking": mostly "speaking on condition of anonymity"
    // verbs of criticism report what their subject said, as "criticize" does
    irregular("pan", "panned", "pans", "panning");
    irregular("slam", "slammed", "slams", "slamming");
    CUES.put("attacked", "attack"); // "attacked her as “that woman”"; the other forms are mostly nouns ("an attack")
    irregular("blast", "blasted", "blasting");
    irregular("decry", "decried", "decries", "decrying");
    irregular("denounce", "denounced", "denounces", "denouncing");
    irregular("deride", "derided", "derides", "deriding");
    irregular("ridicule", "ridiculed", "ridicules", "ridiculing");
    CUES.put("mocked", "mock"); // "mocked him as “…”"; "mock" and "mocking" are mostly adjectives ("a mock trial")
    CUES.remove("alleged"); // mostly the adjective: "alleged impending aggression"
  }

  private static String doubled(String verb) {
    return Set.of("admit", "quip", "commit", "regret").contains(verb) ? verb + verb.charAt(verb.length() - 1) : verb;
  }

  private static void irregular(String lemma, String... forms) {
    CUES.put(lemma, lemma);
    for (String form : forms) {
      CUES.put(form, lemma);
    }
  }

  /** Verbs that report speech only when a document speaks: "the letter read", "the report found", "the data show". */
  static final Set<String> DOCUMENT_CUES = words("read reads found finds show shows showed shown concluded concludes "
      + "stated states");

  /**
   * Cue verbs whose object is not the speaker: after a closing mark they never take the phrase after them as the
   * speaker ('”, describing Charles as …'); "said Ortiz", "asked Ortiz", "added Ortiz" do.
   */
  static final Set<String> OBJECT_CUES = words("call describe accuse urge criticise criticize condemn hail welcome "
      + "question dismiss charge tell remind inform instruct advise warn caution thank blame praise quote cite brand "
      + "label pronounce refer characterize characterise exhort cajole order deride ridicule mock");

  /** Verbs that introduce speech plainly: when several cues precede a quote, these name the source. */
  /** Verbs of opinion whose subject, opening the sentence before a quotation, speaks in it ("Ann Roe thinks …"). */
  static final Set<String> OPINION_VERBS = words("thinks believes hopes fears worries feels expects reckons");

  static final Set<String> SAY_VERBS = Set.of("say", "tell", "state", "add", "write", "claim", "insist", "declare",
      "announce", "explain", "reply", "respond", "tweet", "post", "warn", "note", "argue", "confirm", "reiterate",
      "stress", "assert", "contend", "acknowledge", "concede");

  /** Words that govern a noun phrase: what they govern is no subject ("in the article “…”" names the article). */
  static final Set<String> PREPOSITIONS = words("in on at with by from of to for into onto under over after before "
      + "during about against among between through without within via across near around toward towards inside "
      + "outside beyond");

  /** Words between a preposition and the name it governs: "for both Ann Roe and Acme", "by fellow Briton Ann Roe". */
  static final Set<String> BEFORE_GOVERNED = words("both either neither fellow all");

  /** Cue forms that are often a reduced passive ("the maneuvers announced over the weekend"). */
  static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "over", "in", "on", "at", "during", "last", "earlier",
      "this", "for", "to", "from", "after", "before", "as");


  /** Roles only in lower case ("Rovers fan Ann Roe", "the top seed"); capitalized, they may be a name ("Fan Jia"). */
  static final Set<String> LOWER_CASE_ROLES = words("fan supporter seed seeds qualifier qualifiers debutant "
      + "debutante newcomer finalist");

  /** Nouns that head a phrase naming who speaks ("the official", "a spokeswoman", "sources", "experts"). */
  static final Set<String> ROLES = words(LOWER_CASE_ROLES,
      "official officials spokesman spokeswoman spokesperson spokespeople "
      + "minister ministers secretary president chancellor leader leaders chief head director chairman chairwoman "
      + "chair source sources analyst analysts expert experts diplomat diplomats representative representatives "
      + "officer officers aide aides adviser advisers advisor advisors ambassador envoy counterpart commissioner "
      + "governor mayor senator senators lawmaker lawmakers mp mps economist economists researcher researchers "
      + "scientist scientists professor doctor doctors author authors witness witnesses resident residents critics "
      + "campaigners activists member members manager managers executive executives boss coach player captain "
      + "candidate worker workers colleague colleagues correspondent reporter reporters editor journalist "
      + "journalists judge prosecutor prosecutors lawyer lawyers attorney investigators organisers organizers "
      + "founder owner ceo deputy premier king queen prince pope general commander spokesmen people person "
      + "man woman father mother student students teacher teachers chairperson negotiator negotiators "
      + "countries country government governments ministry department agency authorities police union unions "
      + "company firm group party council committee commission court statement report study survey "
      + "administration campaign team club side board bank army military embassy office regulator watchdog "
      + "counterparts partners allies opposition treasurer speaker strategist critic consultant pollster makers "
      + "producers voters fans users customers consumers investors traders observers supporters opponents "
      + "protesters parents patients nurses staff employees lawsuit suit complaint ruling filing letter memo "
      + "document poll website newspaper trader traders dealer dealers broker brokers banker bankers magnate tycoon "
      + "mogul billionaire entrepreneur businessman businesswoman star singer actor actress musician artist "
      + "writer novelist poet director producer host anchor presenter commentator columnist blogger veteran rookie "
      + "athlete quarterback pitcher striker forward midfielder defender goalkeeper manager owner agent promoter "
      + "sheriff deputy detective inspector trooper marshal ranger nurse surgeon physician pastor bishop rabbi "
      + "imam priest minister preacher farmer owner shopkeeper teenager child boy girl son daughter wife husband "
      + "brother sister friend neighbour neighbor victim survivor protester protesters demonstrators demonstrator "
      + "organiser organizer insider insiders staffer staffers employee participant participants ally allies "
      + "consultant adviser spokespeople crowd audience chairwoman congressman congresswoman councilman "
      + "councilwoman alderman assemblyman assemblywoman legislator legislators delegate delegates governor "
      + "commissioner administrator superintendent principal dean provost trustee trustees historian biologist "
      + "psychologist epidemiologist virologist immunologist cardiologist biostatistician statistician "
      + "specialist specialists official's management leadership contributor commenter commenters physicist "
      + "physicists chemist chemists ethicist pharmacist therapist dentist activist fighter boxer champion "
      + "challenger wrestler swimmer runner sprinter golfer cyclist skier jockey footballer winger batsman bowler "
      + "referee umpire linebacker shortstop comedian rapper chef designer architect engineer soldier firefighter "
      + "paramedic dancer filmmaker photographer investor plaintiff defendant homeowner landlord tenant retiree "
      + "prop flanker fly-half scrum-half full-back fullback wing-back centre-back cornerback receiver outfielder "
      + "infielder catcher goalie netminder defenceman defenseman playmaker mom mum dad grandmother grandfather "
      + "grandma grandpa grandson granddaughter aunt uncle niece nephew cousin stepmother stepfather girlfriend "
      + "boyfriend fiancee fiance");

  /**
   * Occupations that a reporter writes before a name as a title ("Developer Ann Roe is …", "rancher Ed Lund"), never
   * a name's first word; unlike {@link #ROLES} they make no descriptor a pronoun may mean. None is a common surname
   * ("Driver", "Baker" are left out).
   */
  static final Set<String> OCCUPATIONS = words("developer contractor realtor restaurateur planner programmer "
      + "technician electrician plumber welder volunteer coordinator educator counselor counsellor trainer instructor "
      + "dietitian caregiver caretaker veterinarian paralegal accountant podcaster youtuber influencer streamer "
      + "illustrator sculptor composer songwriter curator librarian lecturer tutor scholar astronaut cosmonaut "
      + "explorer inventor proprietor vintner grower rancher fisherman publisher manufacturer retailer supplier "
      + "distributor landowner mechanic janitor cashier waiter waitress hairdresser barista nanny");

  /**
   * The singular of a plural noun of people: "witnesses" → "witness", "deputies" → "deputy", "spokesmen" →
   * "spokesman", "people" → "person", "nurses" → "nurse"; a word that is no plural stays.
   */
  static String singular(String plural) {
    if (plural.equals("people")) {
      return "person";
    }
    if (plural.endsWith("men")) {
      return plural.substring(0, plural.length() - 3) + "man";
    }
    if (plural.endsWith("ies") && plural.length() > 4) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("sses") || plural.endsWith("shes") || plural.endsWith("ches") || plural.endsWith("xes")) {
      return plural.substring(0, plural.length() - 2);
    }
    return plural.endsWith("s") && !plural.endsWith("ss") ? plural.substring(0, plural.length() - 1) : plural;
  }

  /** The forms of "be" that make a passive or a progressive ("was reported", "is saying"). */
  static final Set<String> BE_FORMS = words("is am are was were been be");

  /** Adverbs that stand between "was" and a participle without "-ly": "was first reported", "were also told". */
  static final Set<String> PASSIVE_ADVERBS = words("first also never not later then again once still just");

  /** Role nouns of a woman or of a man: "the actress" is a woman named before it ("the California Democrat" anyone). */
  static final Set<String> WOMEN_ROLES = words("actress woman mother wife daughter sister girl businesswoman "
      + "congresswoman chairwoman councilwoman assemblywoman queen princess grandmother widow lady mom mum grandma "
      + "granddaughter aunt niece stepmother girlfriend fiancee");
  static final Set<String> MEN_ROLES = words("actor man father husband son brother boy businessman congressman "
      + "chairman councilman assemblyman king prince grandfather widower dad grandpa grandson uncle nephew stepfather "
      + "boyfriend fiance");

  /** Nouns for what someone said, which a sentence ending in a colon may give: "His message to them was:". */
  static final Set<String> SPEECH_NOUNS = words("message advice verdict reply response answer warning plea words "
      + "view conclusion explanation prediction appeal");

  /** Document heads that end a document's capitalized name, never a person's: "the Rockefeller Report". */
  static final Set<String> TITLED_DOCUMENT_HEADS = words("report study survey memo memorandum indictment affidavit");

  /** Heads of a phrase that names a document speaking: "the letter read", "the memo said", "a study found". */
  static final Set<String> DOCUMENT_HEADS = words("letter letters memo memos memorandum statement statements report "
      + "reports study studies survey surveys paper papers document documents filing filings complaint lawsuit "
      + "suit ruling order indictment affidavit email e-mail emails tweet tweets post posts release editorial "
      + "article analysis spreadsheet notice guidance guidelines advisory proposal petition transcript message "
      + "website site findings poll polls data note decision verdict motion brief summary assessment review audit "
      + "plan bill law regulation draft report's study's research preprint sign signs banner placard");

  /**
   * Role nouns that a definite descriptor keeps as an anonymous source ("the official said" stays the official), while
   * other person nouns ("the shipping magnate", "the veteran coach") refer back to the person just named.
   */
  static final Set<String> ANONYMOUS_HEADS = words("official officials spokesman spokeswoman spokesperson "
      + "spokespeople spokesmen source sources aide aides diplomat diplomats analyst analysts expert experts person "
      + "people man woman resident residents witness witnesses officer officers employee employees worker "
      + "workers staffer staffers insider insiders trader traders dealer dealers broker brokers banker bankers "
      + "investor investors member members participant participants researcher researchers scientist scientists "
      + "doctor doctors economist economists lawmaker lawmakers critic critics protester protesters supporter "
      + "supporters observer observers crowd audience voters fans users customers consumers students teachers "
      + "parents patients nurses staff representative representatives executive executives activist activists "
      + "commenter commenters");

  /** Plurals of elected and appointed offices, which stand before the names of those holding them. */
  private static final Set<String> OFFICE_PLURALS = words("alderman alderwoman councilman councilwoman councilmember "
      + "congressman congresswoman assemblyman assemblywoman senator representative governor commissioner "
      + "minister ambassador trustee supervisor delegate legislator president mayor").stream()
      .map(office -> office.endsWith("man") ? office.substring(0, office.length() - 3) + "men" : office + "s")
      .collect(Collectors.toUnmodifiableSet());

  /**
   * A title word: listed, the plural of an office ("Aldermen Ann Roe and Al Lee"), or shaped like one
   * ("epidemiologist", "physician", "president-elect", "ex-minister").
   */
  static boolean isTitle(String lower) {
    if (TITLES.contains(lower) || OFFICE_PLURALS.contains(lower)) {
      return true;
    }
    if (lower.endsWith("ologist") || lower.endsWith("ician") || lower.endsWith("iatrist") || lower.endsWith("-elect")
        || lower.endsWith("-in-chief") || lower.endsWith("-general")) {
      return true;
    }
    int dash = lower.indexOf('-');
    return dash > 0 && (lower.startsWith("ex-") || lower.startsWith("co-") || lower.startsWith("vice-"))
        && isTitle(lower.substring(dash + 1));
  }

  /**
   * A lower-case noun for someone by what they practise, by its ending: "pianist", "columnist", "bartender",
   * "photographer" (not "checklist", "insist", "exist"). Only for words written in lower case: surnames end so too
   * ("Lindqvist").
   */
  static boolean isAgentOfArt(String lower) {
    return lower.endsWith("ist") && lower.length() >= 7 && !lower.endsWith("list") && !lower.endsWith("sist")
        && !lower.endsWith("xist") || lower.endsWith("tender") || lower.endsWith("grapher");
  }

  /** The listed role nouns and document heads in one set: {@link #isRoleNoun} runs for nearly every word. */
  private static final Set<String> LISTED_ROLE_NOUNS = Stream.concat(ROLES.stream(),
      DOCUMENT_HEADS.stream()).collect(Collectors.toSet());

  /**
   * A noun for a person by role or description: listed, shaped like a title, or an age ("the 45-year-old"); an
   * office's field that is also a verb names no one ("Ann Roe works as …").
   */
  static boolean isRoleNoun(String lower) {
    // the cheap tests first: most words are short ("the", "of"), and a title of three letters or fewer is no role
    return LISTED_ROLE_NOUNS.contains(lower) || lower.length() > 3 && !lower.contains(".") && isTitle(lower)
        && !TITLE_MODIFIERS.contains(lower) && !VERB_FIELDS.contains(lower) || isAge(lower);
  }

  /**
   * A noun for one or more people ("the nurse", "his widow", "the 45-year-old", "the Frenchman"), not for a thing, a
   * place, a document or an organisation ("her nursing home", "the order"): what "he" or "she" may stand for.
   */
  static boolean isPersonNoun(String lower) {
    return ANONYMOUS_HEADS.contains(lower) || WOMEN_ROLES.contains(lower) || MEN_ROLES.contains(lower)
        || EPITHETS.contains(lower) || DEMONYMS.contains(lower)
        || isRoleNoun(lower) && !DOCUMENT_HEADS.contains(lower) && !ORG_HEADS.contains(lower)
        && !OFFICE_FIELDS.contains(lower) && !TITLE_MODIFIERS.contains(lower);
  }

  private static final String YEARS_OLD = "-year-old";
  private static final List<String> AGE_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen");

  /** Digits 0-9, then "-year-old": "45-year-old" (a char loop: this runs for nearly every word). */
  private static boolean isAge(String lower) {
    return lower.endsWith(YEARS_OLD) && isDigits(lower, lower.length() - YEARS_OLD.length());
  }

  /** The age an "N-year-old" word gives, in digits or in words up to seventeen ("45-year-old", "four-year-old"); -1. */
  static int yearsOld(String lower) {
    if (!lower.endsWith(YEARS_OLD)) {
      return -1;
    }
    int end = lower.length() - YEARS_OLD.length();
    if (isDigits(lower, end)) {
      return end <= 3 ? Integer.parseInt(lower.substring(0, end)) : -1;
    }
    return AGE_WORDS.indexOf(lower.substring(0, end));
  }

  /** The first {@code end} chars of {@code s}, at least one, are digits 0-9. */
  private static boolean isDigits(String s, int end) {
    if (end < 1) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Title words that modify a title and head none ("First Lady", "Former Senator"): in lower case no role noun
   * ("Trump first spoke", "officials acting on").
   */
  static final Set<String> TITLE_MODIFIERS = words("first former acting interim senior junior prime foreign shadow");

  /**
   * Words before a title that make it another office: "the president" is not the vice president, "the chancellor" not
   * the shadow chancellor (the opposition's spokesman), "the mayor" not the former or acting mayor.
   */
  static final Set<String> RANKS = words("vice deputy assistant associate former under lieutenant shadow acting "
      + "interim");

  /** Titles abbreviated before a name, and the titles they stand for: "Gov. Ann Roe" is the governor. */
  static final Map<String, String> SPELLED_OUT_TITLES = Map.ofEntries(Map.entry("gov", "governor"),
      Map.entry("sen", "senator"), Map.entry("rep", "representative"), Map.entry("lt", "lieutenant"),
      Map.entry("gen", "general"), Map.entry("col", "colonel"), Map.entry("maj", "major"), Map.entry("sgt", "sergeant"),
      Map.entry("capt", "captain"), Map.entry("cmdr", "commander"), Map.entry("adm", "admiral"),
      Map.entry("supt", "superintendent"), Map.entry("insp", "inspector"), Map.entry("det", "detective"),
      Map.entry("atty", "attorney"), Map.entry("pres", "president"), Map.entry("prof", "professor"),
      Map.entry("ald", "alderman"));

  /** Name suffixes that belong to the name: "Nicholas Gallo III", "Martin Luther King Jr.". */
  static final Set<String> NAME_SUFFIXES = words("ii iii iv jr jr. sr sr. junior");

  /** Letters for an office or an honour written after a name without a comma: "Andrew Tyrie MP", "Ann Roe QC". */
  static final Set<String> POST_NOMINALS = words("mp mep msp mla qc kc obe mbe cbe kbe");

  /** Degrees and licences written after a name: "Ann Roe, MD, PhD". */
  static final Set<String> DEGREES = words("md m.d. phd ph.d. rn dds dmd mph mba jd np");

  /** Verbs that introduce speech plainly: when several cues precede a quote, these name the source. */

  /** Role nouns that stand for an organisation rather than a person. */
  static final Set<String> ORG_HEADS = words("countries country government governments ministry department agency "
      + "authorities police union unions company firm group party council committee commission court statement "
      + "administration campaign team club side board bank army military embassy office regulator "
      + "watchdog management leadership airline carrier network station outlet newspaper paper kremlin pentagon "
      + "congress parliament senate house inc ltd corp plc association federation "
      + "institute university organization organisation organisations organizations service services ministry's "
      + "channel tv radio news times post agency's forces nato un eu who opposition allies partners");

  /** Words that end a company's name ("Acme Corp", "Harlow Holdings"): "the company" is the last one named so. */
  static final Set<String> COMPANY_ENDINGS = words("corp corporation inc co ltd llc plc group holdings company "
      + "airlines airways motors bank");

  /** Posts held in an organisation: "of" and a name after one names the organisation ("founder of Blue Kettle"). */
  static final Set<String> POSTS_OF = words("president ceo chairman chairwoman chair director founder co-founder "
      + "cofounder owner head chief executive manager dean partner");

  /** Lower-case words inside an organisation's name: "Department of the Interior", "Centre for Water and Power". */
  static final Set<String> ORG_NAME_JOINERS = words("of the and for");

  /** Kinds of news outlet written after the outlet's name, which they are no part of ("Le Soir newspaper"). */
  static final Set<String> OUTLET_NOUNS = words("newspaper paper network channel station outlet");

  /** Nationalities and regions as adjectives: before a name they describe it, they are not part of it. */
  static final Set<String> DEMONYMS = words("american british english scottish welsh irish french german italian "
      + "spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish czech hungarian "
      + "russian ukrainian belarusian georgian armenian turkish greek israeli palestinian lebanese syrian iraqi "
      + "iranian afghan pakistani indian chinese japanese korean vietnamese thai indonesian malaysian filipino "
      + "australian canadian mexican brazilian argentine argentinian chilean colombian venezuelan cuban african "
      + "nigerian kenyan egyptian saudi emirati qatari european asian western eastern northern southern soviet "
      + "republican democratic democrat conservative liberal socialist communist");

  /** Titles that are also surnames, after a first name: "Stephen King", "John Major", "Howard Dean". */
  static final Set<String> TITLES_AS_SURNAMES = words("king major judge dean bishop pope prince field marshal");

  /** Nouns for a person by nationality: "the Dutchman said" refers back to the person just named, like "he". */
  static final Set<String> EPITHETS = words("dutchman dutchwoman irishman irishwoman frenchman frenchwoman "
      + "englishman englishwoman scotsman scotswoman welshman welshwoman spaniard scot dane swede finn pole serb "
      + "croat briton american australian canadian italian german russian brazilian argentine belgian swiss austrian "
      + "portuguese kenyan nigerian ghanaian ethiopian");

  /** "Americans", "Spaniards", "Frenchmen": people of a nation, written before the names of more than one. */
  static boolean isNationalityPlural(String lower) {
    String one = lower.endsWith("men") ? lower.substring(0, lower.length() - 3) + "man"
        : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : null;
    return one != null && (EPITHETS.contains(one) || DEMONYMS.contains(one));
  }

  /**
   * Plural people nouns, and collective ones ("the staff applauded"): "they" may point to them, "he" or "she" not.
   */
  static final Set<String> PLURAL_ROLES = words("officials leaders sources analysts experts diplomats "
      + "representatives officers aides advisers advisors senators lawmakers mps economists researchers scientists "
      + "doctors authors witnesses residents critics campaigners activists members managers executives workers "
      + "colleagues reporters journalists prosecutors lawyers investigators organisers organizers spokesmen people "
      + "students teachers negotiators counterparts ministers staff crowd audience personnel crew");

  /** A plural role or a team of people: "her colleagues", "his team", "their co-authors". */
  static boolean isGroupOfPeople(String lower) {
    return PLURAL_ROLES.contains(lower) || lower.equals("team") || lower.equals("co-authors")
        || lower.equals("coauthors");
  }

  /**
   * Nouns of a group of people that, unlike {@link #PLURAL_ROLES}, name nobody without an article ("public health",
   * "family members"): "they" may point to "the majority", "he" or "she" not.
   */
  static final Set<String> COLLECTIVES = words("majority minority couple family public");

  /** Words of a title that name an office's field, not a person: "Home Secretary", "Health Minister". */
  static final Set<String> OFFICE_FIELDS = words("state department ministry foreign home interior defence defense "
      + "health finance trade industry culture education environment economy energy transport labour labor work "
      + "works affairs");

  /** An office field that is a verb too: lower case after a name, the name's verb ("Ann Roe works as a nurse"). */
  private static final Set<String> VERB_FIELDS = words("works");

  /** Capitalized words that are titles or descriptions, not names ("Secretary of State", "Foreign Minister"). */
  static final Set<String> TITLES = words(OFFICE_FIELDS, "secretary minister president chancellor prime deputy "
      + "spokesman spokeswoman spokesperson chief director general ambassador envoy commissioner "
      + "governor mayor senator representative chairman chairwoman chair leader head vice king queen prince "
      + "princess pope premier sheikh emir judge justice attorney mr mrs ms dr sir dame lord lady prof rev gen sen "
      + "rep gov ald shadow assistant executive officer commander "
      + "colonel captain lieutenant major sergeant admiral marshal field coach manager boss founder professor doctor "
      + "spokesmen former acting interim senior junior first lady us u.s. uk u.k. eu un nato of the for and "
      + "sheriff administrator superintendent supervisor comptroller auditor treasurer clerk solicitor counsel "
      + "magistrate dean "
      + "provost principal trustee regent pastor bishop archbishop cardinal rabbi imam reverend detective inspector "
      + "grandmaster sensei chaplain deacon "
      + "trooper marshal ranger deputy surgeon nurse physician councilman councilwoman councilmember alderman "
      + "alderwoman assemblyman assemblywoman delegate legislator lawmaker "
      + "cmdr lt col sgt maj capt adm cpl pvt supt insp det atty hon fr gov. sen. rep. gen. lt. col. sgt. maj. "
      + "capt. cmdr. adm. dr. mr. mrs. ms. prof. rev. ceo cfo coo cto chairperson administrator ally aide adviser "
      + "advisor strategist pollster consultant activist organizer organiser historian teacher student "
      + "producer singer actor actress writer author striker midfielder defender goalkeeper prop flanker fly-half "
      + "scrum-half full-back fullback cornerback outfielder goalie wing winger centre batsman bowler pitcher "
      + "quarterback linebacker shortstop wicketkeeper chef analyst economist "
      + "editor reporter correspondent presenter comedian musician star player skipper veteran lawyer rapper "
      + "boss owner agent promoter expert researcher scientist spokesperson officials mp mep senator congressman "
      + "congresswoman chancellor shadow lib dem tory labour conservative democrat republican speaker partner");

  /**
   * Verbs of saying that title case capitalizes after a name in a headline ("Trump Says 50,000 Could Die"); none is a
   * surname.
   */
  static final Set<String> HEADLINE_VERBS = words("says tells warns urges vows insists admits denies");

  /** Online platforms: no person's name holds one ("Instagram Live", "Facebook said"). */
  static final Set<String> PLATFORMS = words("facebook instagram twitter youtube tiktok snapchat whatsapp linkedin "
      + "reddit google zoom");

  /** Capitalized words that end an organisation, place or event name rather than a person's. */
  static final Set<String> NON_PERSON_HEADS = words(PLATFORMS, "hotel lake river sea ocean mountain forest canyon "
      + "valley desert street road "
      + "square avenue station airport hall house palace office ministry department council committee commission court "
      + "agency party union bank company group inc ltd corp plc association federation institute university "
      + "college school hospital church museum centre center channel tv radio news times post journal review "
      + "states kingdom republic nations union summit treaty accords agreement act bill election day week month "
      + "year cup league championship games olympics open award awards prize festival conference forum council "
      + "kremlin pentagon congress parliament senate assembly government administration police army navy force "
      + "forces media network service services organization organisation fund foundation trust system program "
      + "programme project airlines airways motors bureau centers centres authority lines partners capital "
      + "holdings foods industries systems technologies labs laboratories laboratory pharmaceuticals therapeutics "
      + "brands stores entertainment energy networks communications solutions insurance bancorp financial "
      + "petroleum steel chemical chemicals electric biologics sciences county city district province borough "
      + "chronicle tribune herald gazette telegraph examiner inquirer courier associates llc co "
      + "photography studio studios images weekly syndrome disease virus fever flu influenza "
      + "cafe café restaurant tavern grill diner bistro pub inn bakery brewery pizzeria steakhouse eatery "
      + "theater theatre arena stadium mall gallery zoo");

  /** Conjunctions that may open a sentence before its subject: "But she was pleased". */
  static final Set<String> OPENING_CONJUNCTIONS = words("but and yet so");

  private static final String WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday";

  /** Days of the week: no name's first word, but a surname after a first name ("coach Mike Friday"). */
  static final Set<String> WEEKDAYS = words(WEEKDAY_NAMES);

  /** The months but May, which is also a verb and a name ("Theresa May"). */
  private static final String MONTHS_BUT_MAY = "january february march april june july august september october "
      + "november december";

  static final Set<String> MONTHS = words(MONTHS_BUT_MAY + " may");

  /**
   * Capitalized words that never start a speaker phrase (sentence-initial function words, days, months); every
   * preposition among them ("Inside Brooklyn, the club …" names nobody).
   */
  static final Set<String> CAP_STOPS = words(PREPOSITIONS, "but and or so if when while as since soon "
      + "although though because meanwhile however also yet still then now here there this that these those it "
      + "he she they we i you last earlier later today yesterday tomorrow " + WEEKDAY_NAMES + " " + MONTHS_BUT_MAY
      + " "
      + "feb aug sep sept oct nov dec nonetheless therefore thus hence likewise otherwise regardless "
      + "according asked speaking writing despite amid following notably indeed instead nevertheless moreover "
      + "furthermore besides what which who where why how seated statements events not no yes both either neither "
      + "all some many most like unlike under-fire new old finally even only shortly");

  /**
   * Adverbs that open a sentence about the sentence ("Sure, there were …", "Well, …"): capitalized there, they are no
   * name; inside a sentence a capitalized one may be ("Alliance Well Service Inc").
   */
  static final Set<String> SENTENCE_ADVERBS = words("sure surely well sadly fortunately unfortunately luckily "
      + "clearly obviously certainly perhaps maybe hopefully ironically basically");

  static final Set<String> PRONOUNS = words("he she they it we i");

  /** The dashes that set off a clause: the em dash and the en dash written for it. */
  static final Set<String> DASHES = Set.of("—", "–");

  /**
   * First names that name a man, or a woman, in nearly every use (names given to both, such as Jordan, Kim or Robin,
   * are in neither): "she" does not point back to Brian Peters, nor "he" to Gretchen Hale.
   */
  static final Set<String> MALE_NAMES = words("aaron adam adrian ahmed alan albert alexander alfred ali andre andrew "
      + "angus anthony antonio arnold arthur barry ben benjamin bernard bill billy bob bobby boris brad bradley "
      + "brandon brendan brett brian bruce bryan carl carlos charles charlie chuck clarence clayton clifford colin "
      + "craig curtis dale dan daniel darren dave david dean dennis derek diego dmitry donald doug douglas duncan "
      + "dwight earl eddie edgar eduardo edward elijah elon emmanuel eric ernest eugene evan frank franklin fred "
      + "frederick gary gavin geoffrey george gerald gordon graham greg gregory gustavo harold harry harvey hector "
      + "henry herbert howard hugh hugo ian isaac ivan jack jacob jake james jason jeff jeffrey jeremy jerome jerry "
      + "jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph joshua juan justin keith ken kenneth "
      + "kevin kurt larry lawrence liam lloyd louis luis luke malcolm marco marcus mario mark martin matt matthew "
      + "maurice max michael miguel mike mitch mitchell mohammed muhammad nathan neil nicholas nick nigel noah "
      + "norman oliver omar oscar owen patrick paul pedro peter phil philip pierre ralph randy ray raymond richard "
      + "rick rob robert roberto rod rodney roger ron ronald ross roy russell ryan samuel scott sean sergei sergey "
      + "seth simon stanley stephen steve steven stuart ted theodore thomas tim timothy todd tom tommy tony trevor "
      + "troy victor vince vincent vladimir walter warren wayne william willie yuri "
      + "alejandro alberto alfonso alvaro andres antoine armando arturo carlo cesar claudio cristian dario dionisio "
      + "domenico emilio enrique ernesto esteban fabio federico felipe fernando francesco francisco giovanni "
      + "giuseppe guillermo hans ignacio jacques javier joao joaquin jurgen klaus lorenzo luca luciano manuel "
      + "marcelo massimo matteo mauricio nicolas pablo paolo pietro rafael ramon raul ricardo rodrigo sergio "
      + "stefano thierry vicente wolfgang "
      + "abdul abdullah alastair alexei alexey alfie alistair alvin amir amit andrei andy anil archie arjun bernie "
      + "caleb callum calvin cecil ciaran cody connor conor cormac danny declan deshawn didier dieter dmitri dominic "
      + "donnie dustin dwayne enrico eoin ethan euan evgeny ewan fabrizio florian francis francois fraser freddie "
      + "gabriel gareth gianni gilles giorgio gregor hamish hassan helmut herve hiroshi horst hussein iain ibrahim "
      + "igor jaime jamal jared jeffery jens julien kareem karim kenji kenny khalid kyle lars laurent lenny leon "
      + "lionel mahmoud marc marcello markus marvin matthias mateo mauro melvin michel mikhail mustafa narendra "
      + "nathaniel neal niall nikolai olaf oleg olivier padraig pascal patrice pavel philippe rahul rajesh "
      + "ramesh rashid reggie reginald reza rhys ricky rolf ronnie rudy sammy sanjay seamus sebastien shane "
      + "shinzo silvio stefan sunil suresh takeshi tariq terrence terence tobias tyrone uwe vijay viktor vitaly "
      + "wesley xavier yevgeny yves yusuf zach zachary "
      + "clint daryl darrell derrick dylan ed elliot elliott elvis emil ernie felix floyd frankie gerry glenn gregg "
      + "gus hank irving ivor jay jeremiah jimmie joey josh jules julian karl leo leonard leroy lester lou "
      + "marty mathew mickey milton mitt monty myles ned neville percy pete phillip quentin randall randolph "
      + "raphael rene rex robbie rodger rory rowan ruben rudolph rufus rupert sebastian shaun shawn sheldon sid sidney "
      + "stan stevie stewart teddy theo toby tomas travis trent vernon vic wendell wilbur wilfred winston woody wyatt");
  static final Set<String> FEMALE_NAMES = words("abigail ada agnes alexandra alexandria alice alicia alison amanda "
      + "amber amy ana andrea "
      + "angela angelina ann anna anne annie barbara beatrice betty beverly bonnie brenda bridget brigitte "
      + "caroline carolyn catherine cathy charlotte cheryl christina christine cindy claire clara claudia "
      + "colleen cynthia daisy deborah debra denise diana diane donna doris dorothy edith eileen elaine eleanor "
      + "elena elizabeth ellen emily emma erica erin esther eva evelyn fiona florence frances gabriela gail gloria "
      + "grace gretchen hannah harriet heather heidi helen hillary holly ingrid irene isabel jacqueline jane "
      + "janet janice jasmine jennifer jenny jessica jill joan joanna joanne josephine joyce judith judy julia "
      + "julie karen katherine kathleen kathryn kathy katie kay kimberly kristen laura lauren linda lisa "
      + "lois lori louise lucy lynn margaret maria marie marilyn martha mary megan melania melissa "
      + "michelle mildred monica nancy naomi natalie nicola nicole nina olivia pamela patricia paula pauline "
      + "peggy penny phyllis priscilla rachel rebecca rita roberta rosa rose ruth sally samantha sandra sara "
      + "sarah sharon sheila shirley sophie stephanie susan suzanne sylvia tammy teresa theresa tina tracy "
      + "valerie vanessa veronica victoria virginia wanda wendy yvonne "
      + "adriana alejandra beatriz camila carla carmen cristina daniela elisa francesca gabriella giulia ines "
      + "isabella lucia luisa manuela marta monique paola pilar raquel rocio silvia sofia valentina ximena "
      + "abby aisha alisha allison alyssa amelia angelique anke aoife ayesha becky belinda bernadette birgit "
      + "brittany carrie celine chloe colette debbie deepa deirdre delphine dolores elodie elsa estelle "
      + "fatima freya gemma gina greta hailey heike ilse imogen irina isabelle jeanne jenna jodie kavita kayla "
      + "keiko kirsty krista kristin kristina layla leah leila lorraine louisa lucille "
      + "marianne marisol maureen meera melanie melinda mia miriam nadia natasha nathalie neha niamh nikki noreen "
      + "olga petra pooja priya sabine sinead siobhan sonia sonya sophia stacey stacy sunita svetlana sylvie tanya "
      + "tara tatiana tiffany tracey ursula vicky yasmin yoko yolanda yulia zainab zoe "
      + "angie annette audrey beth camilla candace carly carol carole cassandra cate cecilia celia charlene darlene "
      + "delia edna eliza ella ellie elsie emilia erika ethel geraldine gladys gwen gwyneth hattie helena hilary hilda "
      + "imelda janine jeanette jeannie jemima jessie jocelyn judi juliet juliette justine karin karla kate "
      + "katharine katrina katy keira kylie lena lily liz liza lola loretta lorna lucinda lydia lynda lynne maggie "
      + "madeleine madeline mandy marcia marion marjorie marlene martina mavis maxine meg meghan meryl michaela "
      + "millie miranda molly nadine nell nigella nora norma oprah paige pam patti penelope philippa polly renee "
      + "rhonda rosalind rosemary rosie sabrina sadie serena sheena sue susanna susie suzy sybil tamara tania tess "
      + "tessa thelma uma vera vivian vivienne wilma zara");

  /**
   * First names given to men and to women alike ("Chris", "Jamie"): names, though neither gender's; common surnames
   * (Kelly, Lee, Taylor), words (Robin, Drew) and places (Jordan, Sydney) among them are left out.
   */
  static final Set<String> EITHER_NAMES = words("alex ashley chris courtney jackie jamie jean jody kelsey kris leslie "
      + "lindsay lindsey nicky pat sam terry toni");

  /** Honorifics of a man, and of a woman: which of two people sharing a surname "Mr. Rose" or "Ms. Rose" is. */
  static final Set<String> MEN_HONORIFICS = words("mr sir lord");
  static final Set<String> WOMEN_HONORIFICS = words("mrs ms miss dame lady");

  /** Honorifics a surname follows ("Mr Howard", "Dr. Roe"); not "Sir" or "Dame", which a first name follows. */
  static final Set<String> SURNAME_HONORIFICS = words("mr mrs ms miss dr");

  /** A first name a name list knows ("Ann", "Tom", "Martín" as "martin"), of either gender. */
  static boolean isFirstName(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    // runs for every capitalized word: fold (a Unicode normalization) only names that carry accents
    String folded = NameVariants.isAscii(lower) ? lower : NameVariants.fold(word);
    return MALE_NAMES.contains(folded) || FEMALE_NAMES.contains(folded) || EITHER_NAMES.contains(folded);
  }

  /**
   * Words that are first names when capitalized inside a sentence, after another word ("bassist Will Tanner"); at a
   * sentence's start they are the word ("Will Congress act?").
   */
  static final Set<String> WORDS_AS_FIRST_NAMES = words("will");

  /**
   * Months that are also names: before a capitalized name word they are names ("April S. Stempien-Otero"), and "May"
   * is a surname too ("Theresa May").
   */
  static final Set<String> MONTH_NAMES = words("april may june august");

  static final Set<String> DETERMINERS = words("a an the his her its their our one another some two three "
      + "several many other both this these those my your");

  /** Words skipped between a subject and its verb: auxiliaries, adverbs of time, negation. */
  static final Set<String> BETWEEN_SUBJECT_AND_VERB = words("had has have was were is are will would also again both "
      + "later earlier then likewise previously already today yesterday recently once did does do reportedly "
      + "repeatedly still further too not never just even only first since separately publicly privately "
      + "tonight overnight now subsequently simply herself himself themselves itself can could may might should "
      + "shall must been being wouldn't won't didn't doesn't don't couldn't can't isn't wasn't hasn't haven't "
      + "hadn't shouldn't aren't weren't wouldn’t won’t didn’t doesn’t don’t couldn’t can’t isn’t wasn’t hasn’t "
      + "haven’t hadn’t shouldn’t aren’t weren’t");

  /** "last week", "this month": a time adverbial between a subject and its verb. */
  static final Set<String> TIME_NOUNS = words("week month year night weekend morning evening summer winter spring "
      + "autumn fall");

  /** Lower-case words that end a speaker phrase when scanning away from the cue. */
  static final Set<String> PHRASE_STOPS = words("in on at but and or so if when while as after before during since "
      + "although though because that which who whom whose where what to of for from by with about into over under "
      + "than is was are were be been has had have will would can could may might should did does do not also "
      + "it he she they we i you there here this these those said says told");

  /** Leading words of anonymous descriptors that carry no identity ("a senior official" = "an official"). */
  static final Set<String> ANONYMITY = words("senior top unidentified unnamed anonymous high-ranking high-level "
      + "leading one two some several other another certain");

  /**
   * Countries, continents, capitals, large cities and blocs that speak as institutions ("Washington accused Moscow")
   * and are never a person ("she" is not "South Africa", "he" not "San Francisco"); names that are also first names
   * or surnames (Jordan, Chad, Sydney, Houston) are left out.
   */
  static final Set<String> PLACES = words("washington moscow beijing london paris berlin kyiv kiev brussels tokyo "
      + "delhi tehran pyongyang seoul ankara jerusalem damascus baghdad kabul cairo rome madrid ottawa canberra "
      + "russia ukraine china america britain france germany japan india iran iraq israel syria turkey nato eu "
      + "un europe us u.s. uk u.k. usa u.s.a. spain italy canada australia brazil mexico pakistan afghanistan "
      + "egypt korea poland belarus georgia taiwan whitehall westminster tories labour conservatives democrats dems "
      + "kong rica " // the last words of "Hong Kong" and "Costa Rica" ("Rico" is also a surname); "the Lib Dems"
      + "republicans downing nhs bbc who africa asia oceania antarctica arabia zealand scotland wales ireland "
      + "nigeria kenya ethiopia somalia sudan libya tunisia morocco algeria ghana zimbabwe argentina chile "
      + "colombia venezuela cuba indonesia malaysia thailand vietnam philippines singapore bangladesh myanmar "
      + "qatar yemen lebanon gaza sweden norway denmark finland netherlands belgium austria switzerland greece "
      + "portugal hungary romania serbia croatia amsterdam dublin lisbon vienna prague warsaw budapest athens "
      + "stockholm oslo copenhagen helsinki zurich frankfurt munich hamburg barcelona melbourne toronto montreal "
      + "vancouver mumbai shanghai bangkok manila jakarta nairobi lagos johannesburg chicago seattle miami atlanta "
      + "detroit philadelphia baltimore francisco angeles kong");

  /**
   * Common Chinese (pinyin, Wade-Giles, Cantonese, Singaporean), Korean and Vietnamese surnames, which come first in
   * the name ("Wang Jiming", then "Wang said"; "Chang Chi-Cheng", then "Chang said"); those that are also English
   * words or Western surnames (He, Lee, Song, Tan) are left out.
   */
  static final Set<String> SURNAMES_FIRST = words("zhao wang li zhang liu chen yang huang wu zhou xu sun zhu hu "
      + "guo lin luo gao zheng liang xie tang cao deng xiao feng zeng cai peng pan yuan dong su ye lu wei jiang "
      + "tian du ding shen xi geng kim choi jung kang cho yoon jang lim seo shin kwon hwang ahn moon nguyen tran "
      + "pham huynh phan vu vo dang bui chang chiang chou hsu kuo tsai cheng liao chao yeh hsieh chan wong cheung "
      + "leung lau tse yip goh ong teo koh");

  static Set<String> words(String list) {
    return new HashSet<>(Arrays.asList(list.split(" +")));
  }

  /** The words of {@code base} and of the space-separated {@code list}. */
  static Set<String> words(Set<String> base, String list) {
    Set<String> out = words(list);
    out.addAll(base);
    return out;
  }
}
