package org.wiretrace.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;

/**
 * One line of a JSON Lines file to a raw record: a JSON object whose fields are mapped by {@link ColumnMapping}, or a
 * reject that says what the line holds instead. Lines are decoded as UTF-8 with a Windows-1252 fallback for bytes
 * that are not ({@link TextDecoder#utf8}), so one Latin-1 byte does not cost the record.
 */
final class JsonLines {
  /** How much of a line a reject's detail quotes. */
  static final int EXCERPT = 200;
  private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x1F\\x7F]");
  private static final Pattern LOCATION = Pattern.compile("\\s*\\(start marker at \\[Source.*$|\\s*at \\[Source.*$");
  /** A raw tab or NUL inside a string is read (the text checks judge it), two values on one line are not. */
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonLines() {}

  /**
   * The record on line {@code line} of the file at {@code path}, or null for a blank line (not a record). The bytes
   * are read as UTF-8, and only when that fails decoded with the fallback and read again.
   */
  static Row toRaw(String path, int line, byte[] bytes, ColumnMapping mapping) {
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (IOException notUtf8OrNotJson) {
      String json = strip(TextDecoder.utf8(bytes));
      try {
        node = JSON.readTree(json);
      } catch (JacksonException e) {
        return reject(path, line, RejectsTable.MALFORMED_ROW,
            "invalid JSON (" + firstLine(e.getOriginalMessage()) + "): " + excerpt(json));
      }
    }
    if (node == null || node.isMissingNode()) {
      return null;
    }
    if (!node.isObject()) {
      return reject(path, line, RejectsTable.MALFORMED_ROW,
          "a JSON " + kind(node) + ", not an object: " + excerpt(strip(TextDecoder.utf8(bytes))));
    }
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    ColumnMapping found = mapping.find(keys);
    if (found.text() == null) {
      return reject(path, line, RejectsTable.EMPTY, "no text field (fields: " + String.join(", ", keys) + ")");
    }
    JsonNode text = node.get(found.text());
    if (!text.isTextual() && !text.isNull()) {
      return reject(path, line, RejectsTable.WRONG_TYPE,
          found.text() + " is a JSON " + kind(text) + ", not a string: " + excerpt(text.toString()));
    }
    return RawArticles.row(path, line, value(node, found.id()), text.isNull() ? null : text.textValue(),
        value(node, found.title()), value(node, found.source()), value(node, found.url()), value(node, found.date()),
        null, false, null, null);
  }

  /**
   * The keys of the object on a line ({@link ColumnMapping#resolve} checks the options against all of them), read
   * as a stream of tokens without building the object; none for a line that is not an object.
   */
  static List<String> keys(byte[] bytes) {
    List<String> keys = new ArrayList<>();
    try {
      keys(JSON.createParser(bytes), keys);
    } catch (IOException notUtf8OrNotJson) {
      keys.clear();
      try {
        keys(JSON.createParser(strip(TextDecoder.utf8(bytes))), keys);
      } catch (IOException brokenLine) {
        // the keys before the break still name columns; the line becomes a reject when the records are read
      }
    }
    return keys;
  }

  private static void keys(JsonParser parser, List<String> keys) throws IOException {
    try (parser) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          keys.add(parser.currentName());
          parser.nextToken();
          parser.skipChildren();
        }
      }
    }
  }

  /** A field as text: strings as they are, numbers and booleans as written, objects and arrays as JSON. */
  private static String value(JsonNode object, String field) {
    JsonNode value = field == null ? null : object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL, MISSING -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Without a byte-order mark (a file's first line, or files joined together) and line-end characters. */
  private static String strip(String line) {
    int start = line.startsWith("\uFEFF") ? 1 : 0;
    int end = line.length();
    while (end > start && (line.charAt(end - 1) == '\r' || line.charAt(end - 1) == '\n')) {
      end--;
    }
    return line.substring(start, end);
  }

  /** The start of a record for a reject's detail, on one line: control characters (line ends too) as spaces. */
  static String excerpt(String text) {
    String start = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    return CONTROLS.matcher(start).replaceAll(" ").strip();
  }

  /** Jackson's message without where it happened (the record says that). */
  private static String firstLine(String message) {
    String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
    line = LOCATION.matcher(line).replaceAll("");
    return line.length() <= 120 ? line : line.substring(0, 120) + "…";
  }

  private static Row reject(String path, int line, String reason, String detail) {
    return RawArticles.reject(path, line, reason, detail);
  }
}
