package org.wiretrace.ingest;

import java.util.List;
import java.util.Locale;
import org.wiretrace.UsageError;

/**
 * Options of the {@code ingest} stage: what to read and how.
 *
 * @param inputs files or directories (local paths or Hadoop URIs)
 * @param format how the files are laid out; {@code AUTO} goes by their extensions
 * @param columns which input columns hold the article fields (tabular formats)
 * @param source the outlet of every article of the input ({@code --source}), or null
 * @param sourceFrom where the outlet of each article is read from ({@code --source-from}): {@value #SOURCE_FROM_DIR}
 *     (the name of the folder that holds its file), or null
 */
public record IngestOptions(List<String> inputs, InputFormat format, ColumnMapping columns, String source,
    String sourceFrom) {
  /** {@code --source-from dir}: the outlet is the name of the folder a record's file is in. */
  public static final String SOURCE_FROM_DIR = "dir";

  public IngestOptions {
    inputs = List.copyOf(inputs);
    sourceFrom = sourceFrom == null ? null : sourceFrom.strip().toLowerCase(Locale.ROOT);
    if (source != null && source.isBlank()) {
      throw new UsageError("--source needs an outlet name");
    }
    if (sourceFrom != null && !sourceFrom.equals(SOURCE_FROM_DIR)) {
      throw new UsageError("--source-from " + sourceFrom + " is not known: use --source-from " + SOURCE_FROM_DIR
          + " (the name of the folder a file is in)");
    }
    if (source != null && sourceFrom != null) {
      throw new UsageError("--source and --source-from both name the outlet: give one of them");
    }
  }
}
