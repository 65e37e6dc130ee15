package org.wiretrace.overlap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;
import org.wiretrace.TestSpark;
import org.wiretrace.text.Words;

/**
 * The stage through the command line on ReCOVery (real cross-outlet copying), checked against an exact computation
 * written here in plain Java: every pair of documents and the number of 5-word shingles they share, counted from a
 * full inverted index of every shingle (no max-df, no MinHash), which gives the same counts as comparing all pairs
 * (pairs absent from it share nothing). Runs only where the shared corpora are (../shared/corpora from the root).
 */
class OverlapCorporaTest {
  private static final Path RECOVERY = Path.of("../../shared/corpora/recovery");
  private static final int K = 5;

  @TempDir
  static Path out;
  private static Map<String, String> texts;
  private static Map<String, Row> reported;
  private static List<Row> passages;
  private static List<Row> sources;

  @BeforeAll
  static void run() {
    assumeTrue(Files.isDirectory(RECOVERY), "no shared corpora here");
    assertEquals(0, Main.execute("run", "--input", RECOVERY.toString(), "--format", "csv", "--id-col", "url",
        "--output", out.toString(), "--stages", "ingest,overlap"));
    texts = new HashMap<>();
    for (Row doc : table("documents").select("doc_id", "text").collectAsList()) {
      texts.put(doc.getString(0), doc.getString(1));
    }
    reported = new HashMap<>();
    for (Row pair : table(DocPairsTable.NAME).collectAsList()) {
      reported.put(pair.getString(0) + " " + pair.getString(1), pair);
    }
    passages = table(PassagesTable.NAME).collectAsList();
    sources = table(SourceOverlapTable.NAME).collectAsList();
  }

  private static org.apache.spark.sql.Dataset<Row> table(String name) {
    return TestSpark.session().read().parquet(out.resolve(name).toString());
  }

  /** Exact shared-shingle counts of every pair sharing at least one shingle, keyed "doc_a doc_b" (doc_a < doc_b). */
  private static Map<String, int[]> exactPairs(Map<String, String> texts) {
    List<String> ids = new ArrayList<>(texts.keySet());
    ids.sort(null);
    Map<Long, List<Integer>> postings = new HashMap<>();
    int[] sizes = new int[ids.size()];
    for (int d = 0; d < ids.size(); d++) {
      long[] set = Arrays.stream(Shingles.hashes(Words.of(texts.get(ids.get(d))), K)).distinct().toArray();
      sizes[d] = set.length;
      for (long shingle : set) {
        postings.computeIfAbsent(shingle, s -> new ArrayList<>()).add(d);
      }
    }
    Map<Long, Integer> shared = new HashMap<>();
    for (List<Integer> docs : postings.values()) {
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          shared.merge((long) docs.get(i) * ids.size() + docs.get(j), 1, Integer::sum);
        }
      }
    }
    Map<String, int[]> out = new HashMap<>();
    shared.forEach((key, count) -> {
      int a = (int) (key / ids.size());
      int b = (int) (key % ids.size());
      out.put(ids.get(a) + " " + ids.get(b), new int[] {count, sizes[a], sizes[b]});
    });
    return out;
  }

  @Test
  void recoveryPairsAgreeWithTheExactComputation() {
    Map<String, int[]> exact = exactPairs(texts);
    int similar = 0;
    int found = 0;
    for (Map.Entry<String, int[]> e : exact.entrySet()) {
      int[] c = e.getValue();
      double jaccard = c[0] / (double) (c[1] + c[2] - c[0]);
      if (jaccard >= 0.6) {
        similar++;
        found += reported.containsKey(e.getKey()) ? 1 : 0;
      }
    }
    assertTrue(similar > 50, "ReCOVery holds copied articles: " + similar);
    assertTrue(found >= 0.99 * similar, "recall " + found + " / " + similar);
    for (Row pair : reported.values()) {
      String key = pair.getString(0) + " " + pair.getString(1);
      int[] c = exact.get(key);
      assertEquals(List.of(c[0], c[0] / (double) (c[1] + c[2] - c[0]), c[0] / (double) c[1], c[0] / (double) c[2]),
          List.of(pair.getInt(2), pair.getDouble(3), pair.getDouble(4), pair.getDouble(5)), key);
    }
  }

  @Test
  void recoveryPassageOffsetsSliceMatchingTextFromBothDocuments() {
    assertTrue(passages.size() > 50, "passages: " + passages.size());
    for (Row p : passages) {
      String a = slice(texts.get(p.getString(0)), p.getInt(1), p.getInt(2));
      String b = slice(texts.get(p.getString(3)), p.getInt(4), p.getInt(5));
      String key = p.getString(0) + " " + p.getString(3) + " @" + p.getInt(1);
      assertEquals(a, p.getString(7), key);
      String[] wordsA = Words.of(a).terms();
      String[] wordsB = Words.of(b).terms();
      assertEquals(wordsA.length, p.getInt(6), key);
      // A passage starts and ends with an identical shingle in both documents.
      assertArrayEquals(Arrays.copyOf(wordsA, K), Arrays.copyOf(wordsB, K), key);
      assertArrayEquals(Arrays.copyOfRange(wordsA, wordsA.length - K, wordsA.length),
          Arrays.copyOfRange(wordsB, wordsB.length - K, wordsB.length), key);
    }
  }

  /** The copying the corpus is known for (issue 4): Activist Post reposts GreenMedInfo; sites lift FrontPage Magazine. */
  @Test
  void recoveryKnownCopyingShowsInTheSourceMatrix() {
    Row activist = sources.stream()
        .filter(r -> "Activist Post".equals(r.getString(0)) && "GreenMedInfo".equals(r.getString(1)))
        .findFirst().orElseThrow();
    assertTrue(activist.getLong(3) >= 10 && activist.getDouble(4) >= 0.5, activist.toString());
    long liftingFrontPage = sources.stream()
        .filter(r -> "FrontPage Magazine".equals(r.getString(1)) && !"FrontPage Magazine".equals(r.getString(0)))
        .count();
    assertTrue(liftingFrontPage >= 3, "outlets sharing text with FrontPage Magazine: " + liftingFrontPage);
  }

  private static String slice(String text, int begin, int end) {
    return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
  }
}
