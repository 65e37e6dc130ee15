package org.wiretrace.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;
import org.wiretrace.TestSpark;
import org.wiretrace.text.Words;

/**
 * The five seed articles: five outlets writing separately on the same talks. Read by hand (and by a longest-common-run
 * search over the lower-cased words of every pair), the longest phrases two seeds share are 8 words ("in the event of
 * an invasion of Ukraine", 003/004) and 7 words ("Blinken and Russian Foreign Minister Sergey Lavrov", 000/003);
 * every other shared phrase has at most 6 words. Run with passages down to 7 words so those genuine phrases must
 * show, and nothing else may.
 */
class OverlapSeedsTest {
  @TempDir
  static Path out;
  private static Map<String, Row> docs;

  @BeforeAll
  static void run() {
    assertEquals(0, Main.execute("run", "--input", "../seeds", "--output", out.toString(), "--stages",
        "ingest,overlap", "--min-passage-words", "7"));
    docs = table("documents").collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("doc_id"), r -> r));
  }

  private static Dataset<Row> table(String name) {
    return TestSpark.session().read().parquet(out.resolve(name).toString());
  }

  @Test
  void noDocumentPairIsReportedAsReuse() {
    assertEquals(0, table(DocPairsTable.NAME).count());
  }

  @Test
  void theOnlyPassagesAreTheGenuinelySharedPhrases() {
    List<String> found = table(PassagesTable.NAME).collectAsList().stream()
        .map(p -> describe(p.getString(0), p.getInt(1), p.getInt(2), p.getString(3), p.getInt(4), p.getInt(5)))
        .sorted().toList();
    assertEquals(List.of(
        "000/003: blinken and russian foreign minister sergey lavrov",
        "003/004: in the event of an invasion of ukraine"), found);
  }

  /** "file/file: words" when both slices hold the same normalized words, else both word sequences. */
  private static String describe(String a, int aBegin, int aEnd, String b, int bBegin, int bEnd) {
    List<String> files = List.of(file(a), file(b)).stream().sorted().toList();
    String wordsA = String.join(" ", Words.of(slice(a, aBegin, aEnd)).terms());
    String wordsB = String.join(" ", Words.of(slice(b, bBegin, bEnd)).terms());
    return files.get(0) + "/" + files.get(1) + ": " + (wordsA.equals(wordsB) ? wordsA : wordsA + " <> " + wordsB);
  }

  private static String file(String docId) {
    return docs.get(docId).<String>getAs("input_path").replaceAll(".*/", "").substring(0, 3);
  }

  private static String slice(String docId, int begin, int end) {
    String text = docs.get(docId).getAs("text");
    return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
  }
}
