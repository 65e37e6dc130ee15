package org.wiretrace.tools.eval;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps code-point offsets of a Reuters-21578 story's {@code documents.text} to code-point offsets of its whole
 * {@code .sgm} file (read as Latin-1, so a char is a code point), looking only inside that story: its BODY, or its
 * TEXT when it has no BODY (an unprocessed story). Ingest unwraps the body (hard line breaks become a space, an
 * indented line opens a paragraph), decodes character references ({@code &lt;}, {@code &#3;}) and cuts the dateline
 * and signature, but never rewrites the words. So the body is read as ingest sees it, references decoded and each
 * run of white space one space, and each paragraph of the clean text, its white space treated the same way, is
 * found there in order.
 */
final class ReutersStory implements QuoteEval.RawOffsets {
  private static final Pattern REFERENCE = Pattern.compile("&#(\\d+);|&(lt|gt|amp|quot|apos);");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private final String clean;
  /** The story's body as ingest reads it; rawFrom/rawTo: the range of the file each of its chars comes from. */
  private final StringBuilder view = new StringBuilder();
  private int[] rawFrom = new int[256];
  private int[] rawTo = new int[256];
  /** For each char of the clean text, the view char it was found as, or -1. */
  private final int[] cleanToView;

  ReutersStory(String clean, String sgml, String newId) {
    this.clean = clean;
    this.cleanToView = new int[clean.length()];
    Arrays.fill(cleanToView, -1);
    int[] body = body(sgml, newId);
    if (body == null) {
      return;
    }
    read(sgml, body[0], body[1]);
    int cursor = 0;
    int start = 0;
    for (String paragraph : clean.split("\n", -1)) {
      int[] local = new int[paragraph.length()];
      String spaced = singleSpaced(paragraph, local);
      int at = spaced.isEmpty() ? -1 : view.indexOf(spaced, cursor);
      if (at >= 0) {
        for (int i = 0; i < paragraph.length(); i++) {
          cleanToView[start + i] = at + local[i];
        }
        cursor = at + spaced.length();
      }
      start += paragraph.length() + 1;
    }
  }

  /** [begin, end) of the story's BODY (else TEXT, else the whole story) in the file, or null without that story. */
  static int[] body(String sgml, String newId) {
    Matcher story = Pattern.compile("<REUTERS\\b[^>]*\\bNEWID=\"" + Pattern.quote(newId) + "\"[^>]*>").matcher(sgml);
    if (!story.find()) {
      return null;
    }
    int end = sgml.indexOf("</REUTERS>", story.end());
    end = end < 0 ? sgml.length() : end;
    for (String[] element : new String[][] {{"<BODY>", "</BODY>"}, {"<TEXT", "</TEXT>"}}) {
      int open = sgml.indexOf(element[0], story.end());
      if (open >= 0 && open < end) {
        int from = sgml.indexOf('>', open) + 1;
        int to = sgml.indexOf(element[1], from);
        return new int[] {from, to < 0 || to > end ? end : to};
      }
    }
    return new int[] {story.end(), end};
  }

  /** The view of sgml[from, to): references decoded (control codes dropped), tags dropped, white space single. */
  private void read(String sgml, int from, int to) {
    Matcher reference = REFERENCE.matcher(sgml);
    Matcher tag = TAG.matcher(sgml);
    int i = from;
    while (i < to) {
      char c = sgml.charAt(i);
      int next = i + 1;
      if (c == '&' && reference.region(i, to).lookingAt()) {
        String decoded = decode(reference);
        c = decoded.isEmpty() ? 0 : decoded.charAt(0);
        next = reference.end();
      } else if (c == '<' && tag.region(i, to).lookingAt()) {
        c = 0;
        next = tag.end();
      }
      if (Character.isWhitespace(c)) {
        if (view.length() > 0 && view.charAt(view.length() - 1) != ' ') {
          append(' ', i, next);
        }
      } else if (c != 0) {
        append(c, i, next);
      }
      i = next;
    }
  }

  private static String decode(Matcher reference) {
    if (reference.group(1) != null) {
      int code = Integer.parseInt(reference.group(1));
      return code < 32 && code != '\n' && code != '\t' ? "" : new String(Character.toChars(code));
    }
    return switch (reference.group(2)) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      default -> "'";
    };
  }

  private void append(char c, int from, int to) {
    if (view.length() == rawFrom.length) {
      rawFrom = Arrays.copyOf(rawFrom, 2 * rawFrom.length);
      rawTo = Arrays.copyOf(rawTo, 2 * rawTo.length);
    }
    rawFrom[view.length()] = from;
    rawTo[view.length()] = to;
    view.append(c);
  }

  /** The text stripped with each run of white space one space; local[i] is the index char i of text went to. */
  static String singleSpaced(String text, int[] local) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
      local[i] = Math.max(out.length() - 1, 0);
    }
    if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
    for (int i = 0; i < local.length; i++) {
      local[i] = Math.min(local[i], Math.max(out.length() - 1, 0));
    }
    return out.toString();
  }

  /** [begin, end) in file code points: by the paragraphs found, else by the quote's text within the story. */
  @Override
  public int[] toRaw(int begin, int end, String text) {
    int b = clean.offsetByCodePoints(0, begin);
    int e = clean.offsetByCodePoints(0, end);
    if (b < e && cleanToView[b] >= 0 && cleanToView[e - 1] >= 0) {
      return new int[] {rawFrom[cleanToView[b]], rawTo[cleanToView[e - 1]]};
    }
    String quote = singleSpaced(clean.substring(b, e), new int[e - b]);
    int at = quote.isEmpty() ? -1 : view.indexOf(quote);
    return at < 0 ? new int[] {-1, -1} : new int[] {rawFrom[at], rawTo[at + quote.length() - 1]};
  }
}
