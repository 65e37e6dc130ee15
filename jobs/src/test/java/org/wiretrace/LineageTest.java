package org.wiretrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;

/**
 * The tables of one output always belong together: a run that replaces a table removes the tables computed from the
 * old one, keeps those its new content leaves current, and a stage never reads a table of another lineage.
 */
class LineageTest {
  private static final Path SEEDS = Path.of("../seeds");
  @TempDir
  static Path dir;
  private static Path other;

  @BeforeAll
  static void corpus() throws IOException {
    TestSpark.session();
    other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("bridge.txt"), "Council backs a bridge\n\nThe city council of Springfield "
        + "voted on Monday to build a new bridge over the river, the mayor said after the meeting.\n");
  }

  /** A run of STAGES over INPUT into OUT, which has to succeed. */
  private static void run(Path input, Path out, String stages) {
    assertEquals(0, Main.execute("run", "--input", input.toString(), "--output", out.toString(), "--stages", stages,
        "--quiet"));
  }

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve(OutputLayout.MANIFEST).toFile());
  }

  private static List<String> manifestTables(Path out) throws IOException {
    return fieldNames(manifest(out).get("tables"));
  }

  private static List<String> tableDirs(Path out) {
    return new OutputLayout(TestSpark.session(), out.toString()).tables();
  }

  @Test
  void ingestingAnotherCorpusRemovesEveryTableOfTheOldOne() throws IOException {
    Path out = dir.resolve("replaced");
    run(SEEDS, out, "ingest,terms,quotes");
    Set<String> seedIds = new TreeSet<>();
    TestSpark.session().read().parquet(out.resolve("documents").toString()).select("doc_id").collectAsList()
        .forEach(r -> seedIds.add(r.getString(0)));
    assertEquals(5, seedIds.size());

    run(other, out, "ingest");

    assertEquals(List.of("documents", "rejects"), tableDirs(out));
    assertEquals(List.of("documents", "rejects"), manifestTables(out));
    List<Row> docs = TestSpark.session().read().parquet(out.resolve("documents").toString()).collectAsList();
    assertEquals(1, docs.size());
    assertFalse(seedIds.contains(docs.get(0).<String>getAs(Columns.DOC_ID)));
    // The stages that need what was removed say what to run.
    assertEquals(2, Main.execute("run", "--output", out.toString(), "--stages", "stories", "--quiet"));
    // The report is of the new corpus only: no word of the seeds' terms, quotations or titles.
    assertEquals(0, Main.execute("report", "--output", out.toString()));
    String html = Files.readString(out.resolve("report").resolve("index.html"));
    assertFalse(html.contains("Lavrov") || html.contains("lavrov") || html.contains("Blinken"), "seeds in the report");
  }

  @Test
  void rerunningAStageWithTheSameResultKeepsWhatWasComputedFromIt() throws IOException {
    Path out = dir.resolve("rerun");
    run(SEEDS, out, "ingest,terms,quotes");
    JsonNode before = manifest(out);
    run(SEEDS, out, "ingest");
    JsonNode after = manifest(out);
    // The same documents (same content, same lineage): terms and quotes still belong and keep their run.
    assertEquals(before.at("/tables/documents/lineage"), after.at("/tables/documents/lineage"));
    assertTrue(tableDirs(out).containsAll(List.of("terms", "doc_terms", "quotes", "speakers")), tableDirs(out).toString());
    assertEquals(before.at("/tables/quotes/run"), after.at("/tables/quotes/run"));
    assertEquals(before.at("/tables/documents/lineage"), after.at("/tables/quotes/inputs/documents"));
  }

  @Test
  void passagesAreComputedFromTheDocumentsAloneAndDocPairsFromTheTermsWeightsToo() throws IOException {
    Path out = dir.resolve("overlap");
    run(SEEDS, out, "ingest,terms,overlap");
    JsonNode manifest = manifest(out);
    // Overlap writes its passages before it reads doc_terms: a terms rerun that changes them keeps the passages.
    assertEquals(List.of("documents"), fieldNames(manifest.at("/tables/passages/inputs")));
    assertEquals(List.of("doc_terms", "documents"), fieldNames(manifest.at("/tables/doc_pairs/inputs")));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
