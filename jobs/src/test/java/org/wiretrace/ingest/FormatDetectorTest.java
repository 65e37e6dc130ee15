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

class FormatDetectorTest {
  @TempDir
  Path dir;

  @Test
  void extensionsNameTheFormat() {
    assertEquals(InputFormat.TEXT, FormatDetector.byExtension("a.TXT"));
    assertEquals(InputFormat.CSV, FormatDetector.byExtension("news-dataset-politico.csv"));
    assertEquals(InputFormat.JSONL, FormatDetector.byExtension("a.ndjson"));
    assertEquals(InputFormat.JSONL, FormatDetector.byExtension("a.json"));
    assertEquals(InputFormat.PARQUET, FormatDetector.byExtension("part-0.parquet"));
    assertEquals(InputFormat.REUTERS, FormatDetector.byExtension("reut2-000.sgm"));
    assertNull(FormatDetector.byExtension("lewis.dtd"));
    assertNull(FormatDetector.byExtension("README"));
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
    assertEquals("cannot tell the format of " + none + " (no .txt, .csv, .jsonl, .parquet or .sgm files): give --format",
        unknown.getMessage());
  }
}
