package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.TestSpark;

/**
 * A CSV corpus of everything that goes wrong with exports, through the command line: each valid row is a document,
 * each bad one a reject with its reason, and the run exits 0. The expected rows are worked out by hand from the
 * files below (the record is the row after the header; blank lines are no rows).
 */
class HostileCsvTest {
  @TempDir
  static Path dir;
  static IngestRun run;

  @BeforeAll
  static void run() throws IOException {
    TestSpark.session();
    Path input = Files.createDirectories(dir.resolve("in"));
    ByteArrayOutputStream feed = new ByteArrayOutputStream();
    feed.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte-order mark before the header
    utf8(feed, " ID ,Title, TEXT ,Date\r\n"); // spaces and case in the header, CRLF line ends
    utf8(feed, "c01,Talks open,\"Geneva talks opened on Friday.\r\nThey spoke of \"\"guarantees\"\".\",2022-01-18\r\n");
    utf8(feed, "c02,Too few,Only three fields\r\n"); // 2
    utf8(feed, "c03,Too many,Five fields here,2022-01-18,extra\r\n"); // 3
    utf8(feed, "c04,Empty text,,2022-01-19\r\n"); // 4
    utf8(feed, "c05,Quoted empty,\"\",2022-01-19\r\n"); // 5
    feed.write("c06,Latin-1,Caf\u00e9 talks in Gen\u00e8ve ended early.,2022-01-20\r\n" // 6
        .getBytes(StandardCharsets.ISO_8859_1));
    utf8(feed, "c07,Garbled upstream,\"" + "\uFFFD".repeat(20) + " talks\",2022-01-20\r\n"); // 7
    utf8(feed, "c08,Binary,");  // 8: 80 control bytes and two letters
    for (int i = 0; i < 10; i++) {
      feed.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    utf8(feed, "ok,2022-01-20\r\n");
    utf8(feed, "c01,Duplicate id,A second record with the first id.,2022-01-21\r\n"); // 9
    utf8(feed, "\r\n"); // blank: no row
    utf8(feed, "c09,Quotes inside,He said \"yes\" and left the talks.,2022-01-22\r\n"); // 10
    utf8(feed, "c10,Stray NUL,The talks\u0000 went on past noon.,2022-01-22\r\n"); // 11
    utf8(feed, "c11,Unclosed,\"The quotation mark never closes,2022-01-23\r\nso the row runs to the end.\r\n"); // 12
    Files.write(input.resolve("feed.csv"), feed.toByteArray());
    // Another file with its columns in another order, and one with quoted header names and paragraphs.
    Files.writeString(input.resolve("other.csv"), "text,id\nThe columns come in another order.,o1\n");
    Files.writeString(input.resolve("quoted.csv"),
        "\"id\",\"text\"\n\"q1\",\"First paragraph.\n\nSecond paragraph, with a comma.\"\n");
    Files.writeString(input.resolve("header-only.csv"), "id,text\r\n");
    Files.write(input.resolve("empty.csv"), new byte[0]);
    Files.writeString(input.resolve("no-text.csv"), "id,headline\nn1,Only a headline\n");
    run = IngestRun.of(input, dir.resolve("out"));
  }

  private static void utf8(ByteArrayOutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyValidRowIsADocument() {
    assertEquals(new TreeMap<>(Map.of(
        "feed.csv#1", "c01",
        "feed.csv#6", "c06",
        "feed.csv#10", "c09",
        "feed.csv#11", "c10",
        "other.csv#1", "o1",
        "quoted.csv#1", "q1")), run.idByRecord());
    // The first column keeps its name under the byte-order mark; the other header cells are found despite spaces.
    assertEquals("Talks open", run.documents.get("feed.csv#1").getAs("title"));
    assertEquals(LocalDateTime.of(2022, 1, 18, 0, 0), run.documents.get("feed.csv#1").getAs("published_at"));
  }

  @Test
  void theTextOfEachDocumentIsItsCellDecoded() {
    Map<String, String> texts = run.textById();
    assertEquals("Geneva talks opened on Friday.\nThey spoke of \"guarantees\".", texts.get("c01"));
    assertEquals("Café talks in Genève ended early.", texts.get("c06"));
    assertEquals("He said \"yes\" and left the talks.", texts.get("c09"));
    assertEquals("The talks went on past noon.", texts.get("c10"));
    assertEquals("The columns come in another order.", texts.get("o1"));
    assertEquals("First paragraph.\n\nSecond paragraph, with a comma.", texts.get("q1"));
  }

  @Test
  void everyBadRowIsARejectWithItsReason() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("empty.csv", "empty");
    expected.put("header-only.csv", "empty");
    expected.put("no-text.csv#1", "empty");
    expected.put("feed.csv#2", "malformed_row");
    expected.put("feed.csv#3", "malformed_row");
    expected.put("feed.csv#4", "empty");
    expected.put("feed.csv#5", "empty");
    expected.put("feed.csv#7", "undecodable");
    expected.put("feed.csv#8", "binary");
    expected.put("feed.csv#9", "duplicate_id");
    expected.put("feed.csv#12", "malformed_row");
    assertEquals(expected, run.reasons());
  }

  @Test
  void eachRejectSaysWhatWasWrong() {
    assertEquals("0 bytes", run.detail("empty.csv"));
    assertEquals("a header and no rows", run.detail("header-only.csv"));
    assertEquals("no text column (columns: id, headline)", run.detail("no-text.csv#1"));
    assertEquals("3 fields, the header has 4: c02,Too few,Only three fields", run.detail("feed.csv#2"));
    assertEquals("5 fields, the header has 4: c03,Too many,Five fields here,2022-01-18,extra",
        run.detail("feed.csv#3"));
    assertEquals("no text", run.detail("feed.csv#4"));
    assertEquals("20 undecodable characters", run.detail("feed.csv#7"));
    assertEquals("80 control characters in 82", run.detail("feed.csv#8"));
    assertEquals("doc_id c01 seen before", run.detail("feed.csv#9"));
    String unclosed = run.detail("feed.csv#12");
    assertTrue(unclosed.startsWith("the row has a quotation mark that never closes, so it runs to the end of the "
        + "file: c11,Unclosed,\"The quotation mark never closes,2022-01-23"), unclosed);
  }

  @Test
  void aCorpusWithoutATextColumnIsAUsageError() throws IOException {
    Path input = Files.createDirectories(dir.resolve("headlines"));
    Files.writeString(input.resolve("a.csv"), "id,headline\n1,Talks open\n");
    assertEquals("wiretrace: no text column among headline, id: name one with --text-col (see 'wiretrace --help')",
        IngestRun.usageError(input, dir.resolve("headlines-out")));
  }

  @Test
  void aNamedColumnThatNoFileHasIsAUsageError() {
    assertEquals("wiretrace: --text-col story is not a column of the input (columns:  ID ,  TEXT , Date, Title, "
        + "headline, id, text) (see 'wiretrace --help')",
        IngestRun.usageError(dir.resolve("in"), dir.resolve("story-out"), "--text-col", "story"));
  }
}
