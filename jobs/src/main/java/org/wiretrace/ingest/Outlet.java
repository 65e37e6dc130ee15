package org.wiretrace.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet an article names in its own text, beside the agency of its dateline: a masthead above the title ("Awani
 * Review" over its tagline), a credit after the last sentence ("— AFP", "/TASS/", "(AP)", "… to invade. Свобода"), or
 * the site that heads a breadcrumb ("BBC News > World > Europe"). Names are returned as written. Every rule would
 * rather find nothing than a section name, a byline, a headline or the last words of a sentence: a wrong outlet is
 * worse than none.
 */
final class Outlet {

  /** Where a credit after the last sentence starts on its line ({@code start}) and the outlet it names. */
  record Credit(String name, int start) {}

  /** Lower-case words that outlet names are made of: "The Moscow Times", "Sky News", "Radio Free Europe". */
  private static final Set<String> SITE_WORDS = Set.of(
      "news", "times", "post", "herald", "review", "journal", "tribune", "gazette", "gazeta", "gazzetta", "газета",
      "telegraph", "telegraaf", "guardian", "mirror", "observer", "chronicle", "press", "presse", "prensa", "stampa",
      "agency", "agence", "agencia", "agência", "agenzia", "agentur", "агентство", "radio", "радио", "tv", "тв",
      "television", "televisión", "channel", "канал", "online", "media", "network", "wire", "reporter", "monitor",
      "insider", "independent", "standard", "mail", "courier", "courrier", "kurier", "express", "dispatch", "bulletin",
      "weekly", "daily", "magazine", "inquirer", "examiner", "sentinel", "enquirer", "economist", "ledger", "digest",
      "globe", "zeitung", "nachrichten", "noticias", "diario", "diário", "periódico", "corriere", "notizie", "novosti",
      "новости", "vesti", "вести", "izvestia", "известия", "pravda", "правда", "vedomosti", "ведомости");

  /**
   * Lower-case words of site sections, navigation and page buttons, in a few languages: a line made of these only
   * ("World News", "Home | Politics", "Share") names no outlet.
   */
  private static final Set<String> GENERIC = Set.of(
      "home", "homepage", "main", "menu", "search", "sections", "section", "news", "latest", "top", "stories", "story",
      "headlines", "world", "politics", "business", "economy", "markets", "money", "finance", "sport", "sports",
      "tech", "technology", "science", "health", "entertainment", "culture", "arts", "art", "lifestyle", "life",
      "style", "travel", "food", "opinion", "opinions", "comment", "comments", "editorial", "analysis", "features",
      "feature", "video", "videos", "photo", "photos", "gallery", "podcast", "podcasts", "live", "breaking",
      "exclusive", "update", "updates", "updated", "local", "national", "international", "region", "regions", "europe",
      "asia", "africa", "americas", "america", "middle", "east", "west", "north", "south", "uk", "us", "u.s.", "usa",
      "eu", "weather", "education", "environment", "climate", "security", "defence", "defense", "military", "society",
      "crime", "law", "justice", "media", "press", "review", "reviews", "release", "releases", "more", "related",
      "popular", "trending", "read", "most", "newsletter", "newsletters", "subscribe", "login", "log", "sign", "in",
      "register", "account", "edition", "english", "español", "français", "deutsch", "русский", "blog", "blogs",
      "archive", "archives", "topics", "topic", "tags", "tag", "category", "categories", "index", "start", "front",
      "page", "film", "films", "movie", "movies", "book", "books", "music", "tv", "radio", "television", "fact",
      "check", "explainer", "interview", "interviews", "obituary", "obituaries", "letters", "share", "tweet",
      "facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "email", "print", "copy", "link", "close",
      "reply", "like", "loading", "next", "previous", "prev", "newer", "older", "continue", "back", "up", "cookies",
      "accept", "privacy", "contact", "about", "help", "terms", "advertisement", "ad", "ads", "sponsored", "promoted",
      "logout", "source", "sources", "photograph", "image", "images", "thanks", "shares", "disclaimer", "references",
      "recent", "recommended", "notes", "footnotes", "credits", "correction", "corrections", "end", "ends", "fin",
      "ende", "fim", "конец", "главная", "новости", "политика", "мир", "экономика", "общество", "спорт", "культура",
      "происшествия", "startseite", "nachrichten", "politik", "wirtschaft", "accueil", "actualités", "monde",
      "politique", "économie", "inicio", "portada", "noticias", "mundo", "política", "economía", "deportes", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december");

  /** Small words an outlet's name may hold in lower case, never first: "Times of India", "Corriere della Sera". */
  private static final Set<String> CONNECTORS = Set.of("of", "the", "de", "del", "della", "di", "du", "des", "la",
      "le", "el", "al", "y", "e", "i", "and", "for", "on", "und", "van", "von", "da", "do", "dos", "das", "der", "die",
      "&");

  /** First words of a byline, a photo credit or a sentence: "By …", "Reporting by …", "Photo: …", "He said". */
  private static final Set<String> NOT_FIRST = Set.of("by", "reporting", "writing", "editing", "compiled",
      "additional", "with", "from", "via", "copyright", "he", "she", "it", "they", "we", "you", "but", "and", "or",
      "so", "this", "that", "these", "those", "in", "on", "at", "as", "if", "when", "while", "after", "before",
      "then", "there", "here", "what", "who", "why", "how", "a", "an", "его", "он", "она", "они", "и", "но", "это");

  /** Words of a picture credit, which names the photographer's agency rather than the article's outlet. */
  private static final Set<String> PICTURE_WORDS = Set.of("getty", "images", "shutterstock", "alamy", "photo",
      "photos", "pictures", "file", "handout", "pool");

  /** Abbreviations whose full stop does not end a sentence ("U.S. Army", "Mr. Lavrov"). */
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov",
      "lt", "col", "capt", "prof", "no", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "etc", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gmt", "utc");

  private static final Pattern DOMAIN = Pattern.compile(
      "(?i)(?:https?://)?(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?!(?:jpe?g|png|gif|pdf|html?|php|txt)$)"
          + "\\p{L}{2,12}/?");
  /** A token of a name: letters first, then letters, digits and the joiners of "France-Presse" or "Al-Monitor". */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\p{N}&'’.-]*|&");
  /** Credit marks around a name: "— AFP", "-- Reuters", "/TASS/", "(AP)", "[dpa]". */
  private static final Pattern MARKED = Pattern.compile(
      "^(?:(?:[—–]+|-{1,2})\\s*(?<dash>[^—–\\s-].*?)\\s*(?:[—–]+|-{1,2})?|/\\s*(?<slash>[^/]+?)\\s*/"
          + "|\\(\\s*(?<paren>[^()]+?)\\s*\\)|\\[\\s*(?<bracket>[^\\[\\]]+?)\\s*\\])$");
  /** Lower-case agency abbreviations written inside credit marks: "(dpa)", "/apa/"; not "(sic)". */
  private static final Pattern LOWER_AGENCY = Pattern.compile("(?!(?:sic|cont|ed|eds|lol|tbc|ok|etc)$)\\p{Ll}{2,5}");
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[/›»>]\\s+");
  /** A dateline-free date or time on its own line: "Friday, 21 January 2022", "Updated 10:32 GMT". */
  private static final Pattern DATE_LINE = Pattern.compile("(?i)(?=.*\\d).*(?:\\b" + DateParser.MONTH
      + "|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\d{1,4}[/.:-]\\d{1,2}).*");
  private static final int MAX_NAME_CHARS = 50;
  /** A sentence stop followed by more text: the paragraph holds two sentences at least. */
  private static final Pattern EARLIER_SENTENCE = Pattern.compile(
      "[\\p{L}\\p{N}](?:[.!?…][\"”’')\\]]*\\s+|[。！？][\"”’')\\]]*)\\S");
  /** Words a line must hold before a bare name for the name to be the article's credit rather than a caption's. */
  private static final int MIN_WORDS_BEFORE_BARE = 20;
  /** Scripts written without spaces (Chinese, Japanese) are measured in characters, about two to a word. */
  private static final int CJK_CHARS_PER_WORD = 2;

  private Outlet() {}

  /**
   * The masthead among the lines above the title: the first line that is not furniture, a breadcrumb, a date or
   * navigation words, when it has the shape of a site's name (up to four capitalised words or a domain) and names
   * itself as one: a domain, or a word such as News, Times, Review first or last ("Awani Review", "Daily Mail").
   * What follows it before the title (a tagline such as "Complete News World") is not looked at.
   */
  static String masthead(List<String> aboveTitle) {
    for (String raw : aboveTitle) {
      String line = raw.strip();
      if (line.isEmpty() || ArticleParser.FURNITURE.matcher(line).matches()
          || ArticleParser.BREADCRUMB.matcher(line).matches() || generic(line)
          || (DATE_LINE.matcher(line).matches() && ArticleParser.words(line) <= 10)) {
        continue;
      }
      return siteName(line) && (isDomain(line) || siteWordAtEdge(tokens(line))) ? line : null;
    }
    return null;
  }

  /**
   * The site that heads a breadcrumb trail ("BBC News > World > Europe", "example.com / Politics / Title"), or null:
   * its first element must be a site's name and not a generic word ("Home / Security / …" names none), and either
   * name itself as a site or stand above a section ("Meduza › World › …").
   */
  static String breadcrumb(String line) {
    if (!ArticleParser.BREADCRUMB.matcher(line).matches()) {
      return null;
    }
    String[] parts = BREADCRUMB_SEPARATOR.split(line.strip());
    if (parts.length < 2) {
      return null;
    }
    String first = parts[0].strip();
    if (generic(first) || !siteName(first)) {
      return null;
    }
    boolean namesASite = isDomain(first) || siteWordAtEdge(tokens(first));
    boolean aboveASection = parts.length >= 3 && generic(parts[1]);
    return namesASite || aboveASection ? first : null;
  }

  /**
   * A credit after the last sentence of {@code line} ("… to invade. Свобода", "… in Geneva.” — AFP", "… said.
   * /TASS/", "…会谈。新华社"), or null. The sentence must really end there: not at an abbreviation ("U.S. Army"), not
   * at a stop set off by a space ("days ! LOL"). A bare name needs a paragraph of two sentences and twenty words
   * before it; marks ("— AFP") are credit enough.
   */
  static Credit sameLine(String line) {
    if (ArticleParser.SENTENCE_END.matcher(line).find()) {
      return null;
    }
    for (int end = line.length() - 1; end > 0; end--) {
      boolean wide = "。！？".indexOf(line.charAt(end)) >= 0;
      if (".!?…".indexOf(line.charAt(end)) < 0 && !wide) {
        continue;
      }
      int after = end + 1;
      while (after < line.length() && after - end <= 2 && "\"”’')]".indexOf(line.charAt(after)) >= 0) {
        after++;
      }
      if (after >= line.length()) {
        continue;
      }
      boolean spaced = Character.isWhitespace(line.charAt(after));
      String tail = line.substring(after).strip();
      if (tail.isEmpty() || !(spaced || wide || "—–-/([".indexOf(tail.charAt(0)) >= 0)) {
        continue;
      }
      if (!endsSentence(line, end)) {
        return null;
      }
      // A bare name after a short paragraph is a photo credit under a caption ("… in Frankfurt, Germany. Maxar").
      String before = line.substring(0, after);
      long length = wide ? before.codePoints().filter(Character::isLetter).count() / CJK_CHARS_PER_WORD
          : ArticleParser.words(before);
      boolean bare = length >= MIN_WORDS_BEFORE_BARE && EARLIER_SENTENCE.matcher(before).find();
      String name = credit(tail, bare);
      return name == null ? null : new Credit(name, after);
    }
    return null;
  }

  /**
   * The outlet a line of its own after the last sentence credits ("— AFP", "-- Reuters", "/TASS/", "(AP)"), or null.
   * Only a marked name counts: a bare word on the last line is as often a leftover button or heading ("Disclaimer",
   * "References", "Recent") as a credit.
   */
  static String ownLine(String line) {
    return credit(line.strip(), false);
  }

  /** The name a credit gives, marks removed; bare names only when {@code bare}. */
  private static String credit(String text, boolean bare) {
    Matcher m = MARKED.matcher(text);
    if (m.matches()) {
      String name = firstNonNull(m.group("dash"), m.group("slash"), m.group("paren"), m.group("bracket"));
      if (LOWER_AGENCY.matcher(name).matches() && !GENERIC.contains(name) && !NOT_FIRST.contains(name)) {
        return name;
      }
      // Authors sign with their initials after a dash ("— DP"); agencies are bracketed ("(AP)", "/AP/").
      return creditName(name, m.group("dash") == null) ? name : null;
    }
    return bare && creditName(text, false) ? text : null;
  }

  /**
   * One to three capitalised words (in any script) or a domain, not a byline, a picture credit, an end mark or a
   * navigation word; a name of two or three words must name itself as an outlet ("Associated Press", "РИА
   * Новости"), so that an author's signature ("Maria Petrova") is not taken for one; one word of two capitals is an
   * author's initials ("— DP") as often as an agency, and counts only when {@code initialsAllowed} (in brackets).
   */
  private static boolean creditName(String name, boolean initialsAllowed) {
    if (name.length() > MAX_NAME_CHARS) {
      return false;
    }
    if (isDomain(name)) {
      return true;
    }
    List<String> tokens = tokens(name);
    if (tokens.isEmpty() || tokens.size() > 3 || !siteName(name)) {
      return false;
    }
    for (String token : tokens) {
      if (PICTURE_WORDS.contains(lower(token))) {
        return false;
      }
    }
    if (NOT_FIRST.contains(lower(tokens.get(0))) || generic(name)) {
      return false;
    }
    if (tokens.size() == 1) {
      String word = tokens.get(0);
      long letters = word.codePoints().filter(Character::isLetter).count();
      boolean initials = letters == 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
      return letters >= 2 && (initialsAllowed || !initials);
    }
    return tokens.stream().anyMatch(token -> SITE_WORDS.contains(lower(token)));
  }

  /**
   * Up to four words, each capitalised (or in a script without case) but for connectors such as "of", no sentence
   * punctuation, not opening like a byline or a sentence ("By …", "He …"); or a domain.
   */
  static boolean siteName(String line) {
    if (line.length() > MAX_NAME_CHARS) {
      return false;
    }
    if (isDomain(line)) {
      return true;
    }
    String[] words = line.split("\\s+");
    if (words.length > 4 || line.endsWith(".") || NOT_FIRST.contains(lower(words[0]))) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (!TOKEN.matcher(word).matches()) {
        return false;
      }
      boolean connector = CONNECTORS.contains(word);
      if (connector ? i == 0 : !capitalised(word)) {
        return false;
      }
    }
    return true;
  }

  /** Every word a section, navigation or page-button word (punctuation between them aside). */
  static boolean generic(String line) {
    List<String> tokens = tokens(line);
    if (tokens.isEmpty()) {
      return false;
    }
    for (String token : tokens) {
      String word = lower(token);
      if (!GENERIC.contains(word) && !CONNECTORS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  static boolean isDomain(String text) {
    return DOMAIN.matcher(text).matches();
  }

  /** A site word first or last (after a leading "The"): "Sky News", "Daily Mail", "Times of India". */
  private static boolean siteWordAtEdge(List<String> tokens) {
    List<String> words = tokens;
    if (!words.isEmpty() && lower(words.get(0)).equals("the")) {
      words = words.subList(1, words.size());
    }
    return !words.isEmpty()
        && (SITE_WORDS.contains(lower(words.get(0))) || SITE_WORDS.contains(lower(words.get(words.size() - 1))));
  }

  /** The sentence stop at {@code end} follows a word that is not an abbreviation or an initial. */
  private static boolean endsSentence(String line, int end) {
    int start = end;
    while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
      start--;
    }
    String word = line.substring(start, end).replaceAll("^[\"“‘'(\\[]+", "");
    char before = line.charAt(end - 1);
    if (word.isEmpty() || (!Character.isLetterOrDigit(before) && "\"”’')]".indexOf(before) < 0)) {
      return false;
    }
    long letters = word.codePoints().filter(Character::isLetter).count();
    return !(letters == 1 && Character.isUpperCase(word.codePointAt(0))) && !word.contains(".")
        && !ABBREVIATIONS.contains(lower(word));
  }

  private static boolean capitalised(String word) {
    int first = word.codePointAt(0);
    return Character.isUpperCase(first) || Character.isTitleCase(first)
        || (Character.isLetter(first) && !Character.isLowerCase(first));
  }

  /** The words of a line, punctuation-only pieces ("|", "•", "-") left out. */
  private static List<String> tokens(String line) {
    List<String> tokens = new ArrayList<>();
    for (String piece : line.strip().split("[\\s|•·/›»>]+")) {
      if (piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
        tokens.add(piece);
      }
    }
    return tokens;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value.strip();
      }
    }
    return null;
  }
}
