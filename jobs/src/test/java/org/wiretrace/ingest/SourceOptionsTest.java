package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.TestSpark;
import org.wiretrace.cli.Main;

/**
 * {@code --source-from dir} and {@code --source NAME} on a corpus laid out by outlet, text files and a CSV export:
 * a source column wins over the option, the option over what the text names.
 */
class SourceOptionsTest {
  private static final String BODY = "The ministers met in Geneva on Friday and talked for about an hour and a half.";

  @TempDir
  static Path dir;
  static Path text;
  static Path csv;

  @BeforeAll
  static void corpus() throws IOException {
    TestSpark.session();
    text = dir.resolve("text");
    // An outlet's folder with a space and one in Cyrillic: the names come back as written, not URI-encoded.
    write(text.resolve("Le Monde/quiet.txt"), "Talks in Geneva end without a breakthrough\n\n" + BODY + "\n");
    write(text.resolve("Радио Свобода/credited.txt"), "Talks in Geneva end early\n\n" + BODY + "\n\n— AFP\n");
    csv = dir.resolve("csv");
    write(csv.resolve("Wire Desk/feed.csv"), "id,title,source,text\n"
        + "c1,Talks end,Reuters,\"" + BODY + "\"\n"
        + "c2,Talks end,,\"" + BODY + " (AFP)\"\n"
        + "c3,Talks end, ,\"" + BODY + "\"\n");
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** The source of each document, by file name (text) or id (CSV). */
  private static Map<String, String> sources(Path input, String source, String sourceFrom) {
    IngestOptions options = new IngestOptions(List.of(input.toString()), InputFormat.AUTO,
        new ColumnMapping(null, null, null, null, null, null), source, sourceFrom);
    Map<String, String> sources = new HashMap<>();
    for (Row row : Ingest.documents(Ingest.normalize(Ingest.read(TestSpark.session(), options), options))
        .collectAsList()) {
      String key = row.<Integer>getAs("record") == null
          ? row.<String>getAs("input_path").replaceAll(".*/", "") : row.getAs("doc_id");
      sources.put(key, row.getAs("source"));
    }
    return sources;
  }

  @Test
  void withoutAnOptionTheColumnElseTheText() {
    Map<String, String> fromText = sources(text, null, null);
    assertEquals(2, fromText.size());
    assertNull(fromText.get("quiet.txt"));
    assertEquals("AFP", fromText.get("credited.txt"));
    Map<String, String> fromCsv = sources(csv, null, null);
    assertEquals(Map.of("c1", "Reuters", "c2", "AFP"), Map.of("c1", fromCsv.get("c1"), "c2", fromCsv.get("c2")));
    assertNull(fromCsv.get("c3"));
  }

  @Test
  void sourceFromDirNamesTheOutletAfterTheFolderOverTheText() {
    Map<String, String> fromText = sources(text, null, "dir");
    assertEquals(Map.of("quiet.txt", "Le Monde", "credited.txt", "Радио Свобода"), fromText);
    // The CSV's folder for blank source cells; a value in the column wins.
    assertEquals(Map.of("c1", "Reuters", "c2", "Wire Desk", "c3", "Wire Desk"), sources(csv, null, "DIR"));
  }

  @Test
  void sourceNamesOneOutletForEveryArticleButThoseWithASourceColumn() {
    assertEquals(Map.of("quiet.txt", "Kommersant", "credited.txt", "Kommersant"), sources(text, "Kommersant", null));
    assertEquals(Map.of("c1", "Reuters", "c2", "Kommersant", "c3", "Kommersant"), sources(csv, "Kommersant", null));
  }

  @Test
  void throughTheCommandLineTheManifestRecordsTheOption() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, Main.execute("run", "--input", text.toString(), "--source-from", "dir", "--output",
        out.toString(), "--stages", "ingest"));
    JsonNode ingest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).at("/options/ingest");
    assertEquals("dir", ingest.get("sourceFrom").asText());
    assertEquals(true, ingest.get("source").isNull());
    assertEquals(List.of("Le Monde", "Радио Свобода"), TestSpark.session().read().parquet(out.resolve("documents")
        .toString()).select("source").orderBy("source").collectAsList().stream().map(r -> r.getString(0)).toList());
  }
}
