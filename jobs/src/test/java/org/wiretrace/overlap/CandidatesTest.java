package org.wiretrace.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** Pairs of documents that share a shingle, from postings sorted by shingle, then document. */
class CandidatesTest {
  private static Row posting(long key, String doc, int n) {
    return RowFactory.create(key, doc, n);
  }

  private static List<String> pairs(int maxDf, Row... postings) {
    List<String> out = new ArrayList<>();
    Iterator<Row> pairs = Candidates.pairsSharingAKey(List.of(postings).iterator(), maxDf);
    pairs.forEachRemaining(p -> out.add(p.getString(0) + "/" + p.getInt(1) + "-" + p.getString(2) + "/" + p.getInt(3)));
    return out;
  }

  @Test
  void eachKeyGivesEveryPairOfItsDocumentsInOrderOnce() {
    assertEquals(List.of("a/10-b/20", "a/10-c/30", "b/20-c/30", "b/20-d/40"),
        pairs(100, posting(1, "a", 10), posting(1, "b", 20), posting(1, "c", 30),
            posting(2, "b", 20), posting(2, "d", 40)));
  }

  @Test
  void keysInOneDocumentOrInMoreThanMaxDfGiveNoPair() {
    assertEquals(List.of("c/3-d/4"),
        pairs(2, posting(1, "a", 1), posting(2, "a", 1), posting(2, "b", 2), posting(2, "c", 3),
            posting(3, "c", 3), posting(3, "d", 4), posting(4, "e", 5)));
    assertEquals(List.of(), pairs(2));
  }
}
