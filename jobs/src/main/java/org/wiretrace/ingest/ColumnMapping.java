package org.wiretrace.ingest;

import java.util.List;
import java.util.Locale;

/**
 * Which input columns hold the article fields (csv, jsonl, parquet). A field left null is looked up among common
 * names; the text column is the only one required.
 */
public record ColumnMapping(String id, String text, String title, String source, String date, String url) {

  static final List<String> ID_NAMES = List.of("doc_id", "id", "article_id", "uuid");
  static final List<String> TEXT_NAMES = List.of("text", "body", "body_text", "content", "article", "maintext");
  static final List<String> TITLE_NAMES = List.of("title", "headline");
  static final List<String> SOURCE_NAMES = List.of("source", "publisher", "outlet", "site", "source_domain", "media");
  static final List<String> DATE_NAMES =
      List.of("published_at", "publish_date", "date_publish", "published", "pubdate", "date", "timestamp");
  static final List<String> URL_NAMES = List.of("url", "link", "uri");

  /** The mapping with each missing field filled from the input's columns, or left null when none fits. */
  ColumnMapping resolve(List<String> columns) {
    return new ColumnMapping(
        pick(id, ID_NAMES, columns, "--id-col"),
        pick(text, TEXT_NAMES, columns, "--text-col"),
        pick(title, TITLE_NAMES, columns, "--title-col"),
        pick(source, SOURCE_NAMES, columns, "--source-col"),
        pick(date, DATE_NAMES, columns, "--date-col"),
        pick(url, URL_NAMES, columns, "--url-col"));
  }

  private static String pick(String given, List<String> candidates, List<String> columns, String option) {
    if (given != null) {
      if (!columns.contains(given)) {
        throw new org.wiretrace.UsageError(option + " " + given + " is not a column of the input (columns: "
            + String.join(", ", columns) + ")");
      }
      return given;
    }
    for (String candidate : candidates) {
      for (String column : columns) {
        if (column.toLowerCase(Locale.ROOT).equals(candidate)) {
          return column;
        }
      }
    }
    return null;
  }
}
