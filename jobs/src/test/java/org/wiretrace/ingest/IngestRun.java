package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.wiretrace.TestSpark;
import org.wiretrace.cli.Main;

/**
 * One {@code run --stages ingest} through the command line over a folder a test wrote (it must exit 0), and its
 * tables as plain values keyed by where each row came from: {@code "file#record"}, the file relative to the input
 * folder (a Parquet part file by its folder), {@code "file"} alone for a whole-file reject.
 */
final class IngestRun {
  final Map<String, Row> documents;
  final Map<String, Row> rejects;

  private IngestRun(Map<String, Row> documents, Map<String, Row> rejects) {
    this.documents = documents;
    this.rejects = rejects;
  }

  static IngestRun of(Path input, Path output, String... options) {
    List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString(),
        "--stages", "ingest"));
    args.addAll(List.of(options));
    assertEquals(0, Main.execute(args.toArray(String[]::new)), "exit code of " + args);
    return new IngestRun(read(input, output.resolve(DocumentsTable.NAME)), read(input, output.resolve(
        RejectsTable.NAME)));
  }

  /** What a run that is a usage error (it must exit 2) prints: one line. */
  static String usageError(Path input, Path output, String... options) {
    List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString(),
        "--stages", "ingest"));
    args.addAll(List.of(options));
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertEquals(2, Main.execute(args.toArray(String[]::new)), "exit code of " + args);
    } finally {
      System.setErr(saved);
    }
    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, printed.lines().count(), printed);
    return printed.strip();
  }

  private static Map<String, Row> read(Path input, Path table) {
    Map<String, Row> rows = new TreeMap<>();
    for (Row row : TestSpark.session().read().parquet(table.toString()).collectAsList()) {
      String key = key(input, row.getAs("input_path"), row.getAs("record"));
      if (rows.put(key, row) != null) {
        throw new AssertionError("two rows for " + key + " in " + table);
      }
    }
    return rows;
  }

  private static String key(Path input, String inputPath, Integer record) {
    String file = input.toUri().relativize(Path.of(URI.create(inputPath)).toUri()).getPath();
    if (file.contains("/part-")) {
      file = file.substring(0, file.indexOf("/part-"));
    }
    return record == null ? file : file + "#" + record;
  }

  /** Each document's text by its doc_id. */
  Map<String, String> textById() {
    Map<String, String> texts = new TreeMap<>();
    documents.values().forEach(row -> texts.put(row.getAs("doc_id"), row.getAs("text")));
    return texts;
  }

  /** Each document's doc_id by where it came from. */
  Map<String, String> idByRecord() {
    Map<String, String> ids = new TreeMap<>();
    documents.forEach((key, row) -> ids.put(key, row.getAs("doc_id")));
    return ids;
  }

  /** Each reject's reason by where it came from. */
  Map<String, String> reasons() {
    Map<String, String> reasons = new TreeMap<>();
    rejects.forEach((key, row) -> reasons.put(key, row.getAs("reason")));
    return reasons;
  }

  String detail(String key) {
    Row reject = rejects.get(key);
    if (reject == null) {
      throw new AssertionError("no reject " + key + " among " + rejects.keySet());
    }
    return reject.getAs("detail");
  }
}
