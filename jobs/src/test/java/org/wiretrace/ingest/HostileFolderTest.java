package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;
import org.wiretrace.TestSpark;

/** A folder of everything that goes wrong with real inputs, through the command line: the run goes to the end. */
class HostileFolderTest {
  private static final String SENTENCE = "The ministers met in Geneva on Friday and talked for about an hour. ";
  private static final String HUGE_LINE = SENTENCE.repeat(500 * 1024 / SENTENCE.length()).strip();

  @TempDir
  static Path dir;
  static Path input;
  static Map<String, Row> documents;
  static Map<String, Row> rejects;

  @BeforeAll
  static void run() throws IOException {
    TestSpark.session();
    input = Files.createDirectories(dir.resolve("in"));
    write("empty.txt", new byte[0]);
    write("blank.txt", " \n\n\t \r\n".getBytes(StandardCharsets.US_ASCII));
    byte[] binary = new byte[2048];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    write("image.txt", binary);
    write("utf16-without-bom.txt", ("Talks in Geneva\n\n" + SENTENCE).getBytes(StandardCharsets.UTF_16LE));
    write("furniture-only.txt", "Go to home page\n\nRelated Articles\n\nBack to top\n".getBytes(StandardCharsets.UTF_8));
    write("latin1.txt", ("Café talks in Genève end early\n\nLes ministres se sont vus à Genève vendredi, "
        + "au café de l'hôtel, pendant une heure.\n").getBytes(StandardCharsets.ISO_8859_1));
    write("one-line.txt", HUGE_LINE.getBytes(StandardCharsets.UTF_8));
    write("page.txt", ("<!DOCTYPE html><html><head><script>track();</script></head><body><nav>Home | World</nav>"
        + "<h1>Geneva talks end without a breakthrough</h1><p>" + SENTENCE + "</p><div>Second <b>bold</b> "
        + "paragraph of the story, which goes on.</div></body></html>").getBytes(StandardCharsets.UTF_8));
    write("nested/a/b/deep.txt", ("Deep in the folder tree\n\n" + SENTENCE).getBytes(StandardCharsets.UTF_8));
    write("notes.md", "not an article file".getBytes(StandardCharsets.UTF_8));
    try (RandomAccessFile big = new RandomAccessFile(input.resolve("dump.txt").toFile(), "rw")) {
      big.setLength(TextFilesReader.MAX_BYTES + 1); // sparse: costs no disk, never read
    }
    String out = dir.resolve("out").toString();
    assertEquals(0, Main.execute("run", "--input", input.toString(), "--output", out, "--stages", "ingest"));
    documents = byFile(out + "/documents");
    rejects = byFile(out + "/rejects");
  }

  private static void write(String name, byte[] content) throws IOException {
    Path path = input.resolve(name);
    Files.createDirectories(path.getParent());
    Files.write(path, content);
  }

  private static Map<String, Row> byFile(String table) {
    return TestSpark.session().read().parquet(table).collectAsList().stream().collect(Collectors.toMap(
        row -> input.toUri().relativize(Path.of(java.net.URI.create(row.getAs("input_path"))).toUri()).getPath(),
        Function.identity(), (a, b) -> { throw new AssertionError("two rows for " + a); }, TreeMap::new));
  }

  @Test
  void everyUsableFileIsADocument() {
    assertEquals(List.of("latin1.txt", "nested/a/b/deep.txt", "one-line.txt", "page.txt"),
        List.copyOf(documents.keySet()));
  }

  @Test
  void everyUnusableFileIsARejectWithItsReason() {
    Map<String, String> reasons = rejects.entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey, e -> e.getValue().getAs("reason"), (a, b) -> a, TreeMap::new));
    assertEquals(Map.of(
        "blank.txt", "empty",
        "dump.txt", "too_large",
        "empty.txt", "empty",
        "furniture-only.txt", "empty",
        "image.txt", "binary",
        "utf16-without-bom.txt", "nul_bytes"), reasons);
    assertEquals("0 bytes", rejects.get("empty.txt").getAs("detail"));
    assertEquals("whitespace only", rejects.get("blank.txt").getAs("detail"));
    assertEquals("no body text after removing page furniture", rejects.get("furniture-only.txt").getAs("detail"));
    assertEquals((TextFilesReader.MAX_BYTES + 1) + " bytes, more than " + TextFilesReader.MAX_BYTES,
        rejects.get("dump.txt").getAs("detail"));
    for (Row reject : rejects.values()) {
      assertNull(reject.getAs("record"));
    }
  }

  @Test
  void latin1IsDecoded() {
    Row doc = documents.get("latin1.txt");
    assertEquals("Café talks in Genève end early", doc.getAs("title"));
    assertEquals("Les ministres se sont vus à Genève vendredi, au café de l'hôtel, pendant une heure.",
        doc.getAs("text"));
  }

  @Test
  void aHalfMegabyteLineIsKeptWhole() {
    Row doc = documents.get("one-line.txt");
    assertEquals(HUGE_LINE, doc.getAs("text"));
    assertEquals(HUGE_LINE.length(), (int) doc.getAs("n_chars"));
    assertNull(doc.getAs("title"));
    assertEquals(13 * (500 * 1024 / SENTENCE.length()), (int) doc.getAs("n_tokens"));
  }

  @Test
  void htmlInATextFileBecomesText() {
    Row doc = documents.get("page.txt");
    assertEquals("Geneva talks end without a breakthrough", doc.getAs("title"));
    assertEquals(SENTENCE.strip() + "\n\nSecond bold paragraph of the story, which goes on.", doc.getAs("text"));
    assertFalse(((String) doc.getAs("text")).contains("track()"));
  }

  @Test
  void nestedFilesAreFound() {
    assertEquals("Deep in the folder tree", documents.get("nested/a/b/deep.txt").getAs("title"));
    assertTrue(((String) documents.get("nested/a/b/deep.txt").getAs("text")).startsWith("The ministers met"));
  }

  @Test
  void aMalformedCsvRowIsARejectAndTheRowsAroundItAreDocuments() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(csv.resolve("feed.csv"), "id,title,text,date\n"
        + "a1,Geneva talks,\"" + SENTENCE + "\n\nA second \"\"quoted\"\" paragraph.\",2022-01-21\n"
        + "a2,Too many fields,Some text.,2022-01-21,extra,fields\n"
        + "a3,No text,,2022-01-22\n"
        + "a4,After the bad rows,\"" + SENTENCE + "\",2022-01-23\n", StandardCharsets.UTF_8);
    String out = dir.resolve("csv-out").toString();
    assertEquals(0, Main.execute("run", "--input", csv.toString(), "--output", out, "--stages", "ingest"));
    Map<String, Row> docs = TestSpark.session().read().parquet(out + "/documents").collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getAs("doc_id"), Function.identity()));
    assertEquals(List.of("a1", "a4"), docs.keySet().stream().sorted().toList());
    assertEquals(SENTENCE.strip() + "\n\nA second \"quoted\" paragraph.", docs.get("a1").getAs("text"));
    assertEquals(1, (int) docs.get("a1").getAs("record"));
    assertEquals(4, (int) docs.get("a4").getAs("record"));
    assertEquals(java.time.LocalDateTime.of(2022, 1, 23, 0, 0), docs.get("a4").getAs("published_at"));
    Map<Integer, String> reasons = TestSpark.session().read().parquet(out + "/rejects").collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getAs("record"), row -> row.getAs("reason")));
    assertEquals(Map.of(2, "malformed_row", 3, "empty"), reasons);
  }
}
