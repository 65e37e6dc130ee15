package org.wiretrace.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.UsageError;
import picocli.CommandLine;

/** The generator on a tiny training corpus: deterministic, and its ground truth points at what it planted. */
class CorpusGeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path corpora;

  @TempDir
  Path dir;

  @BeforeAll
  static void trainingCorpora() throws IOException {
    Files.createDirectories(corpora.resolve("bbc/business"));
    Files.writeString(corpora.resolve("bbc/business/001.txt"), "Markets rally\n\nShares rose on Monday as the "
        + "central bank held rates. Traders said the move was expected. The index closed higher for a third day.");
    Files.createDirectories(corpora.resolve("reuters21578"));
    StringBuilder sgml = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      sgml.append("<REUTERS NEWID=\"").append(i).append("\"><TEXT><TITLE>GRAIN</TITLE><BODY>")
          .append("Wheat exports fell sharply in March, the ministry said. Farmers expect a better harvest next year "
              + "after heavy rain. Prices of corn and soybeans were steady in quiet trade. Analysts said demand from "
              + "importers remained weak despite lower freight costs. The agency will publish new figures in June "
              + "when the harvest is complete.")
          .append(" Reuter</BODY></TEXT></REUTERS>\n");
    }
    Files.writeString(corpora.resolve("reuters21578/reut2-000.sgm"), sgml);
  }

  private Path generate(String name, long seed) {
    Path out = dir.resolve(name);
    CorpusGenerator generator = new CorpusGenerator();
    new CommandLine(generator).parseArgs("--docs", "300", "--out", out.toString(), "--seed", String.valueOf(seed),
        "--corpora", corpora.toString(), "--docs-per-file", "100", "--reuse-share", "0.3");
    try {
      assertEquals(0, generator.call());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  private static Map<String, JsonNode> articles(Path out) throws IOException {
    Map<String, JsonNode> byId = new HashMap<>();
    try (Stream<Path> files = Files.list(out.resolve("corpus"))) {
      for (Path file : files.sorted().toList()) {
        lines(file).forEach(a -> byId.put(a.get("id").asText(), a));
      }
    }
    return byId;
  }

  /** Code points [begin, end) of a text, as Spark SQL's substring(text, begin + 1, end - begin) reads them. */
  private static String span(String text, int begin, int end) {
    return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
  }

  @Test
  void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
    Path a = generate("a", 7);
    Path b = generate("b", 7);
    Path c = generate("c", 8);
    for (String file : List.of("corpus/part-00000.jsonl", "corpus/part-00002.jsonl", "truth/quotes.jsonl",
        "truth/reuse.jsonl")) {
      assertEquals(Files.readString(a.resolve(file)), Files.readString(b.resolve(file)), file);
    }
    assertNotEquals(Files.readString(a.resolve("corpus/part-00000.jsonl")),
        Files.readString(c.resolve("corpus/part-00000.jsonl")));
    assertEquals(300, articles(a).size());
  }

  @Test
  void plantedQuotationsSitBetweenQuotationMarksBesideTheirSpeaker() throws IOException {
    Path out = generate("q", 1);
    Map<String, JsonNode> articles = articles(out);
    List<JsonNode> quotes = lines(out.resolve("truth/quotes.jsonl"));
    assertTrue(quotes.size() > 100, "quotes: " + quotes.size());
    for (JsonNode q : quotes) {
      String text = articles.get(q.get("doc_id").asText()).get("text").asText();
      int begin = q.get("begin").asInt();
      int end = q.get("end").asInt();
      assertEquals(q.get("text").asText(), span(text, begin, end));
      assertTrue("\"“".contains(span(text, begin - 1, begin)), "opening mark before " + q);
      assertTrue("\"”".contains(span(text, end, end + 1)), "closing mark after " + q);
      String paragraph = text.substring(Math.max(0, text.lastIndexOf("\n\n", begin)), text.indexOf("\n\n", end) < 0
          ? text.length() : text.indexOf("\n\n", end));
      assertTrue(paragraph.contains(q.get("speaker").asText()), "speaker named in the paragraph of " + q);
    }
  }

  @Test
  void reusedPassagesAreEditedCopiesPublishedLaterByAnotherOutlet() throws IOException {
    Path out = generate("r", 1);
    Map<String, JsonNode> articles = articles(out);
    List<JsonNode> reuse = lines(out.resolve("truth/reuse.jsonl"));
    assertTrue(reuse.size() > 30, "reused passages: " + reuse.size());
    for (JsonNode r : reuse) {
      JsonNode a = articles.get(r.get("doc_a").asText());
      JsonNode b = articles.get(r.get("doc_b").asText());
      assertNotEquals(a.get("source").asText(), b.get("source").asText());
      LocalDateTime published = LocalDateTime.parse(a.get("date").asText());
      long lag = r.get("lag_hours").asLong();
      assertEquals(published.plusHours(lag), LocalDateTime.parse(b.get("date").asText()));
      String[] original = span(a.get("text").asText(), r.get("a_begin").asInt(), r.get("a_end").asInt()).split("\\s+");
      String[] copy = span(b.get("text").asText(), r.get("b_begin").asInt(), r.get("b_end").asInt()).split("\\s+");
      assertEquals(r.get("n_words").asInt(), copy.length);
      int edits = r.get("edits").asInt();
      // Replacements keep the word count, drops lower it: the copy is no longer, and short by at most the edits.
      assertTrue(copy.length <= original.length && original.length - copy.length <= edits, r.toString());
      assertTrue(edits <= original.length / 5 + 3, "small edits: " + r);
    }
  }

  @Test
  void aNonEmptyOutputFolderIsAUsageError() throws IOException {
    Files.writeString(dir.resolve("x"), "x");
    CorpusGenerator generator = new CorpusGenerator();
    new CommandLine(generator).parseArgs("--docs", "3", "--out", dir.toString(), "--corpora", corpora.toString());
    assertThrows(UsageError.class, generator::call);
  }
}
