package org.wiretrace.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the text of an article into title and clean body, and reads the dateline and the outlet. Web captures open
 * with site furniture ("Go to home page", breadcrumbs, a site name) before the title, repeat the title, and close with
 * a credit, navigation and unrelated headlines; none of that belongs in the body that term, overlap and quote offsets
 * use. The outlet is the dateline's agency, else a credit after the last sentence, else the masthead above the
 * title, else the site a breadcrumb starts with ({@link Outlet}).
 */
public final class ArticleParser {

  /**
   * What the parser made of one article. Any field but {@code body} may be null; {@code source} is the outlet the
   * text names (dateline agency, credit, masthead or breadcrumb), as written.
   */
  public record Parsed(String title, String body, String source, LocalDate date, String place) {}

  /** Lines that are site navigation or promotion wherever they stand. */
  static final Pattern FURNITURE = Pattern.compile("(?i)^[\\s•·▪►*-]*(?:"
      + "back to top\\b.*|go to (?:home ?page|top)\\b.*|home ?page|skip to (?:main )?content.*"
      + "|related(?: articles?| stor(?:y|ies)| posts?| news| content)?:?|see also\\b.*|read (?:more|also|next)\\b.*"
      + "|also on [\\w-]+\\.(?:com|net|org|co\\.uk)\\b.*"
      + "|more (?:news|stories) from\\b.*|share (?:this|on)\\b.*|follow us\\b.*|subscribe\\b.*|sign up\\b.*"
      + "|click here\\b.*|advertisement|sponsored(?: content)?|print(?: this)?(?: article)?|email|comments?"
      + "|(?:listen|watch) (?:to )?\\b.*:|tags?:.*|filed under:?.*|posted in\\b.*|copyright\\b.*|©.*"
      + "|all rights reserved\\.?)\\s*$");
  /** Breadcrumb trails: "Home / Security / Title", "News › World". */
  static final Pattern BREADCRUMB = Pattern.compile("^\\s*\\S[^/›»>]{0,60}\\s+[/›»>]\\s+.+$");
  static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]?$|[\"”]$");
  private static final Pattern BLANK_RUN = Pattern.compile("\n{3,}");
  private static final int MAX_TITLE_CHARS = 300;

  private ArticleParser() {}

  /**
   * @param withHeader the text starts with the page header and title (text files); false for a body column
   */
  public static Parsed parse(String raw, boolean withHeader) {
    String text = HtmlText.looksLikeHtml(raw) ? HtmlText.toText(raw) : raw;
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      lines.add(line.stripTrailing());
    }
    int start = 0;
    String title = null;
    String masthead = null;
    String breadcrumb = null;
    if (withHeader) {
      int firstParagraph = firstParagraph(lines);
      List<String> header = lines.subList(0, firstParagraph);
      int titleLine = title(header);
      if (titleLine >= 0) {
        title = header.get(titleLine).strip();
        masthead = Outlet.masthead(header.subList(0, titleLine));
      }
      for (int i = 0; i < header.size() && breadcrumb == null; i++) {
        breadcrumb = Outlet.breadcrumb(header.get(i));
      }
      start = firstParagraph;
    }
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(start, lines.size())) {
      if (FURNITURE.matcher(line).matches() || (title != null && line.strip().equals(title))) {
        continue;
      }
      body.add(line);
    }
    String credit = dropTrailer(body);
    Dateline dateline = null;
    for (int i = 0; i < body.size(); i++) {
      if (!body.get(i).isBlank()) {
        String first = body.get(i).strip();
        dateline = Dateline.find(first, text);
        if (dateline != null) {
          body.set(i, first.substring(dateline.length()));
        }
        break;
      }
    }
    String clean = BLANK_RUN.matcher(String.join("\n", body)).replaceAll("\n\n").strip();
    String source = firstNonNull(dateline == null ? null : dateline.source(), credit, masthead, breadcrumb);
    return dateline == null
        ? new Parsed(title, clean, source, null, null)
        : new Parsed(title, clean, source, dateline.date(), dateline.place());
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** Index of the first line that reads as body text: a sentence of six words or more, or a long line. */
  private static int firstParagraph(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int words = words(line);
      if (FURNITURE.matcher(line).matches()) {
        continue;
      }
      if ((words >= 6 && SENTENCE_END.matcher(line).find()) || words >= 30 || line.length() > MAX_TITLE_CHARS) {
        return i;
      }
    }
    return lines.size() > 1 ? 1 : 0;
  }

  /**
   * The line of the title among the header lines, or -1: the first of four words or more that is not furniture or a
   * breadcrumb, else the last line of two words or more (short titles exist; short site names come first).
   */
  private static int title(List<String> header) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String s = header.get(i).strip();
      if (!s.isEmpty() && !FURNITURE.matcher(s).matches() && !BREADCRUMB.matcher(s).matches()
          && s.length() <= MAX_TITLE_CHARS) {
        candidates.add(i);
      }
    }
    for (int i : candidates) {
      if (words(header.get(i)) >= 4) {
        return i;
      }
    }
    for (int c = candidates.size() - 1; c >= 0; c--) {
      if (words(header.get(candidates.get(c))) >= 2) {
        return candidates.get(c);
      }
    }
    return candidates.isEmpty() ? -1 : candidates.get(0);
  }

  /**
   * Cuts what follows the article's last sentence and returns the outlet it credits, or null. Pages end with links
   * to other stories: short capitalised lines without a full stop. A credit may stand on the first of those lines
   * ("— AFP", "/TASS/"), or after the last sentence on its line ("… to invade. Свобода"); any other word or two
   * after the last sentence (a cut-off signature) goes too.
   */
  private static String dropTrailer(List<String> body) {
    List<String> dropped = new ArrayList<>();
    while (body.size() > 1) {
      String last = body.get(body.size() - 1).strip();
      if (last.isEmpty() || looksLikeHeadline(last)) {
        body.remove(body.size() - 1);
        if (!last.isEmpty()) {
          dropped.add(0, last);
        }
      } else {
        break;
      }
    }
    if (body.isEmpty()) {
      return null;
    }
    String last = body.get(body.size() - 1);
    Outlet.Credit sameLine = Outlet.sameLine(last);
    if (sameLine != null) {
      body.set(body.size() - 1, last.substring(0, sameLine.start()).stripTrailing());
      return sameLine.name();
    }
    int end = Math.max(Math.max(last.lastIndexOf(". "), last.lastIndexOf("? ")), last.lastIndexOf("! "));
    if (end > 0) {
      String tail = last.substring(end + 2).strip();
      if (!tail.isEmpty() && words(tail) <= 2 && !SENTENCE_END.matcher(tail).find()) {
        body.set(body.size() - 1, last.substring(0, end + 1));
        return null;
      }
    }
    if (!dropped.isEmpty() && SENTENCE_END.matcher(last).find()) {
      return Outlet.ownLine(dropped.get(0));
    }
    return null;
  }

  private static boolean looksLikeHeadline(String line) {
    if (SENTENCE_END.matcher(line).find() || line.endsWith(":") || words(line) > 25) {
      return false;
    }
    String[] tokens = line.split("\\s+");
    int capitalised = 0;
    for (String token : tokens) {
      if (!token.isEmpty() && !Character.isLowerCase(token.codePointAt(0))) {
        capitalised++;
      }
    }
    return capitalised >= 0.6 * tokens.length;
  }

  static int words(String line) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean letter = Character.isLetterOrDigit(line.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }
}
