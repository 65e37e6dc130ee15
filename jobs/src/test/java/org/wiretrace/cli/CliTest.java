package org.wiretrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.TestSpark;
import org.wiretrace.Version;

/** The command line: usage errors, the manifest, and a failed run that leaves the previous output alone. */
class CliTest {
  private static final Path SEEDS = Path.of("../seeds");

  @TempDir
  Path dir;

  @BeforeAll
  static void session() {
    TestSpark.session();
  }

  /** Exit code and standard error of one command line. */
  private record Outcome(int code, String err) {}

  private static Outcome execute(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Outcome(Main.execute(args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  private static void assertUsageError(String expectedLine, String... args) {
    Outcome outcome = execute(args);
    assertEquals(2, outcome.code(), outcome.err());
    assertEquals(expectedLine + " (see 'wiretrace --help')\n", outcome.err());
  }

  @Test
  void usageErrorsExitTwoWithOneLine() throws IOException {
    String out = dir.resolve("out").toString();
    assertUsageError("wiretrace: input not found: no/such/folder", "run", "--input", "no/such/folder", "--output", out);
    assertUsageError("wiretrace: Unknown option: '--frobnicate'", "run", "--frobnicate");
    assertUsageError("wiretrace: Invalid value for option '--format': expected one of "
        + "[AUTO, TEXT, JSONL, CSV, PARQUET, REUTERS] (case-insensitive) but was 'xml'", "run", "--format", "xml");
    assertUsageError("wiretrace: name a command: run, sql, report");
    assertUsageError("wiretrace: --source-from url is not known: use --source-from dir (the name of the folder a "
        + "file is in)", "run", "--source-from", "url", "--output", out);
    assertUsageError("wiretrace: --source and --source-from both name the outlet: give one of them",
        "run", "--source", "Reuters", "--source-from", "dir", "--output", out);
    assertUsageError("wiretrace: --source needs an outlet name", "run", "--source", " ", "--output", out);
    Path input = Files.createDirectories(dir.resolve("in"));
    assertUsageError("wiretrace: the output " + input.resolve("out") + " is inside the input " + input
        + ": choose another --output", "run", "--input", input.toString(), "--output", input.resolve("out").toString());
    assertUsageError("wiretrace: the output " + input + " is inside the input " + input + ": choose another --output",
        "run", "--input", input.toString(), "--output", input.toString());
    Outcome unknownStage = execute("run", "--stages", "ingest,frobnicate", "--output", out);
    assertEquals(2, unknownStage.code());
    assertTrue(unknownStage.err().startsWith("wiretrace: unknown stage 'frobnicate' (stages: ingest,"),
        unknownStage.err());
    assertEquals(1, unknownStage.err().lines().count());
    assertFalse(Files.exists(dir.resolve("out")), "a usage error writes nothing");
  }

  @Test
  void theManifestRecordsVersionInputOptionsCountsAndTimes() throws IOException {
    Instant before = Instant.now();
    String out = dir.resolve("out").toString();
    assertEquals(0, Main.execute("run", "--input", SEEDS.toString(), "--output", out, "--stages", "ingest"));
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("out/manifest.json").toFile());
    assertEquals(Version.VERSION, manifest.get("wiretrace").asText());
    assertTrue(Version.VERSION.matches("\\d+\\.\\d+.*"), Version.VERSION);
    assertEquals("[\"../seeds\"]", manifest.get("input").toString());
    assertEquals("auto", manifest.at("/options/ingest/format").asText());
    assertEquals("[\"ingest\"]", manifest.at("/options/stages").toString());
    long seedFiles;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seedFiles = files.filter(p -> p.toString().endsWith(".txt")).count();
    }
    assertEquals(seedFiles, manifest.at("/tables/documents/rows").asLong());
    assertEquals(0, manifest.at("/tables/rejects/rows").asLong());
    assertTrue(manifest.at("/stage_seconds/ingest").asDouble() > 0);
    Instant started = Instant.parse(manifest.get("started").asText());
    Instant finished = Instant.parse(manifest.get("finished").asText());
    assertFalse(started.isBefore(before));
    assertFalse(finished.isBefore(started));
    assertFalse(finished.isAfter(Instant.now()));
    assertFalse(Files.exists(dir.resolve("out/_staging")));
  }

  @Test
  void aRunThatFailsLeavesThePreviousOutputAndManifestAsTheyWere() throws IOException {
    String out = dir.resolve("out").toString();
    assertEquals(0, Main.execute("run", "--input", SEEDS.toString(), "--output", out, "--stages", "ingest"));
    byte[] manifest = Files.readAllBytes(dir.resolve("out/manifest.json"));
    List<String> documentFiles = listing(dir.resolve("out/documents"));

    // A Parquet folder with one good file and one that only has the name: Spark fails while reading it.
    Path broken = dir.resolve("broken");
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    TestSpark.rows(schema, new Object[] {"x1", "The ministers met in Geneva on Friday."})
        .write().parquet(broken.resolve("good").toString());
    Files.writeString(broken.resolve("zz-corrupt.parquet"), "not parquet at all");
    Outcome failed = execute("run", "--input", broken.toString(), "--format", "parquet", "--output", out,
        "--stages", "ingest");

    assertEquals(1, failed.code());
    assertTrue(failed.err().contains("zz-corrupt.parquet"), failed.err());
    assertEquals(new String(manifest, StandardCharsets.UTF_8),
        Files.readString(dir.resolve("out/manifest.json")));
    assertEquals(documentFiles, listing(dir.resolve("out/documents")));
    assertEquals(5, TestSpark.session().read().parquet(out + "/documents").count());
    assertFalse(Files.exists(dir.resolve("out/_staging")), "the failed run's staging is cleared");
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
