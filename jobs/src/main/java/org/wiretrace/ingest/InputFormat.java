package org.wiretrace.ingest;

/** How the input files are laid out; {@code AUTO} is resolved by {@link FormatDetector}. */
public enum InputFormat {
  AUTO, TEXT, JSONL, CSV, PARQUET, REUTERS
}
