package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.TestSpark;
import org.wiretrace.UsageError;
import org.wiretrace.cli.Main;

class FormatDetectorTest {
  @TempDir
  Path dir;

  @Test
  void extensionsNameTheFormat() {
    assertEquals(InputFormat.TEXT, InputFormat.ofFile("a.TXT"));
    assertEquals(InputFormat.CSV, InputFormat.ofFile("news-dataset-politico.csv"));
    assertEquals(InputFormat.JSONL, InputFormat.ofFile("a.ndjson"));
    assertEquals(InputFormat.JSONL, InputFormat.ofFile("a.json"));
    assertEquals(InputFormat.PARQUET, InputFormat.ofFile("part-0.parquet"));
    assertEquals(InputFormat.REUTERS, InputFormat.ofFile("reut2-000.sgm"));
    assertNull(InputFormat.ofFile("lewis.dtd"));
    assertNull(InputFormat.ofFile("README"));
    assertEquals("*.{[jJ][sS][oO][nN][lL],[nN][dD][jJ][sS][oO][nN],[jJ][sS][oO][nN]}", InputFormat.JSONL.glob());
  }

  /** A file the detector takes for a format is one its reader reads, whatever the case of its extension. */
  @Test
  void mixedCaseExtensionsAreDetectedAndRead() throws IOException {
    Path jsonl = Files.createDirectories(dir.resolve("mixed-jsonl"));
    Files.writeString(jsonl.resolve("a.NDJSON"), "{\"id\": \"a1\", \"text\": \"The council met on Monday.\"}\n");
    Files.writeString(jsonl.resolve("b.Json"), "{\"id\": \"b1\", \"text\": \"The council voted on Tuesday.\"}\n");
    Path csv = Files.createDirectories(dir.resolve("mixed-csv"));
    Files.writeString(csv.resolve("c.Csv"), "id,text\nc1,The mayor spoke on Friday.\n");
    Path text = Files.createDirectories(dir.resolve("mixed-text"));
    Files.writeString(text.resolve("d.TxT"), "A title\n\nThe mayor spoke on Friday about the new budget plan.\n");
    for (Path input : List.of(jsonl, csv, text)) {
      String out = dir.resolve("out-" + input.getFileName()).toString();
      assertEquals(0, Main.execute("run", "--input", input.toString(), "--output", out, "--stages", "ingest"));
      long files;
      try (var listing = Files.list(input)) {
        files = listing.count();
      }
      assertEquals(files, TestSpark.session().read().parquet(out + "/documents").count(), input.toString());
    }
  }

  private Path folder(String name, String... files) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    for (String file : files) {
      Path path = folder.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "x");
    }
    return folder;
  }

  @Test
  void aFolderIsTheFormatOfMostOfItsFilesHiddenAndUnderscoreFilesIgnored() throws IOException {
    Path reuters = folder("reuters", "README.txt", "lewis.dtd", "reut2-000.sgm", "reut2-001.sgm");
    Path text = folder("text", "a/1.txt", "b/2.txt", "notes.csv", "_x.csv", ".y.csv", "_z.csv");
    assertEquals(InputFormat.REUTERS, FormatDetector.detect(TestSpark.session(), List.of(reuters.toString())));
    assertEquals(InputFormat.TEXT, FormatDetector.detect(TestSpark.session(), List.of(text.toString())));
  }

  @Test
  void inputsOfDifferentFormatsOrOfNoKnownFormatAreUsageErrors() throws IOException {
    Path csv = folder("csv", "a.csv");
    Path json = folder("json", "a.jsonl");
    Path none = folder("none", "a.dat");
    UsageError mixed = assertThrows(UsageError.class,
        () -> FormatDetector.detect(TestSpark.session(), List.of(csv.toString(), json.toString())));
    assertEquals("inputs hold different formats (csv, jsonl): run them separately or give --format",
        mixed.getMessage());
    UsageError unknown = assertThrows(UsageError.class,
        () -> FormatDetector.detect(TestSpark.session(), List.of(none.toString())));
    assertEquals("cannot tell the format of " + none
        + " (no .txt, .jsonl, .ndjson, .json, .csv, .parquet, .sgm files): give --format",
        unknown.getMessage());
  }
}
