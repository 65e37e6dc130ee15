package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;
import org.wiretrace.TestSpark;

/** The five seed articles through the whole command line, checked against what a reader sees in the files. */
class SeedsIngestTest {
  @TempDir
  static Path out;
  static Map<String, Row> byFile;

  @BeforeAll
  static void run() {
    TestSpark.session();
    int code = Main.execute("run", "--input", "../seeds", "--output", out.toString(), "--stages", "ingest");
    assertEquals(0, code);
    List<Row> rows = TestSpark.session().read().parquet(out.resolve("documents").toString()).collectAsList();
    byFile = rows.stream().collect(Collectors.toMap(
        r -> r.<String>getAs("input_path").replaceAll(".*/", "").substring(0, 3), r -> r));
  }

  @Test
  void titlesSourcesAndDatesAreReadFromTheText() {
    assertEquals(5, byFile.size());
    assertEquals("Lavrov and Blinken Agree To Meet in Geneva on Friday", byFile.get("000").getAs("title"));
    assertEquals("EIRNS", byFile.get("000").getAs("source"));
    assertEquals(LocalDateTime.of(2022, 1, 18, 0, 0), byFile.get("000").getAs("published_at"));
    assertEquals("Blinken, Lavrov agree to meet Friday in Geneva to reduce tensions", byFile.get("001").getAs("title"));
    assertEquals("EFE", byFile.get("001").getAs("source"));
    assertEquals("Washington", byFile.get("001").getAs("place"));
    // "Jan 18" with no year anywhere in the text: the date stays unknown.
    assertNull(byFile.get("001").getAs("published_at"));
    assertEquals("Lavrov Warns Blinken About Serious Consequences", byFile.get("002").getAs("title"));
    assertEquals("Blinken and Lavrov Held Talks in Geneva", byFile.get("003").getAs("title"));
    assertEquals("Lavrov and Blinken hold their positions in Geneva", byFile.get("004").getAs("title"));
    assertEquals("Geneva", byFile.get("004").getAs("place"));
  }

  @Test
  void outletsAreReadFromDatelineCreditAndMasthead() {
    assertEquals("EIRNS", byFile.get("000").getAs("source")); // the dateline's agency
    assertEquals("EFE", byFile.get("001").getAs("source")); // the dateline's agency
    assertNull(byFile.get("002").getAs("source")); // nothing in the text names the outlet
    assertEquals("Свобода", byFile.get("003").getAs("source")); // the word after the last sentence
    assertEquals("Awani Review", byFile.get("004").getAs("source")); // the masthead above its tagline
  }

  @Test
  void aSmallCorpusIsWrittenAsOneFilePerTable() throws IOException {
    for (String table : List.of("documents", "rejects")) {
      try (Stream<Path> files = Files.list(out.resolve(table))) {
        assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count(), table);
      }
    }
  }

  @Test
  void noFurnitureIsLeftInTheText() {
    for (Row row : byFile.values()) {
      String text = row.getAs("text");
      for (String furniture : List.of("Back to top", "Go to home page", "Related Articles", "See also",
          "Awani Review", "Complete News World", "Home / Security", "Juicy Scandal", "Свобода", "(EFE)", "(EIRNS)",
          "Listen to Philip")) {
        assertFalse(text.contains(furniture), furniture + " left in " + row.getAs("input_path"));
      }
    }
    assertEquals("A senior State Department official told",
        byFile.get("000").<String>getAs("text").substring(0, 39));
    assertEquals("en", byFile.get("002").getAs("lang"));
  }
}
