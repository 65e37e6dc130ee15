package org.wiretrace.quotes;

import java.util.Set;
import org.wiretrace.text.Tokens;

/**
 * Step 4b: marked quotations that name something rather than report speech, which no one says and which get no
 * speaker ({@link Passage.Naming}):
 * <ul>
 *   <li>a title of a show, book, film, section, operation, or the words of a sign or slogan: after a word that
 *       introduces one ("the TV show “…”", "signs declaring “…”", "codenamed “…”"), before a word for a sign ("a
 *       “Fire Pritzker” sign"), after an outlet's possessive or a preposition when in title case ("NBC's “Meet the
 *       Press”", "during “Tucker Carlson”"), or title-case words that no cue attributes ("“Les Misérables” and
 *       “Mama Mia!”");
 *   <li>an alias or nickname: after "known as", "dubbed", "nicknamed", "so-called", or one capitalized word inside a
 *       person's name (Erich “Mancow” Muller).
 * </ul>
 */
final class NamesInMarks {
  /** Words that introduce a title a few words later ("the hit TV show “…”"). */
  static final Set<String> BEFORE_TITLE = Lexicon.words("show shows program programme series sitcom book novel memoir "
      + "film movie documentary album song musical opera podcast episode newsletter column "
      + "section segment article essay headline headlined hashtag slogan motto sign signs placard placards banner "
      + "banners poster posters t-shirt t-shirts shirt shirts campaign operation project initiative exhibition poem "
      + "painting app titled entitled codenamed code-named labelled labeled emblazoned");

  /** Verbs of {@link #BEFORE_TITLE} that name a thing, also before "as" ("labelled as “…”"). */
  private static final Set<String> NAMING_VERBS = Lexicon.words("titled entitled codenamed code-named labelled "
      + "labeled headlined");

  /** Verbs that give a sign's words after a word for a sign: "signs declaring “…”", "a placard that read “…”". */
  private static final Set<String> SIGN_VERBS = Lexicon.words("reading read reads declaring declared saying said "
      + "proclaiming proclaimed demanding");

  /** Words after the closing mark that make the quotation the text of a sign or a section's name. */
  static final Set<String> AFTER_TITLE = Lexicon.words("sign signs placard placards banner banners poster posters "
      + "t-shirt t-shirts shirt shirts hashtag slogan sticker stickers billboard billboards section column segment "
      + "campaign");

  /** Nouns for works after a capitalized quotation that names them: "the “Conjuring” films", "the “Hobbit” trilogy". */
  private static final Set<String> AFTER_WORK = Lexicon.words("film films movie movies trilogy franchise saga series "
      + "sequel sequels prequel spinoff spinoffs cycle books novels album albums episode episodes");

  /** Words after which a marked name is an alias ("known as the “Cornbread Mafia”"). */
  private static final Set<String> ALIAS = Lexicon.words("dubbed nicknamed so-called aka a.k.a. alias nickname "
      + "self-styled self-described");

  /**
   * Words before a title-case quotation that make it a title: a preposition ("during “Tucker Carlson”"), or "told"
   * with a show as its object ("Roe told “Face the Nation”").
   */
  private static final Set<String> TITLE_PREPOSITIONS = Lexicon.words("on during in at from told");

  /** Words for a broadcast after a title-case quotation: "in a “Night Desk” interview", "the “Early Edition” show". */
  private static final Set<String> AFTER_SHOW = Lexicon.words("interview interviews show episode broadcast podcast "
      + "special documentary");

  private NamesInMarks() {}

  static void annotate(QuoteDocument doc) {
    Tokens t = doc.tokens();
    for (Passage p : doc.passages()) {
      if (p.isMarked()) {
        p.setNaming(naming(doc, t, p));
      }
    }
  }

  private static Passage.Naming naming(QuoteDocument doc, Tokens t, Passage p) {
    int open = t.indexAt(p.begin()) - 1; // the opening mark
    int close = t.indexAt(p.end()); // the closing mark
    int lo = doc.firstToken(p.firstSentence());
    if (isAlias(t, open, close, lo)) {
      return namesAThing(t, open, lo) ? Passage.Naming.TITLE : Passage.Naming.ALIAS;
    }
    boolean titleCase = QuoteText.isTitleCase(p.text());
    for (int k = open - 1; k >= lo && k >= open - 3; k--) {
      if (BEFORE_TITLE.contains(t.lower(k)) && !t.is(k + 1, "of") && !t.is(k + 1, "that")
          && !Lexicon.DETERMINERS.contains(t.lower(k + 1))) { // not "a sign of “…”", nor the verb of "shows many …"
        if (isPredicate(t, p, k, open, close, lo, titleCase) || describes(t, k, open) || goesOnSentence(t, p, open)) {
          break;
        }
        return Passage.Naming.TITLE;
      }
      if (k == open - 1 && Lexicon.DASHES.contains(t.word(k))) {
        continue; // "her new album — “…” — is out"
      }
      if (k == open - 1 && t.is(k, "called") && titleCase && k - 1 >= lo && BEFORE_TITLE.contains(t.lower(k - 1))) {
        continue; // "an article called “The End of Meat Is Here”": the article's name
      }
      if (!t.isWord(k) || Phrases.isCue(t, k) && !(k == open - 1 && SIGN_VERBS.contains(t.lower(k)))
          || Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(t.lower(k))
          || t.is(k, "as") && !(k - 1 >= lo && NAMING_VERBS.contains(t.lower(k - 1)))) {
        // "the column said “…”" is the column speaking; "the episode will have “…”" its subject; "described the
        // novel as a “great thriller”" what the novel is (but "labelled as “…”" a label)
        break;
      }
    }
    if (open - 1 >= lo && SIGN_VERBS.contains(t.lower(open - 1))) {
      for (int k = open - 2; k >= lo && k >= open - 4; k--) {
        if (AFTER_TITLE.contains(t.lower(k))) {
          return Passage.Naming.TITLE; // "signs declaring “Jesus is my vaccine”"
        }
      }
    }
    if (close + 1 < t.size() && AFTER_TITLE.contains(t.lower(close + 1)) && p.shape().words() <= 8
        && !p.text().strip().endsWith(",")) { // '“We will win,” campaign manager Ann Roe said' is speech
      return Passage.Naming.TITLE;
    }
    if (titleCase && close + 1 < t.size() && (AFTER_SHOW.contains(t.lower(close + 1))
        || AFTER_WORK.contains(t.lower(close + 1)) && t.isWord(close - 1))) {
      return Passage.Naming.TITLE;
    }
    if (!titleCase || p.shape().words() < 2 && !isPossessiveOutlet(t, open - 1)) {
      return Passage.Naming.NONE;
    }
    // title-case words that describe a noun name it: "the “Lift Every Voice” plan", "a “Stop the Steal” rally"
    if (isPossessiveOutlet(t, open - 1) || open - 1 >= lo && TITLE_PREPOSITIONS.contains(t.lower(open - 1))
        || Phrases.describesNoun(t, open, close, lo) || isSubject(t, p, close)) {
      return Passage.Naming.TITLE;
    }
    // a cue at the end of a long sentence reports the sentence, not the name in it ('The “Cook County Recovery
    // Plan” includes a council on …, Ann Roe said in a speech.')
    Attribution a = p.attribution();
    boolean attributed = a.found() && (a.cueFrom() < open || Math.min(a.cueFrom(), a.speaker() == null
        ? a.cueFrom() : a.speaker().from()) <= close + NEAR_CUE);
    return attributed ? Passage.Naming.NONE : Passage.Naming.TITLE;
  }

  /**
   * Title-case words with no stop of their own right before the verb that would attribute them: the verb's subject
   * ("“Die Another Day” boasts Halle Berry"), not speech, which a comma or a stop closes ("“We Will Win,” said Roe").
   */
  private static boolean isSubject(Tokens t, Passage p, int close) {
    Attribution a = p.attribution();
    return a.found() && a.cueFrom() == close + 1 && t.isWord(close - 1);
  }

  /** Tokens between a title-case quotation's closing mark and a cue (or its speaker) that attributes it. */
  private static final int NEAR_CUE = 6;

  /**
   * The word for a show or an operation at {@code k} is the subject of a sentence whose verb opens the quotation:
   * 'The campaign operation “will reach every voter,” Ann Roe said', 'The current program “gave us the worst of both
   * worlds,” Roe told the hearing'. The quotation opens with an auxiliary, or is a clause its comma closes before the
   * attribution, after a subject no preposition governs (not 'In the article “It's a scam, …,” Roe argues').
   */
  private static boolean isPredicate(Tokens t, Passage p, int k, int open, int close, int lo, boolean titleCase) {
    Attribution a = p.attribution();
    if (!a.found() || a.speaker() == null || titleCase || open + 1 >= close || t.capitalized(open + 1)) {
      return false;
    }
    if (Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(t.word(open + 1))) {
      return true;
    }
    if (!p.text().strip().endsWith(",") || a.cueFrom() < close) {
      return false;
    }
    for (int j = k - 1; j >= lo && t.isWord(j); j--) {
      if (Lexicon.PREPOSITIONS.contains(t.lower(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Marked words that open in lower case and end a sentence of {@link Kinds#MIN_CLAUSE} words or more finish the
   * reporter's sentence ('said in a statement the campaign “acknowledges this challenging time for all.”'): no name
   * of a work is written so.
   */
  private static boolean goesOnSentence(Tokens t, Passage p, int open) {
    String text = p.text().strip();
    return t.isWord(open + 1) && !t.capitalized(open + 1) && p.shape().words() >= Kinds.MIN_CLAUSE
        && (text.endsWith(".") || text.endsWith("?") || text.endsWith("!"));
  }

  /**
   * Marked words opening with a lower-case "a" or "an" after a word for a work describe it, as a title never opens
   * ('called the app “a sophisticated surveillance system”'); a sign's or a slogan's words may.
   */
  private static boolean describes(Tokens t, int k, int open) {
    return (t.is(open + 1, "a") || t.is(open + 1, "an")) && !t.capitalized(open + 1)
        && !AFTER_TITLE.contains(t.lower(k)) && !SIGN_WORDS.contains(t.lower(k));
  }

  /** Words for what carries a slogan, which may open with an article: "a motto, “a state of mind”". */
  private static final Set<String> SIGN_WORDS = Lexicon.words("motto headline headlined emblazoned");

  /**
   * "The new project, dubbed “…”": an alias set off after a word for a project, a show, an operation names it (a
   * title), not a person; "an operation known as the “…”" stays an alias.
   */
  private static boolean namesAThing(Tokens t, int open, int lo) {
    return open - 3 >= lo && t.is(open - 2, ",") && BEFORE_TITLE.contains(t.lower(open - 3));
  }

  /** "known as the “…”", "dubbed “…”", or one capitalized word between a first name and a surname. */
  private static boolean isAlias(Tokens t, int open, int close, int lo) {
    int k = open - 1;
    if (k >= lo && t.is(k, "the")) {
      k--;
    }
    if (k >= lo && (ALIAS.contains(t.lower(k)) || t.is(k, "as") && k - 1 >= lo && (t.is(k - 1, "known")
        || t.is(k - 1, "nicknamed")))) {
      return true;
    }
    boolean oneWord = close == open + 2 && t.capitalized(open + 1);
    return oneWord && open - 1 >= lo && Phrases.isNamePart(t, open - 1) && close + 1 < t.size()
        && Phrases.isNamePart(t, close + 1);
  }

  /** "NBC's", "NPR’s", "CNN's": an outlet's possessive. */
  private static boolean isPossessiveOutlet(Tokens t, int k) {
    if (k < 0 || !t.capitalized(k)) {
      return false;
    }
    String w = t.word(k);
    return (w.endsWith("'s") || w.endsWith("’s")) && w.length() > 2;
  }
}
