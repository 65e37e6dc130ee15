package org.wiretrace.report;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.TestSpark;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.ingest.RejectsTable;
import org.wiretrace.overlap.DocPairsTable;
import org.wiretrace.overlap.PassagesTable;
import org.wiretrace.overlap.SourceOverlapTable;
import org.wiretrace.quotes.QuoteClustersTable;
import org.wiretrace.quotes.QuotesTable;
import org.wiretrace.quotes.SpeakersTable;
import org.wiretrace.terms.CollocationsTable;
import org.wiretrace.terms.SourceTermsTable;

/**
 * Every table a report reads, small and hostile: outlet names, titles, terms and quotations carry markup, quotes and
 * ampersands. The terms and overlap tables follow the contracts in the briefing (their stages land separately).
 */
final class ReportFixtures {
  static final String OUTLET_A = "Agence <b>A</b>";
  static final String OUTLET_B = "AT&T \"Wire\" <script>alert('b')</script>";
  static final String HOSTILE_TITLE = "<script>alert(\"t\")</script> & 'Geneva' </svg><img src=x onerror=alert(1)>";
  static final String HOSTILE_QUOTE = "Russia fears \"no one\" <img src=x onerror=alert(2)> & nobody";
  static final String HOSTILE_TERM = "</text></svg><script>alert(3)</script>";
  /** An emoji (two UTF-16 units, one code point) before the passage: offsets count code points. */
  static final String TEXT_1 = "😀 Intro. Russia fears no one, said the minister.";
  static final String TEXT_2 = "Earlier: Russia fears no one, said the minister. End.";
  static final String TEXT_3 = "A senior official said the talks were frank.";
  static final String PASSAGE = "Russia fears no one";

  static final StructType SOURCE_TERMS = new StructType().add("source", StringType).add("term", StringType)
      .add("count", LongType).add("z", DoubleType);
  static final StructType COLLOCATIONS = new StructType().add("ngram", StringType).add("count", LongType)
      .add("pmi", DoubleType).add("llr", DoubleType).add("t", DoubleType);
  static final StructType SOURCE_OVERLAP = new StructType().add("source_a", StringType).add("source_b", StringType)
      .add("docs_a", LongType).add("pairs", LongType).add("share_a_in_b", DoubleType).add("a_first", LongType);
  static final StructType PASSAGES = new StructType().add("doc_a", StringType).add("a_begin", IntegerType)
      .add("a_end", IntegerType).add("doc_b", StringType).add("b_begin", IntegerType).add("b_end", IntegerType)
      .add("n_words", IntegerType).add("text", StringType);
  static final StructType DOC_PAIRS = new StructType().add("doc_a", StringType).add("doc_b", StringType)
      .add("shared", IntegerType).add("jaccard", DoubleType).add("containment_a", DoubleType)
      .add("containment_b", DoubleType).add("cosine", DoubleType).add("origin", StringType)
      .add("cluster_id", StringType);

  private ReportFixtures() {}

  /** Every table, by name. */
  static Map<String, Dataset<Row>> all() {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(DocumentsTable.NAME, TestSpark.rows(DocumentsTable.SCHEMA,
        doc("d1", OUTLET_A, HOSTILE_TITLE, LocalDateTime.of(2022, 1, 20, 0, 0), TEXT_1),
        doc("d2", OUTLET_B, "Second", LocalDateTime.of(2022, 1, 22, 9, 30), TEXT_2),
        doc("d3", OUTLET_A, "Third", null, TEXT_3),
        doc("d4", null, "Fourth", LocalDateTime.of(2022, 1, 22, 0, 0), TEXT_3)));
    tables.put(RejectsTable.NAME, TestSpark.rows(RejectsTable.SCHEMA,
        new Object[] {"file:/c/x.bin", null, RejectsTable.BINARY, "<b>bytes</b>"},
        new Object[] {"file:/c/y.bin", null, RejectsTable.BINARY, null},
        new Object[] {"file:/c/z.txt", null, RejectsTable.EMPTY, null}));
    tables.put(SourceTermsTable.NAME, TestSpark.rows(SOURCE_TERMS,
        new Object[] {OUTLET_A, "geneva", 9L, 4.0}, new Object[] {OUTLET_A, "lavrov", 7L, 3.5},
        new Object[] {OUTLET_A, HOSTILE_TERM, 1L, 3.0}, new Object[] {OUTLET_A, "talk", 5L, 2.5},
        new Object[] {OUTLET_A, "nato", 5L, 2.0}, new Object[] {OUTLET_A, "ukrain", 4L, 1.5},
        new Object[] {OUTLET_A, "russia", 4L, 1.0}, new Object[] {OUTLET_A, "blinken", 3L, 0.5},
        new Object[] {OUTLET_A, "minist", 3L, 0.2}, new Object[] {OUTLET_A, "said", 30L, -1.0},
        new Object[] {OUTLET_B, "frank", 2L, 2.0}, new Object[] {OUTLET_B, "said", 3L, 0.1},
        new Object[] {null, "orphan", 50L, 9.0}));
    tables.put(CollocationsTable.NAME, TestSpark.rows(COLLOCATIONS,
        new Object[] {"foreign minister", 12L, 5.1, 80.5, 3.4}, new Object[] {"sergey lavrov", 9L, 7.2, 95.25, 3.0},
        new Object[] {"said & <done>", 2L, 0.5, 1.0, 0.7}));
    tables.put(SourceOverlapTable.NAME, TestSpark.rows(SOURCE_OVERLAP,
        new Object[] {OUTLET_A, OUTLET_B, 2L, 1L, 0.5, 1L}, new Object[] {OUTLET_B, OUTLET_A, 1L, 1L, 1.0, 0L}));
    int begin = TEXT_1.codePointCount(0, TEXT_1.indexOf(PASSAGE));
    int bBegin = TEXT_2.indexOf(PASSAGE);
    tables.put(PassagesTable.NAME, TestSpark.rows(PASSAGES,
        new Object[] {"d1", begin, begin + PASSAGE.length(), "d2", bBegin, bBegin + PASSAGE.length(), 4, PASSAGE}));
    tables.put(DocPairsTable.NAME, TestSpark.rows(DOC_PAIRS,
        new Object[] {"d1", "d2", 8, 0.6, 0.8, 0.7, 0.75, "a", "c1"},
        new Object[] {"d1", "d3", 1, 0.05, 0.1, 0.1, 0.1, null, null}));
    tables.put(QuotesTable.NAME, TestSpark.rows(QuotesTable.SCHEMA,
        quote("q1", "d1", "person", "s1"), quote("q2", "d2", "person", "s1"), quote("q3", "d3", "anonymous", "s2"),
        quote("q4", "d3", "person", "s1"), quote("q5", "d1", "unknown", null), quote("q6", "d4", "anonymous", "s2")));
    tables.put(SpeakersTable.NAME, TestSpark.rows(SpeakersTable.SCHEMA,
        new Object[] {"s2", "senior official", seq("senior official"), 2, 2, seq(OUTLET_A)},
        new Object[] {"s1", "Sergey <Lavrov>", seq("Lavrov", "Sergey <Lavrov>"), 3, 3, seq(OUTLET_A, OUTLET_B)}));
    tables.put(QuoteClustersTable.NAME, TestSpark.rows(QuoteClustersTable.SCHEMA,
        new Object[] {"k1", HOSTILE_QUOTE, 2, 2, LocalDateTime.of(2022, 1, 20, 0, 0), "s1"},
        new Object[] {"k2", "the talks were frank", 1, 1, null, "s2"}));
    return tables;
  }

  /** Only the tables already on main (ingest and quotes). */
  static Map<String, Dataset<Row>> withoutTermsAndOverlap() {
    Map<String, Dataset<Row>> tables = all();
    List.of(SourceTermsTable.NAME, CollocationsTable.NAME, SourceOverlapTable.NAME,
        PassagesTable.NAME, DocPairsTable.NAME).forEach(tables::remove);
    return tables;
  }

  private static Object[] doc(String id, String source, String title, LocalDateTime published, String text) {
    return new Object[] {id, "file:/c/" + id + ".txt", null, source, null, title, published, null, text,
        text.codePointCount(0, text.length()), 8, "en"};
  }

  static Object[] quote(String id, String doc, String type, String speakerId) {
    return new Object[] {id, doc, 0, 5, "words", "direct", "said", 6, 10, null, null, null,
        speakerId == null ? null : "someone", speakerId, type, null, speakerId == null ? "none" : "cue",
        speakerId == null ? 0.5 : 0.9, "k-" + id};
  }

  private static List<String> seq(String... values) {
    return List.of(values);
  }
}
