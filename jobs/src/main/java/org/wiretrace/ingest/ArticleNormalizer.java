package org.wiretrace.ingest;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;
import org.wiretrace.text.WordCounter;

/**
 * Turns a raw record into a document row (clean text, title, dateline fields, outlet, counts, language) or a reject.
 * The result has the documents columns plus {@code reason} and {@code detail}, set only for a reject.
 */
final class ArticleNormalizer {
  static final String REASON = "reason";
  static final String DETAIL = "detail";
  /** Above this share of U+FFFD the text was decoded with the wrong charset upstream and reads as noise. */
  private static final double MAX_REPLACEMENT_SHARE = 0.02;

  static final StructType SCHEMA = nullable(DocumentsTable.SCHEMA).add(REASON, StringType).add(DETAIL, StringType);

  private ArticleNormalizer() {}

  static Row normalize(Row raw) {
    return normalize(raw, null, null);
  }

  /**
   * @param sourceOption the outlet of every record ({@code --source}), or null
   * @param sourceFrom {@link IngestOptions#SOURCE_FROM_DIR} to name each record's outlet after its file's folder, or
   *     null. The outlet is the source column's value, else the option's, else what the text names.
   */
  static Row normalize(Row raw, String sourceOption, String sourceFrom) {
    String path = raw.getAs(RawArticles.INPUT_PATH);
    Integer record = raw.getAs(RawArticles.RECORD);
    String reason = raw.getAs(RawArticles.REASON);
    if (reason != null) {
      return reject(path, record, reason, raw.getAs(RawArticles.DETAIL));
    }
    String text = raw.getAs(RawArticles.TEXT);
    if (text == null || text.isBlank()) {
      return reject(path, record, RejectsTable.EMPTY, "no text");
    }
    // A field of a record may hold NULs or other control characters a text file's decoder would have judged.
    TextDecoder.Decoded cleaned = TextDecoder.clean(text);
    if (!cleaned.ok()) {
      return reject(path, record, cleaned.reason(), cleaned.detail());
    }
    if (cleaned.text().isBlank()) {
      return reject(path, record, RejectsTable.EMPTY, "no text but control characters");
    }
    long replacements = text.chars().filter(c -> c == '\uFFFD').count();
    if (replacements > text.length() * MAX_REPLACEMENT_SHARE) {
      return reject(path, record, RejectsTable.UNDECODABLE, replacements + " undecodable characters");
    }
    boolean withHeader = raw.getAs(RawArticles.WITH_HEADER);
    ArticleParser.Parsed parsed = ArticleParser.parse(cleaned.text(), withHeader);
    if (parsed.body().isBlank()) {
      return reject(path, record, RejectsTable.EMPTY, "no body text after removing page furniture");
    }
    String title = firstNonBlank(TextDecoder.withoutControls(raw.getAs(RawArticles.TITLE)), parsed.title());
    String option = IngestOptions.SOURCE_FROM_DIR.equals(sourceFrom) ? folderName(path) : sourceOption;
    String source = firstNonBlank(raw.getAs(RawArticles.SOURCE), firstNonBlank(option, parsed.source()));
    String place = firstNonBlank(raw.getAs(RawArticles.PLACE), parsed.place());
    String url = firstNonBlank(raw.getAs(RawArticles.URL), null);
    String date = raw.getAs(RawArticles.DATE);
    LocalDateTime published = DateParser.parse(date);
    if (published == null && parsed.date() != null) {
      published = parsed.date().atStartOfDay();
    }
    String id = firstNonBlank(raw.getAs(RawArticles.ID), null);
    if (id == null) {
      id = DocIds.hash(List.of(DocIds.utf8(text), DocIds.utf8(title), DocIds.utf8(source), DocIds.utf8(url),
          DocIds.utf8(date)));
    }
    String body = parsed.body();
    return RowFactory.create(id, path, record, source, url, title == null ? null : title.replaceAll("\\s+", " "),
        published, place, body, body.codePointCount(0, body.length()), WordCounter.count(body),
        LanguageGuesser.guess(body), null, null);
  }

  static Row reject(String path, Integer record, String reason, String detail) {
    Object[] values = new Object[SCHEMA.size()];
    values[SCHEMA.fieldIndex(Columns.INPUT_PATH)] = path;
    values[SCHEMA.fieldIndex(Columns.RECORD)] = record;
    values[SCHEMA.fieldIndex(REASON)] = reason;
    values[SCHEMA.fieldIndex(DETAIL)] = detail;
    return RowFactory.create(values);
  }

  /**
   * The name of the folder that holds the file at {@code path} ("file:/corpus/Le%20Monde/1.txt" gives "Le Monde"),
   * or null for a file at the root.
   */
  static String folderName(String path) {
    String decoded = path;
    try {
      String uriPath = new URI(path).getPath();
      if (uriPath != null) {
        decoded = uriPath;
      }
    } catch (URISyntaxException notEncoded) {
      // Hadoop paths may carry spaces and other characters unescaped: read them as they are.
    }
    String[] parts = decoded.split("/");
    return parts.length >= 2 && !parts[parts.length - 2].isEmpty() ? parts[parts.length - 2] : null;
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b == null || b.isBlank() ? null : b.strip();
  }

  private static StructType nullable(StructType schema) {
    StructType out = new StructType();
    for (StructField field : schema.fields()) {
      out = out.add(field.name(), field.dataType(), true);
    }
    return out;
  }
}
