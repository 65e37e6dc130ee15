package org.wiretrace.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.wiretrace.UsageError;

/**
 * Which input columns hold the article fields (csv, jsonl, parquet). A field left null is looked up among common
 * names; the text column is the only one required. Names match ignoring case, surrounding spaces and a byte-order
 * mark ({@code " Body "} is {@code body}), a named column exactly first.
 */
public record ColumnMapping(String id, String text, String title, String source, String date, String url)
    implements Serializable {

  static final List<String> ID_NAMES = List.of("doc_id", "id", "article_id", "uuid");
  static final List<String> TEXT_NAMES = List.of("text", "body", "body_text", "content", "article", "maintext");
  static final List<String> TITLE_NAMES = List.of("title", "headline");
  static final List<String> SOURCE_NAMES = List.of("source", "publisher", "outlet", "site", "source_domain", "media");
  static final List<String> DATE_NAMES =
      List.of("published_at", "publish_date", "date_publish", "published", "pubdate", "date", "timestamp");
  static final List<String> URL_NAMES = List.of("url", "link", "uri");

  /**
   * The mapping over the columns of the whole input: as {@link #find}, and a usage error for a named column that no
   * file has.
   */
  ColumnMapping resolve(List<String> columns) {
    for (String[] named : new String[][] {{id, "--id-col"}, {text, "--text-col"}, {title, "--title-col"},
        {source, "--source-col"}, {date, "--date-col"}, {url, "--url-col"}}) {
      if (named[0] != null && match(named[0], columns) == null) {
        throw new UsageError(named[1] + " " + named[0] + " is not a column of the input (columns: "
            + String.join(", ", columns) + ")");
      }
    }
    return find(columns);
  }

  /**
   * The mapping over the columns of one file (or JSON object): each field the column that fits, or null where none
   * does (a named column this file lacks included).
   */
  ColumnMapping find(List<String> columns) {
    return new ColumnMapping(pick(id, ID_NAMES, columns), pick(text, TEXT_NAMES, columns),
        pick(title, TITLE_NAMES, columns), pick(source, SOURCE_NAMES, columns), pick(date, DATE_NAMES, columns),
        pick(url, URL_NAMES, columns));
  }

  private static String pick(String given, List<String> candidates, List<String> columns) {
    if (given != null) {
      return match(given, columns);
    }
    for (String candidate : candidates) {
      String column = match(candidate, columns);
      if (column != null) {
        return column;
      }
    }
    return null;
  }

  /** The column named {@code name}: exactly, else the first equal to it once both are {@link #plain}. */
  private static String match(String name, List<String> columns) {
    if (columns.contains(name)) {
      return name;
    }
    String wanted = plain(name);
    for (String column : columns) {
      if (plain(column).equals(wanted)) {
        return column;
      }
    }
    return null;
  }

  /** A column name as people mean it: no byte-order mark, no surrounding spaces, lower case. */
  static String plain(String name) {
    return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }
}
