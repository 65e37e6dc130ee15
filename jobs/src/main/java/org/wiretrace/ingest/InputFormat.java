package org.wiretrace.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the input files are laid out, and the file extensions of each format (matched in any case). {@code AUTO} is
 * resolved by {@link FormatDetector} from the extensions.
 */
public enum InputFormat {
  AUTO,
  TEXT("txt"),
  JSONL("jsonl", "ndjson", "json"),
  CSV("csv"),
  PARQUET("parquet"),
  REUTERS("sgm");

  private final List<String> extensions;

  InputFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** The format a file's extension says (in any case), or null. */
  static InputFormat ofFile(String fileName) {
    for (InputFormat format : values()) {
      if (format.matches(fileName)) {
        return format;
      }
    }
    return null;
  }

  boolean matches(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(extension -> name.endsWith("." + extension));
  }

  /** A Hadoop glob for the file names of this format in any case: {@code *.{[tT][xX][tT]}}. */
  String glob() {
    return extensions.stream().map(InputFormat::anyCase).collect(Collectors.joining(",", "*.{", "}"));
  }

  /** Every extension, for messages: ".txt, .jsonl, …". */
  static String allExtensions() {
    return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e)
        .collect(Collectors.joining(", "));
  }

  private static String anyCase(String extension) {
    StringBuilder glob = new StringBuilder();
    extension.chars().forEach(c -> glob.append('[').append((char) Character.toLowerCase(c))
        .append((char) Character.toUpperCase(c)).append(']'));
    return glob.toString();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
