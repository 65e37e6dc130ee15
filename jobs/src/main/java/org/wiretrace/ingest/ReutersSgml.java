package org.wiretrace.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Reuters-21578 SGML file (read as Latin-1) into stories. The files are not XML: character references
 * such as {@code &#3;} stand for control codes, and some dates are malformed, so each story is cut out with
 * patterns and its fields decoded one by one.
 */
public final class ReutersSgml {

  /**
   * One story. {@code type} is null for a normal story, else BRIEF (title only) or UNPROC (unparsed text); {@code
   * truncated} when the file ends, or the next story starts, before its {@code </REUTERS>}.
   */
  public record Story(int record, String newId, String type, String date, String title, String place, String body,
      boolean truncated) {}

  /** A story's start tag, whole or cut off (no closing '>'). */
  private static final Pattern OPEN = Pattern.compile("<REUTERS\\b([^<>]*)(>?)");
  private static final String CLOSE = "</REUTERS>";
  private static final Pattern NEW_ID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern TEXT_TYPE = Pattern.compile("<TEXT\\s+TYPE=\"(\\w+)\"");
  private static final Pattern TEXT = Pattern.compile("<TEXT\\b[^>]*>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern DATELINE_PLACE = Pattern.compile("^\\s*([^,]+?)\\s*,");
  private static final Pattern REFERENCE = Pattern.compile("&#(\\d+);|&(lt|gt|amp|quot|apos);");
  private static final Pattern SIGNATURE = Pattern.compile("\\s*\\bReuter\\s*$");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private ReutersSgml() {}

  /** The stories of a file, each from its start tag to its end tag or, cut off, to the next story's start tag. */
  public static List<Story> parse(String sgml) {
    List<Story> stories = new ArrayList<>();
    Matcher open = OPEN.matcher(sgml);
    boolean found = open.find();
    int record = 0;
    while (found) {
      record++;
      String attributes = open.group(1);
      boolean tagClosed = !open.group(2).isEmpty();
      int from = open.end();
      found = open.find();
      int next = found ? open.start() : sgml.length();
      int close = sgml.indexOf(CLOSE, from);
      boolean complete = tagClosed && close >= 0 && close < next;
      stories.add(story(record, attributes, sgml.substring(from, complete ? close : next), !complete));
    }
    return stories;
  }

  private static Story story(int record, String attributes, String inner, boolean truncated) {
    Matcher id = NEW_ID.matcher(attributes);
    Matcher type = TEXT_TYPE.matcher(inner);
    String textType = type.find() ? type.group(1) : null;
    String date = tag(inner, "DATE");
    String title = tag(inner, "TITLE");
    String dateline = tag(inner, "DATELINE");
    String body;
    if ("UNPROC".equals(textType)) {
      Matcher text = TEXT.matcher(inner);
      body = text.find() ? decode(text.group(1)).strip() : "";
    } else {
      String raw = tag(inner, "BODY");
      body = raw == null ? "" : unwrap(raw);
    }
    body = SIGNATURE.matcher(body).replaceFirst("");
    String place = null;
    if (dateline != null) {
      Matcher p = DATELINE_PLACE.matcher(dateline);
      place = p.find() ? p.group(1) : null;
    }
    return new Story(record, id.find() ? id.group(1) : null, textType, date,
        title == null ? null : title.replaceAll("\\s+", " ").strip(), place, body, truncated);
  }

  /** The decoded content of the first {@code <NAME>} element, or null. */
  private static String tag(String sgml, String name) {
    Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(sgml);
    return m.find() ? decode(TAG.matcher(m.group(1)).replaceAll("")) : null;
  }

  /** Character references to characters; control codes (story start and end marks) are dropped. */
  static String decode(String sgml) {
    Matcher m = REFERENCE.matcher(sgml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) {
        int code = Integer.parseInt(m.group(1));
        replacement = code < 32 && code != '\n' && code != '\t' ? "" : new String(Character.toChars(code));
      } else {
        replacement = switch (m.group(2)) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          case "quot" -> "\"";
          default -> "'";
        };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Wire copy is hard-wrapped; an indented line starts a paragraph. Joins the rest into paragraphs. */
  static String unwrap(String body) {
    StringBuilder out = new StringBuilder();
    for (String line : body.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(Character.isWhitespace(line.charAt(0)) ? "\n\n" : " ");
      }
      out.append(line.strip());
    }
    return out.toString();
  }
}
