package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A Reuters SGML file with stories that are cut off, lack a body, a NEWID or a readable date, or carry control
 * characters, through the command line: the run exits 0, each story with a body is a document, each other one a
 * reject with its reason. The expected rows are worked out by hand from the SGML below (the record is the story's
 * ordinal in its file).
 */
class HostileReutersTest {
  private static final String SGML = """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" NEWID="101">
      <DATE>26-FEB-1987 15:01:01.79</DATE>
      <TEXT>&#2;
      <TITLE>COCOA REVIEW</TITLE>
      <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
      the Bahia cocoa zone.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="102">
      <DATE>26-FEB-1987 15:02:20.00</DATE>
      <TEXT>&#2;
      <TITLE>NO BODY HERE</TITLE>
      <DATELINE>    TOKYO, Feb 26 - </DATELINE>
      &#3;</TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="103">
      <DATE>31-FOO-1987 99:99:99.00</DATE>
      <TEXT>&#2;
      <TITLE>BAD MONTH</TITLE>
      <BODY>Prices rose in March, traders said.
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="104">
      <DATE>not a date at all</DATE>
      <TEXT>&#2;
      <TITLE>NO DATE</TITLE>
      <BODY>Output fell in the first quarter, the ministry said.
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="105">
      <DATE>2-MAR-1987 09:00:00.00</DATE>
      <TEXT>&#2;
      <TITLE>TRADE\u0007 FIGURES</TITLE>
      <BODY>Trade\u0001 figures were\u001a released on Monday for the month of
      February.
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="106">
      <DATE>2-MAR-1987 09:05:00.00</DATE>
      <TEXT>&#2;
      <TITLE>NUL BYTES</TITLE>
      <BODY>\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\
      \u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\
      \u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000ok
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO">
      <DATE>2-MAR-1987 09:10:00.00</DATE>
      <TEXT>&#2;
      <TITLE>NO NEWID</TITLE>
      <BODY>A story without a NEWID still counts.
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="107">
      <DATE>2-MAR-1987 09:15:00.00</DATE>
      <TEXT>&#2;
      <TITLE>CUT OFF</TITLE>
      <BODY>This story stops before its end tag and
      <REUTERS TOPICS="NO" NEWID="108">
      <DATE>2-MAR-1987 09:20:00.00</DATE>
      <TEXT>&#2;
      <TITLE>AFTER THE CUT</TITLE>
      <BODY>The story after a cut-off one is whole.
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="101">
      <DATE>2-MAR-1987 09:25:00.00</DATE>
      <TEXT>&#2;
      <TITLE>SAME NEWID</TITLE>
      <BODY>A second story with the first story's NEWID.
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="109">
      <DATE>2-MAR-1987 09:30:00.00</DATE>
      <TEXT>&#2;
      <TITLE>LAST</TITLE>
      <BODY>The file ends in the middle of""";

  @TempDir
  static Path dir;
  static IngestRun run;

  @BeforeAll
  static void run() throws IOException {
    TestSpark.session();
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("hostile.sgm"), SGML, StandardCharsets.ISO_8859_1);
    Files.write(input.resolve("empty.sgm"), new byte[0]);
    Files.writeString(input.resolve("notes.sgm"), "Not a Reuters file at all.\n", StandardCharsets.ISO_8859_1);
    run = IngestRun.of(input, dir.resolve("out"));
  }

  @Test
  void everyStoryWithABodyIsADocument() {
    Map<String, String> ids = run.idByRecord();
    String hashed = ids.get("hostile.sgm#7");
    assertTrue(hashed != null && hashed.matches("[0-9a-f]{16}"), "a hash id for the story without NEWID: " + hashed);
    assertEquals(new TreeMap<>(Map.of(
        "hostile.sgm#1", "reuters-101",
        "hostile.sgm#3", "reuters-103",
        "hostile.sgm#4", "reuters-104",
        "hostile.sgm#5", "reuters-105",
        "hostile.sgm#7", hashed,
        "hostile.sgm#9", "reuters-108")), ids);
    Map<String, String> texts = run.textById();
    assertEquals("Showers continued throughout the week in the Bahia cocoa zone.", texts.get("reuters-101"));
    assertEquals("The story after a cut-off one is whole.", texts.get("reuters-108"));
    assertEquals("A story without a NEWID still counts.", texts.get(hashed));
  }

  @Test
  void aDateThatCannotBeReadLeavesTheDocumentUndated() {
    assertEquals(LocalDateTime.of(1987, 2, 26, 15, 1, 1), run.documents.get("hostile.sgm#1").getAs("published_at"));
    assertNull(run.documents.get("hostile.sgm#3").getAs("published_at"));
    assertNull(run.documents.get("hostile.sgm#4").getAs("published_at"));
    assertEquals("Prices rose in March, traders said.", run.documents.get("hostile.sgm#3").getAs("text"));
  }

  @Test
  void strayControlCharactersAreDroppedFromTextAndTitle() {
    assertEquals("Trade figures were released on Monday for the month of February.",
        run.documents.get("hostile.sgm#5").getAs("text"));
    assertEquals("TRADE FIGURES", run.documents.get("hostile.sgm#5").getAs("title"));
  }

  @Test
  void everyOtherStoryOrFileIsARejectWithItsReason() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("empty.sgm", "empty");
    expected.put("notes.sgm", "empty");
    expected.put("hostile.sgm#2", "no_body");
    expected.put("hostile.sgm#6", "nul_bytes");
    expected.put("hostile.sgm#8", "malformed_row");
    expected.put("hostile.sgm#10", "duplicate_id");
    expected.put("hostile.sgm#11", "malformed_row");
    assertEquals(expected, run.reasons());
    assertEquals("0 bytes", run.detail("empty.sgm"));
    assertEquals("no <REUTERS> story in 27 bytes", run.detail("notes.sgm"));
    assertEquals("NEWID 102: NO BODY HERE", run.detail("hostile.sgm#2"));
    assertEquals("40 NUL characters in 42", run.detail("hostile.sgm#6"));
    assertEquals("NEWID 107: cut off before its </REUTERS> (CUT OFF)", run.detail("hostile.sgm#8"));
    assertEquals("doc_id reuters-101 seen before", run.detail("hostile.sgm#10"));
    assertEquals("NEWID 109: cut off before its </REUTERS> (LAST)", run.detail("hostile.sgm#11"));
  }
}
