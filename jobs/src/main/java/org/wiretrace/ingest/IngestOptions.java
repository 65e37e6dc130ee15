package org.wiretrace.ingest;

import java.util.List;

/**
 * Options of the {@code ingest} stage: what to read and how.
 *
 * @param inputs files or directories (local paths or Hadoop URIs)
 * @param format how the files are laid out; {@code AUTO} goes by their extensions
 * @param columns which input columns hold the article fields (tabular formats)
 */
public record IngestOptions(List<String> inputs, InputFormat format, ColumnMapping columns) {
  public IngestOptions {
    inputs = List.copyOf(inputs);
  }
}
