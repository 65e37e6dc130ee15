package org.wiretrace.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.Columns;
import org.wiretrace.cli.Main;
import org.wiretrace.TestSpark;

/**
 * ReCOVery and all of Reuters-21578 through the command line, against counts taken by other means: Python's csv
 * module and plain substring counts over the SGML (see docs/benchmarks.md, "Ingest"). Skipped only on a machine
 * without {@code ../shared/corpora} (or {@code $WIRETRACE_CORPORA}).
 */
class RealCorporaTest {
  /** Beside the project, or where {@code WIRETRACE_CORPORA} says (as for scripts/bench; a worktree sits elsewhere). */
  private static final Path CORPORA = Path.of(System.getenv().getOrDefault("WIRETRACE_CORPORA",
      "../../shared/corpora"));

  @TempDir
  Path dir;

  private Dataset<Row> table(String out, String name) {
    return TestSpark.session().read().parquet(out + "/" + name);
  }

  @Test
  void recovery() {
    Path input = CORPORA.resolve("recovery/dataset");
    assumeTrue(Files.isDirectory(input), "no ReCOVery corpus at " + input);
    TestSpark.session();
    String out = dir.resolve("out").toString();
    assertEquals(0, Main.execute("run", "--input", input.toString(), "--format", "csv", "--id-col", "url",
        "--output", out, "--stages", "ingest"));
    Dataset<Row> documents = table(out, "documents");
    // Python csv: 1,796 rows of 12 fields in 51 files, 1,795 distinct urls; the one url seen twice is a Politico
    // story that Drudge Report also lists (reliable/… sorts before unreliable/…, so Drudge's row is the duplicate).
    assertEquals(1795, documents.count());
    assertEquals(52, documents.agg(countDistinct(Columns.SOURCE)).first().getLong(0));
    assertEquals(1780, documents.filter(col(Columns.PUBLISHED_AT).isNotNull()).count());
    assertEquals(1793, documents.filter(col(Columns.TITLE).isNotNull()).count());
    List<Row> rejects = table(out, "rejects").collectAsList();
    assertEquals(1, rejects.size());
    Row duplicate = rejects.get(0);
    assertEquals(RejectsTable.DUPLICATE_ID, duplicate.getAs(RejectsTable.REASON));
    assertEquals(12, (int) duplicate.getAs(Columns.RECORD));
    assertEquals(true, duplicate.<String>getAs(Columns.INPUT_PATH).endsWith("news-dataset_drudgereport.csv"));
    assertEquals("doc_id https://www.politico.com/news/2020/05/22/trump-churches-evaneglicals-coronavirus-274842"
        + " seen before", duplicate.getAs(RejectsTable.DETAIL));
  }

  @Test
  void reuters21578() throws IOException {
    Path input = CORPORA.resolve("reuters21578");
    assumeTrue(Files.isDirectory(input), "no Reuters-21578 corpus at " + input);
    TestSpark.session();
    int stories = 0;
    int briefs = 0;
    try (Stream<Path> files = Files.list(input)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sgm")).toList()) {
        String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
        stories += occurrences(sgml, "<REUTERS ");
        briefs += occurrences(sgml, "<TEXT TYPE=\"BRIEF\">");
      }
    }
    assertEquals(21578, stories);
    assertEquals(1798, briefs);
    String out = dir.resolve("out").toString();
    assertEquals(0, Main.execute("run", "--input", input.toString(), "--format", "reuters", "--output", out,
        "--stages", "ingest"));
    Dataset<Row> documents = table(out, "documents");
    Dataset<Row> rejects = table(out, "rejects");
    // No body: the 1,798 BRIEF stories and one UNPROC story whose text is only control codes (NEWID 12793).
    assertEquals(briefs + 1, rejects.filter(col(RejectsTable.REASON).equalTo(RejectsTable.NO_BODY)).count());
    assertEquals(briefs + 1, rejects.count());
    assertEquals(1, rejects.filter(col(RejectsTable.DETAIL).startsWith("NEWID 12793 UNPROC")).count());
    assertEquals(stories - briefs - 1, documents.count());
    assertEquals(stories - briefs - 1, documents.select(Columns.DOC_ID).distinct().count());
    assertEquals(stories - briefs - 1, documents.filter(col(Columns.SOURCE).equalTo("Reuters")).count());
    // Every DATE starts with a day of Feb to Oct 1987, the malformed ones included (605:12:19.12 keeps its day).
    assertEquals(stories - briefs - 1, documents.filter(col(Columns.PUBLISHED_AT)
        .between(LocalDateTime.of(1987, 2, 1, 0, 0), LocalDateTime.of(1987, 10, 31, 23, 59))).count());
    assertEquals(LocalDateTime.of(1987, 3, 31, 0, 0), documents.filter(col(Columns.DOC_ID)
        .equalTo("reuters-" + newIdWithDate(input, "31-MAR-1987 605:12:19.12"))).first().getAs("published_at"));
    // 27.7 MB of input on local[2]: one file per core (each well over 1 MiB), not one per shuffle partition.
    try (Stream<Path> files = Files.list(Path.of(out, DocumentsTable.NAME))) {
      assertEquals(2, files.filter(f -> f.toString().endsWith(".parquet")).count());
    }
  }

  private static int occurrences(String text, String needle) {
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
      count++;
    }
    return count;
  }

  /** The NEWID of the story whose DATE element reads {@code date}, found by a regex over the raw SGML. */
  private static String newIdWithDate(Path input, String date) throws IOException {
    String sgml = Files.readString(input.resolve("reut2-017.sgm"), StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("NEWID=\"(\\d+)\">\\s*<DATE>" + Pattern.quote(date)).matcher(sgml);
    return m.find() ? m.group(1) : "none";
  }
}
