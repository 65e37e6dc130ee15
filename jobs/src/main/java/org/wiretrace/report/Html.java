package org.wiretrace.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** HTML from values: every string is escaped here, so text from the corpus can never become markup. */
final class Html {
  private static final int MAX_CELL = 300;
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private Html() {}

  /**
   * Text safe in element content, attribute values and inline SVG: the five markup characters become entities, and
   * control characters, lone surrogates and non-characters (which a corpus may hold) become U+FFFD.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      }
    });
    return out.toString();
  }

  private static boolean allowed(int cp) {
    if (cp < 0x20) {
      return cp == '\n' || cp == '\t' || cp == '\r';
    }
    return !(cp >= 0x7F && cp <= 0x9F) && !Character.isSurrogate((char) cp) && (cp & 0xFFFE) != 0xFFFE;
  }

  /** At most {@code max} code points, ending in an ellipsis when cut. */
  static String shorten(String text, int max) {
    if (text == null || text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }

  /**
   * How a table cell shows a value: numbers with few decimals, times to the minute (a date alone at midnight), null as
   * a dash.
   */
  static String format(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof Double || value instanceof Float) {
      return String.format(Locale.ROOT, "%.3f", ((Number) value).doubleValue());
    }
    if (value instanceof LocalDateTime time) {
      return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
          : time.format(MINUTES);
    }
    return String.valueOf(value);
  }

  /** A table of values; strings are shortened and escaped, numbers right-aligned. */
  static String table(List<String> headers, List<Object[]> rows) {
    StringBuilder html = new StringBuilder("<table><thead><tr>");
    for (String header : headers) {
      html.append("<th>").append(escape(header)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (Object[] row : rows) {
      html.append("<tr>");
      for (Object value : row) {
        html.append(value instanceof Number ? "<td class=\"num\">" : value instanceof LocalDateTime
                ? "<td class=\"date\">" : "<td>")
            .append(escape(shorten(format(value), MAX_CELL))).append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  /** A table of cells that are markup already, each built from escaped text. */
  static String markupTable(List<String> headers, List<String[]> rows) {
    StringBuilder html = new StringBuilder("<table><thead><tr>");
    for (String header : headers) {
      html.append("<th>").append(escape(header)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (String[] row : rows) {
      html.append("<tr>");
      for (String cell : row) {
        html.append("<td>").append(cell).append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  /** "1 outlet", "2 outlets". */
  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /** "1 story", "2 stories". */
  static String count(long n, String noun, String plural) {
    return n + " " + (n == 1 ? noun : plural);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
