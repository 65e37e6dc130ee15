package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.TestSpark;

/**
 * A JSON Lines corpus of everything that goes wrong with its lines, through the command line: each valid line is a
 * document, each bad one a reject with its reason, and the run exits 0. The expected rows are worked out by hand
 * from the lines below (the record is the line number; blank lines are no records).
 */
class HostileJsonLinesTest {
  private static final String SENTENCE = "The ministers met in Geneva on Friday and talked for about an hour. ";
  /** About a megabyte on one line. */
  private static final String LONG = SENTENCE.repeat((1 << 20) / SENTENCE.length()).strip();

  @TempDir
  static Path dir;
  static IngestRun run;

  @BeforeAll
  static void run() throws IOException {
    TestSpark.session();
    Path input = Files.createDirectories(dir.resolve("in"));
    ByteArrayOutputStream feed = new ByteArrayOutputStream();
    feed.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte-order mark before line 1
    line(feed, "{\"id\":\"j01\",\"title\":\"Talks open\",\"text\":\"Geneva talks opened on Friday morning.\"}\r\n");
    line(feed, "{\"id\":\"j02\",\"text\":\"The object is cut off her\n"); // 2
    line(feed, "this line is not JSON at all\n"); // 3
    line(feed, "[{\"id\":\"j03\",\"text\":\"In an array.\"},{\"id\":\"j04\",\"text\":\"Also in it.\"}]\n"); // 4
    line(feed, "null\n"); // 5
    line(feed, "\n"); // 6: blank
    line(feed, "   \t  \n"); // 7: blank
    line(feed, "{\"id\":\"j05\",\"text\":null}\n"); // 8
    line(feed, "{\"id\":\"j06\",\"text\":42}\n"); // 9
    line(feed, "{\"id\":\"j07\",\"text\":{\"body\":\"Nested text.\"}}\n"); // 10
    line(feed, "{\"id\":\"j08\",\"text\":\"The talks\\u0000 went on past noon.\"}\n"); // 11: an escaped NUL
    line(feed, "{\"id\":\"j09\",\"text\":\"" + "\\u0000".repeat(10) + "hi\"}\n"); // 12
    line(feed, "{\"id\":\"j01\",\"text\":\"A second record with the first id.\"}\r\n"); // 13
    line(feed, "{\"id\":\"j10\",\"text\":\"" + LONG + "\"}\n"); // 14
    feed.write(("{\"id\":\"j11\",\"text\":\"Caf\u00e9 talks in Gen\u00e8ve ended early.\"}\n") // 15: Latin-1
        .getBytes(StandardCharsets.ISO_8859_1));
    line(feed, "{\"id\":\"j12\",\"text\":\"Raw\ttab and a raw\u0000 NUL inside a sentence on Geneva.\"}\n"); // 16
    line(feed, "{\"ID\":\"j13\",\" Text \":\"Keys in another case.\"}\n"); // 17
    line(feed, "{\"id\":\"j14\",\"title\":\"A title and no text\"}\n"); // 18
    line(feed, "{\"id\":\"j15\",\"text\":\"One object.\"}{\"id\":\"j16\",\"text\":\"Two on a line.\"}\n"); // 19
    line(feed, "{\"id\":18,\"text\":\"A numeric id.\"}\n"); // 20
    line(feed, "{\"id\":\"j17\",\"text\":\"The last line has no line end.\"}"); // 21
    Files.write(input.resolve("feed.jsonl"), feed.toByteArray());
    Files.write(input.resolve("empty.jsonl"), new byte[0]);
    Files.writeString(input.resolve("blank.ndjson"), "\n\n  \n");
    run = IngestRun.of(input, dir.resolve("out"));
  }

  private static void line(ByteArrayOutputStream out, String line) throws IOException {
    out.write(line.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyValidLineIsADocument() {
    Map<String, String> expected = new TreeMap<>(Map.of(
        "feed.jsonl#1", "j01",
        "feed.jsonl#11", "j08",
        "feed.jsonl#14", "j10",
        "feed.jsonl#15", "j11",
        "feed.jsonl#16", "j12",
        "feed.jsonl#17", "j13",
        "feed.jsonl#20", "18",
        "feed.jsonl#21", "j17"));
    assertEquals(expected, run.idByRecord());
    assertEquals("Talks open", run.documents.get("feed.jsonl#1").getAs("title"));
  }

  @Test
  void theTextOfEachDocumentIsItsStringWithoutStrayControls() {
    Map<String, String> texts = run.textById();
    assertEquals("Geneva talks opened on Friday morning.", texts.get("j01"));
    assertEquals("The talks went on past noon.", texts.get("j08"));
    assertEquals(LONG, texts.get("j10"));
    assertEquals("Café talks in Genève ended early.", texts.get("j11"));
    assertEquals("Raw\ttab and a raw NUL inside a sentence on Geneva.", texts.get("j12"));
    assertEquals("Keys in another case.", texts.get("j13"));
    assertEquals("A numeric id.", texts.get("18"));
    assertEquals("The last line has no line end.", texts.get("j17"));
  }

  @Test
  void everyBadLineIsARejectWithItsReason() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("empty.jsonl", "empty");
    expected.put("feed.jsonl#2", "malformed_row");
    expected.put("feed.jsonl#3", "malformed_row");
    expected.put("feed.jsonl#4", "malformed_row");
    expected.put("feed.jsonl#5", "malformed_row");
    expected.put("feed.jsonl#8", "empty");
    expected.put("feed.jsonl#9", "wrong_type");
    expected.put("feed.jsonl#10", "wrong_type");
    expected.put("feed.jsonl#12", "nul_bytes");
    expected.put("feed.jsonl#13", "duplicate_id");
    expected.put("feed.jsonl#18", "empty");
    expected.put("feed.jsonl#19", "malformed_row");
    assertEquals(expected, run.reasons());
  }

  @Test
  void eachRejectSaysWhatWasWrong() {
    assertEquals("0 bytes", run.detail("empty.jsonl"));
    assertTrue(run.detail("feed.jsonl#2").startsWith("invalid JSON (Unexpected end-of-input"), run.detail(
        "feed.jsonl#2"));
    assertTrue(run.detail("feed.jsonl#2").endsWith("): {\"id\":\"j02\",\"text\":\"The object is cut off her"));
    assertTrue(run.detail("feed.jsonl#3").startsWith("invalid JSON (Unrecognized token 'this'"));
    assertEquals("a JSON array, not an object: [{\"id\":\"j03\",\"text\":\"In an array.\"},"
        + "{\"id\":\"j04\",\"text\":\"Also in it.\"}]", run.detail("feed.jsonl#4"));
    assertEquals("a JSON null, not an object: null", run.detail("feed.jsonl#5"));
    assertEquals("no text", run.detail("feed.jsonl#8"));
    assertEquals("text is a JSON number, not a string: 42", run.detail("feed.jsonl#9"));
    assertEquals("text is a JSON object, not a string: {\"body\":\"Nested text.\"}", run.detail("feed.jsonl#10"));
    assertEquals("10 NUL characters in 12", run.detail("feed.jsonl#12"));
    assertEquals("doc_id j01 seen before", run.detail("feed.jsonl#13"));
    assertEquals("no text field (fields: id, title)", run.detail("feed.jsonl#18"));
    assertTrue(run.detail("feed.jsonl#19").startsWith("invalid JSON (Trailing token"), run.detail("feed.jsonl#19"));
  }

  @Test
  void aFileOfBrokenLinesOnlyGivesRejectsNotAUsageError() throws IOException {
    Path input = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(input.resolve("broken.jsonl"), "nope\n[1]\n{\"text\":\n");
    IngestRun broken = IngestRun.of(input, dir.resolve("broken-out"));
    assertEquals(Map.of(), broken.documents);
    assertEquals(Map.of("broken.jsonl#1", "malformed_row", "broken.jsonl#2", "malformed_row",
        "broken.jsonl#3", "malformed_row"), broken.reasons());
  }
}
