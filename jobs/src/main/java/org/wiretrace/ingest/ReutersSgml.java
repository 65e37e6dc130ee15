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

  /** One story. {@code type} is null for a normal story, else BRIEF (title only) or UNPROC (unparsed text). */
  public record Story(int record, String newId, String type, String date, String title, String place, String body) {}

  private static final Pattern STORY = Pattern.compile("<REUTERS\\b([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern NEW_ID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern TEXT_TYPE = Pattern.compile("<TEXT\\s+TYPE=\"(\\w+)\"");
  private static final Pattern TEXT = Pattern.compile("<TEXT\\b[^>]*>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern DATELINE_PLACE = Pattern.compile("^\\s*([^,]+?)\\s*,");
  private static final Pattern REFERENCE = Pattern.compile("&#(\\d+);|&(lt|gt|amp|quot|apos);");
  private static final Pattern SIGNATURE = Pattern.compile("\\s*\\bReuter\\s*$");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private ReutersSgml() {}

  public static List<Story> parse(String sgml) {
    List<Story> stories = new ArrayList<>();
    Matcher story = STORY.matcher(sgml);
    int record = 0;
    while (story.find()) {
      record++;
      String attributes = story.group(1);
      String inner = story.group(2);
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
      stories.add(new Story(record, id.find() ? id.group(1) : null, textType, date,
          title == null ? null : title.replaceAll("\\s+", " ").strip(), place, body));
    }
    return stories;
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
