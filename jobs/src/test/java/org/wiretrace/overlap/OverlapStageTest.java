package org.wiretrace.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.wiretrace.ingest.TestDocuments.article;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wiretrace.TestSpark;
import org.wiretrace.ingest.TestDocuments;

/**
 * The stage's Spark steps on five documents of distinct made-up words, so every figure can be counted by hand:
 * a (AP) = w0..w59; b (Reuters) = a verbatim; c (AP) = 30 new words, w10..w39, 30 new words; d (Reuters) = 100 new
 * words, w40..w54, 100 new words (w40 is word 100 of d); e (AP) unrelated. 5-word shingles: a and b have 56, c 86,
 * d 211.
 */
class OverlapStageTest {
  private static final String A = words("w", 0, 60);
  private static final String C = words("x", 0, 30) + " " + words("w", 10, 40) + " " + words("x", 30, 60);
  private static final String D = words("y", 0, 100) + " " + words("w", 40, 55) + " " + words("y", 100, 200);
  private static final String E = words("z", 0, 60);
  private static final StructType DOC_TERMS = new StructType()
      .add("doc_id", "string").add("term", "string").add("tf", "int").add("tfidf", "double");

  private static Map<String, Row> pairs;
  private static Map<String, Row> passages;
  private static Map<String, Row> sources;

  private static String words(String prefix, int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
  }

  @BeforeAll
  static void run() {
    Dataset<Row> documents = TestDocuments.of(
        article("a", "AP", LocalDateTime.of(2022, 1, 1, 0, 0), A),
        article("b", "Reuters", LocalDateTime.of(2022, 1, 2, 0, 0), A),
        article("c", "AP", LocalDateTime.of(2022, 1, 3, 0, 0), C),
        article("d", "Reuters", null, D),
        article("e", "AP", null, E));
    Dataset<Row> docTerms = TestSpark.rows(DOC_TERMS,
        new Object[] {"a", "x", 1, 1.0}, new Object[] {"a", "y", 1, 2.0},
        new Object[] {"b", "x", 1, 1.0}, new Object[] {"b", "y", 1, 2.0},
        new Object[] {"c", "x", 1, 2.0});
    Overlap.Tables tables = Overlap.tables(documents, OverlapOptions.DEFAULTS);
    pairs = byKey(tables.docPairs(docTerms), r -> r.getString(0) + "-" + r.getString(1));
    passages = byKey(tables.passages(), r -> r.getString(0) + "-" + r.getString(3));
    sources = byKey(tables.sourceOverlap(), r -> r.getString(0) + "-" + r.getString(1));
  }

  private static Map<String, Row> byKey(Dataset<Row> table, java.util.function.Function<Row, String> key) {
    Map<String, Row> out = new TreeMap<>();
    for (Row row : table.collectAsList()) {
      assertNull(out.put(key.apply(row), row), () -> "two rows for " + key.apply(row));
    }
    return out;
  }

  @Test
  void docPairsHoldTheKeptPairsWithExactMeasures() {
    assertEquals(List.of("a-b", "a-c", "b-c"), new ArrayList<>(pairs.keySet()));
    // a-b: identical, 56 shared; a-c: the 30 words w10..w39 hold 26 shingles, Jaccard 26 / (56 + 86 - 26).
    assertPair("a-b", 56, 1.0, 1.0, 1.0, 1.0, "a", "a");
    assertPair("a-c", 26, 26 / 116.0, 26 / 56.0, 26 / 86.0, 2 / (Math.sqrt(5) * 2), "a", null);
    assertPair("b-c", 26, 26 / 116.0, 26 / 56.0, 26 / 86.0, 2 / (Math.sqrt(5) * 2), "b", null);
  }

  private static void assertPair(String key, int shared, double jaccard, double containA, double containB,
      double cosine, String origin, String cluster) {
    Row r = pairs.get(key);
    assertEquals(shared, r.getInt(2), key + " shared");
    assertEquals(jaccard, r.getDouble(3), 1e-12, key + " jaccard");
    assertEquals(containA, r.getDouble(4), 1e-12, key + " containment_a");
    assertEquals(containB, r.getDouble(5), 1e-12, key + " containment_b");
    assertEquals(cosine, r.getDouble(6), 1e-12, key + " cosine");
    assertEquals(origin, r.getString(7), key + " origin");
    assertEquals(cluster, r.getString(8), key + " cluster_id");
  }

  @Test
  void passagesIncludeAPairBelowTheThresholdsThatSharesFifteenWords() {
    assertEquals(List.of("a-b", "a-c", "a-d", "b-c", "b-d"), new ArrayList<>(passages.keySet()));
    assertPassage("a-d", A, 40, 55, D, 100, 115);
    assertPassage("a-c", A, 10, 40, C, 30, 60);
    assertPassage("a-b", A, 0, 60, A, 0, 60);
  }

  /** Offsets from the word positions (all words here are ASCII and one space apart). */
  private static void assertPassage(String key, String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
    Row r = passages.get(key);
    List<String> aWords = List.of(a.split(" "));
    List<String> bWords = List.of(b.split(" "));
    int aBegin = String.join(" ", aWords.subList(0, aFrom)).length() + (aFrom == 0 ? 0 : 1);
    int bBegin = String.join(" ", bWords.subList(0, bFrom)).length() + (bFrom == 0 ? 0 : 1);
    String text = String.join(" ", aWords.subList(aFrom, aTo));
    assertEquals(List.of(aBegin, aBegin + text.length(), bBegin, bBegin + text.length(), aTo - aFrom, text),
        List.of(r.getInt(1), r.getInt(2), r.getInt(4), r.getInt(5), r.getInt(6), r.getString(7)), key);
  }

  @Test
  void sourceOverlapCountsPairsFirstPublicationAndSharedWords() {
    // AP words: a 60 + c 90 + e 60 = 210; Reuters words: b 60 + d 215 = 275.
    // AP->Reuters: a fully shared with b (60), c's w10..w39 with b (30). Reuters->AP: b 60, d's w40..w54 (15).
    // Linked AP-Reuters pairs: a-b, b-c (doc_pairs), a-d (passage); a before b, b before c, d undated.
    assertSource("AP-Reuters", 3, 3, 90 / 210.0, 1);
    assertSource("Reuters-AP", 2, 3, 75 / 275.0, 1);
    assertSource("AP-AP", 3, 1, 60 / 210.0, 1);
    assertSource("Reuters-Reuters", 2, 1, 30 / 275.0, 0);
    assertEquals(4, sources.size());
  }

  private static void assertSource(String key, long docs, long pairs, double share, long aFirst) {
    Row r = sources.get(key);
    assertEquals(List.of(docs, pairs, aFirst), List.of(r.getLong(2), r.getLong(3), r.getLong(5)), key);
    assertEquals(share, r.getDouble(4), 1e-12, key + " share_a_in_b");
  }

  @Test
  void cosineIsNullWithoutDocTermsAndHostileTextsDoNotBreakTheStage() {
    String chant = "buffalo ".repeat(5000);
    Dataset<Row> documents = TestDocuments.of(
        article("g", null, null, chant), article("h", null, null, chant), article("j", null, null, "one"));
    Overlap.Tables tables = Overlap.tables(documents, OverlapOptions.DEFAULTS);
    List<Row> found = tables.docPairs(null).collectAsList();
    assertEquals(1, found.size());
    assertEquals("[g,h,1,1.0,1.0,1.0,null,null,g]", found.get(0).toString());
    assertEquals(0, tables.passages().count());
    assertEquals("[null,null,3,1,0.0,0]", tables.sourceOverlap().collectAsList().get(0).toString());
  }
}
