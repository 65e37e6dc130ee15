package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretrace.ingest.TestDocuments.article;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wiretrace.ingest.TestDocuments;

/** The stage's Spark steps on four small documents: two outlets carrying one Lavrov quotation, two Johnsons. */
class QuotesStageTest {
  private static final String A = "Russian Foreign Minister Sergey Lavrov spoke in Geneva. \"Russia fears no one, not "
      + "even the United States,\" Lavrov said.";
  private static final String B = "\"Russia fears no one, not even the United States, and we are ready,\" said Sergei "
      + "Lavrov, the Russian foreign minister.";
  private static final String C = "\"We stand with Ukraine,\" said Boris Johnson.";
  private static final String D = "\"The war must end,\" Lyndon Johnson said in 1968.";

  private static Dataset<Row> found;
  private static Dataset<Row> quotes;

  @BeforeAll
  static void run() {
    Dataset<Row> documents = TestDocuments.of(
        article("a", "EFE", LocalDateTime.of(2022, 1, 21, 0, 0), A),
        article("b", "AFP", LocalDateTime.of(2022, 1, 20, 0, 0), B),
        article("c", "AP", null, C),
        article("d", "AP", null, D));
    found = found(documents).cache();
    quotes = Quotes.identified(found).cache();
  }

  private static Dataset<Row> found(Dataset<Row> documents) {
    return Quotes.found(documents, RuleFailures.register(documents.sparkSession()), DocumentQuotes::find);
  }

  private static Row quoteOf(String docId) {
    return quotes.filter(quotes.col("doc_id").equalTo(docId)).collectAsList().get(0);
  }

  @Test
  void offsetsSliceTheQuotationOutOfTheDocumentText() {
    Row a = quoteOf("a");
    String quoted = "Russia fears no one, not even the United States,";
    assertEquals(A.indexOf(quoted), a.getInt(a.fieldIndex("begin")));
    assertEquals(A.indexOf(quoted) + quoted.length(), a.getInt(a.fieldIndex("end")));
    assertEquals(quoted, a.getString(a.fieldIndex("text")));
    assertEquals("Sergey Lavrov", a.getString(a.fieldIndex("speaker")));
    assertEquals("Lavrov", a.getString(a.fieldIndex("speaker_mention")));
    assertEquals(A.lastIndexOf("Lavrov"), a.getInt(a.fieldIndex("speaker_begin")));
    assertEquals(A.indexOf("said"), a.getInt(a.fieldIndex("cue_begin")));
    assertEquals("person", a.getString(a.fieldIndex("speaker_type")));
  }

  @Test
  void nameVariantsShareASpeakerIdButTwoJohnsonsDoNot() {
    Row a = quoteOf("a");
    Row b = quoteOf("b");
    assertEquals("Sergei Lavrov", b.getString(b.fieldIndex("speaker")));
    assertEquals(a.getString(a.fieldIndex("speaker_id")), b.getString(b.fieldIndex("speaker_id")));
    assertNotEquals(quoteOf("c").getString(a.fieldIndex("speaker_id")),
        quoteOf("d").getString(a.fieldIndex("speaker_id")));
  }

  @Test
  void namesComparedInSparkGetTheIdsOfNamesComparedInTheDriver() {
    assertEquals(speakerIds(SpeakerIds.assign(found)), speakerIds(SpeakerIds.assign(found, 0)));
  }

  @Test
  void oneAggregateGivesTheDriverEveryPersonWithACountAndEveryFormLongEnoughToJoinAnother() {
    DriverSets sets = DriverSets.collect(found, 10, 10).orElseThrow();
    Map<String, Long> names = sets.names().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    assertEquals(Map.of("Sergey Lavrov", 1L, "Sergei Lavrov", 1L, "Boris Johnson", 1L, "Lyndon Johnson", 1L), names);
    // Lavrov's two forms have 10 and 14 words; the Johnsons' four each, under the six a near form needs
    assertEquals(List.of(QuoteText.normalize("Russia fears no one, not even the United States,"),
        QuoteText.normalize("Russia fears no one, not even the United States, and we are ready,")),
        sets.forms().stream().sorted().toList());
    assertTrue(DriverSets.collect(found, 10, 1).isEmpty());
    assertTrue(DriverSets.collect(found, 3, 10).isEmpty());
  }

  @Test
  void formsLinkedInSparkGetTheClustersOfFormsLinkedInTheDriver() {
    Dataset<Row> inSpark = QuoteClusters.assign(SpeakerIds.assign(found, 0), 0);
    assertEquals(clusterIds(quotes), clusterIds(inSpark));
  }

  private static List<String> clusterIds(Dataset<Row> identified) {
    return identified.select("doc_id", "begin", "cluster_id", "relation", "word_edits").orderBy("doc_id", "begin")
        .collectAsList().stream().map(Row::toString).toList();
  }

  private static List<String> speakerIds(Dataset<Row> identified) {
    return identified.select("doc_id", "begin", SpeakerIds.CANONICAL, "speaker_id").orderBy("doc_id", "begin")
        .collectAsList().stream().map(Row::toString).toList();
  }

  @Test
  void speakersTableCountsQuotationsDocumentsAndSources() {
    Map<String, Row> byName = Quotes.speakers(quotes).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(1), r -> r));
    assertEquals(3, byName.size(), () -> "speakers: " + byName.keySet());
    Row lavrov = byName.containsKey("Sergey Lavrov") ? byName.get("Sergey Lavrov") : byName.get("Sergei Lavrov");
    assertEquals(List.of("Sergei Lavrov", "Sergey Lavrov"), lavrov.getList(2));
    assertEquals(2, lavrov.getInt(3));
    assertEquals(2, lavrov.getInt(4));
    assertEquals(List.of("AFP", "EFE"), lavrov.getList(5));
  }

  @Test
  void theSameQuotationInTwoOutletsIsOneClusterWithItsLongestFormAndFirstDate() {
    Row a = quoteOf("a");
    Row b = quoteOf("b");
    assertEquals(a.getString(a.fieldIndex("cluster_id")), b.getString(b.fieldIndex("cluster_id")));
    List<Row> clusters = Quotes.clusters(quotes).collectAsList();
    assertEquals(3, clusters.size());
    Row shared = clusters.stream().filter(r -> r.getInt(2) == 2).findFirst().orElseThrow();
    assertEquals(b.getString(b.fieldIndex("text")), shared.getString(1));
    assertEquals(2, shared.getInt(3));
    assertEquals(LocalDateTime.of(2022, 1, 20, 0, 0), shared.get(4));
    assertEquals(a.getString(a.fieldIndex("speaker_id")), shared.getString(5));
  }

  @Test
  void idsAreDeterministic() {
    Dataset<Row> again = Quotes.identified(found(TestDocuments.of(article("a", "EFE", null, A),
        article("b", "AFP", null, B), article("c", "AP", null, C), article("d", "AP", null, D))));
    List<String> first = quotes.select("quote_id", "speaker_id", "cluster_id").orderBy("quote_id").collectAsList()
        .stream().map(Row::toString).toList();
    List<String> second = again.select("quote_id", "speaker_id", "cluster_id").orderBy("quote_id").collectAsList()
        .stream().map(Row::toString).toList();
    assertEquals(first, second);
    assertTrue(quotes.schema().fieldNames().length >= QuotesTable.SCHEMA.fieldNames().length);
  }

  @Test
  void aDocumentOnWhichARuleThrowsIsLeftOutCountedAndNamedAndTheOthersKeepTheirQuotations() {
    Dataset<Row> documents = TestDocuments.of(article("c", "AP", null, C), article("d", "AP", null, D));
    RuleFailures failures = RuleFailures.register(documents.sparkSession());
    Quotes.Extraction failsOn1968 = text -> {
      if (text.contains("1968")) {
        throw new IllegalStateException("a rule's bug");
      }
      return DocumentQuotes.find(text);
    };

    List<Row> rows = Quotes.found(documents, failures, failsOn1968).select("doc_id", "speaker").collectAsList();

    assertEquals(List.of("[c,Boris Johnson]"), rows.stream().map(Row::toString).toList());
    String warning = failures.warning();
    assertTrue(warning.contains("failed on 1 document") && warning.contains("d (java.lang.IllegalStateException: "
        + "a rule's bug)"), warning);
    assertNull(RuleFailures.register(documents.sparkSession()).warning());
  }
}
