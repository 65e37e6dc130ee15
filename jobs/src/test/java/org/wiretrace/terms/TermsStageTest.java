package org.wiretrace.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.wiretrace.ingest.TestDocuments.article;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wiretrace.Columns;
import org.wiretrace.ingest.TestDocuments;

/**
 * The stage's Spark steps on three tiny documents, every expected value counted by hand:
 * <pre>
 *   a (X): foreign minister lavrov | foreign minister lavrov     unigrams 6, bigrams fm ×2, ml ×2
 *   b (Y): foreign minister blinken (in) geneva                 unigrams 4, bigrams fm, mb
 *   c (Y): blinken (in) geneva                                  unigrams 2, no bigram
 * </pre>
 */
class TermsStageTest {
  private static final double EPS = 1e-9;
  private static Dataset<Row> perDocument;
  private static Dataset<Row> terms;
  private static Map<String, Row> termsByName;

  @BeforeAll
  static void run() {
    Dataset<Row> documents = TestDocuments.of(
        article("a", "X", null, "Foreign minister Lavrov.\nForeign minister Lavrov."),
        article("b", "Y", null, "Foreign minister Blinken in Geneva."),
        article("c", "Y", null, "Blinken in Geneva."));
    perDocument = Terms.perDocument(documents).cache();
    terms = Terms.terms(perDocument, 3).cache();
    termsByName = byKey(terms, r -> r.getAs(Columns.TERM));
  }

  @AfterAll
  static void release() {
    terms.unpersist();
    perDocument.unpersist();
  }

  private static Map<String, Row> byKey(Dataset<Row> rows, java.util.function.Function<Row, String> key) {
    return rows.collectAsList().stream().collect(Collectors.toMap(key, r -> r));
  }

  private static void assertSchema(StructType contract, Dataset<Row> table) {
    List<String> expected = Arrays.stream(contract.fields()).map(f -> f.name() + " " + f.dataType()).toList();
    List<String> actual = Arrays.stream(table.schema().fields()).map(f -> f.name() + " " + f.dataType()).toList();
    assertEquals(expected, actual);
  }

  private static double idf(long df) {
    return Math.log(4.0 / (1 + df)) + 1; // N = 3 documents
  }

  @Test
  void termsCountDocumentsAndOccurrences() {
    assertSchema(TermsTable.SCHEMA, terms);
    assertEquals(8, termsByName.size(), () -> "terms: " + termsByName.keySet());
    Row foreign = termsByName.get("foreign");
    assertEquals(2L, foreign.<Long>getAs(TermsTable.DF));
    assertEquals(3L, foreign.<Long>getAs(TermsTable.CF));
    assertEquals(idf(2), foreign.<Double>getAs(TermsTable.IDF), EPS);
    Row lavrov = termsByName.get("lavrov");
    assertEquals(1L, lavrov.<Long>getAs(TermsTable.DF));
    assertEquals(2L, lavrov.<Long>getAs(TermsTable.CF));
    assertEquals(idf(1), lavrov.<Double>getAs(TermsTable.IDF), EPS);
    Row fm = termsByName.get("foreign minister");
    assertEquals(2, fm.<Integer>getAs(TermsTable.N));
    assertEquals(2L, fm.<Long>getAs(TermsTable.DF));
    assertEquals(3L, fm.<Long>getAs(TermsTable.CF));
    assertEquals("foreign minister", fm.getAs(TermsTable.SURFACE));
    assertFalse(termsByName.containsKey("lavrov foreign"), "bigram across a sentence boundary");
    assertFalse(termsByName.containsKey("blinken geneva"), "bigram across a stop word");
  }

  @Test
  void surfaceIsTheFormWithTheMostUsesAcrossDocuments() {
    // "guarantees" is used twice in one document, "guarantee" once in each of two: uses count, not documents.
    Dataset<Row> documents = TestDocuments.of(article("d", "X", null, "Guarantees. Guarantees."),
        article("e", "X", null, "Guarantee."), article("f", "Y", null, "Guarantee."),
        article("g", "Y", null, "Guarantees."));
    Row guarantee = Terms.terms(Terms.perDocument(documents), 4).filter("term = 'guarantee'").first();
    assertEquals("guarantees", guarantee.getAs(TermsTable.SURFACE));
    assertEquals(4L, guarantee.<Long>getAs(TermsTable.DF));
    assertEquals(5L, guarantee.<Long>getAs(TermsTable.CF));
  }

  @Test
  void docTermsWeighTermFrequencyByIdf() {
    Dataset<Row> docTerms = Terms.docTerms(perDocument, terms);
    assertSchema(DocTermsTable.SCHEMA, docTerms);
    Map<String, Row> rows = byKey(docTerms, r -> r.getAs(Columns.DOC_ID) + "/" + r.getAs(Columns.TERM));
    assertEquals(5 + 6 + 2, rows.size(), () -> "doc_terms: " + rows.keySet());
    assertEquals(2, rows.get("a/lavrov").<Integer>getAs(DocTermsTable.TF));
    assertEquals(2 * idf(1), rows.get("a/lavrov").<Double>getAs(DocTermsTable.TFIDF), EPS);
    assertEquals(idf(2), rows.get("c/geneva").<Double>getAs(DocTermsTable.TFIDF), EPS);
  }

  @Test
  void sourceTermsScoreEachSourceAgainstTheRest() {
    Dataset<Row> sourceTerms = Terms.sourceTerms(perDocument, terms);
    assertSchema(SourceTermsTable.SCHEMA, sourceTerms);
    Map<String, Row> rows = byKey(sourceTerms,
        r -> r.getAs(Columns.SOURCE) + "/" + r.getAs(Columns.TERM));
    assertEquals(5 + 6, rows.size(), () -> "source_terms: " + rows.keySet());
    assertEquals(2L, rows.get("X/lavrov").<Long>getAs(Columns.COUNT));
    // X: lavrov 2 of 6 unigrams; rest (Y): 0 of 6; corpus 2 of 12 is the prior.
    double lavrov = (Math.log(4.0 / 14) - Math.log(2.0 / 16)) / Math.sqrt(1.0 / 4 + 1.0 / 2);
    assertEquals(lavrov, rows.get("X/lavrov").<Double>getAs(SourceTermsTable.Z), EPS);
    // Y: "foreign minister" 1 of 2 bigrams (bigrams have their own totals), X: 2 of 4: the same rate, z = 0.
    assertEquals(0, rows.get("Y/foreign minister").<Double>getAs(SourceTermsTable.Z), EPS);
  }

  @Test
  void collocationsUseBigramMarginalsAndTheMinimumCount() {
    Dataset<Row> collocations = Collocations.of(terms, 2);
    assertSchema(CollocationsTable.SCHEMA, collocations);
    Map<String, Row> rows = byKey(collocations, r -> r.getAs(CollocationsTable.NGRAM));
    assertEquals(List.of("foreign minister", "minister lavrov"), rows.keySet().stream().sorted().toList());
    // 6 bigrams: foreign minister ×3, minister lavrov ×2, minister blinken ×1 (under the minimum count, but in
    // the marginals). "foreign minister": c12 = 3, 3 start with foreign, 3 end with minister: PMI = log2(3 · 6 / 9)
    Row fm = rows.get("foreign minister");
    assertEquals(3L, fm.<Long>getAs(Columns.COUNT));
    assertEquals(1, fm.<Double>getAs(CollocationsTable.PMI), EPS);
    assertEquals((3 - 9.0 / 6) / Math.sqrt(3), fm.<Double>getAs(CollocationsTable.T), EPS);
    // "minister lavrov": c12 = 2, 3 start with minister, 2 end with lavrov: cells [[2, 1], [0, 3]],
    // expected [[1, 2], [1, 2]]
    Row ml = rows.get("minister lavrov");
    assertEquals(1, ml.<Double>getAs(CollocationsTable.PMI), EPS);
    double g2 = 2 * (2 * Math.log(2 / 1.0) + 1 * Math.log(1 / 2.0) + 3 * Math.log(3 / 2.0));
    assertEquals(g2, ml.<Double>getAs(CollocationsTable.LLR), EPS);
  }
}
