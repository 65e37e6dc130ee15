package org.wiretrace.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.TestSpark;

/** Recall of planted ground truth against fabricated tables; the expected counts are worked out by hand below. */
class PlantedRecallTest {
  @TempDir
  Path dir;

  private static final StructType QUOTES = new StructType()
      .add("doc_id", DataTypes.StringType).add("begin", DataTypes.IntegerType).add("end", DataTypes.IntegerType)
      .add("speaker", DataTypes.StringType);
  private static final StructType PAIRS = new StructType()
      .add("doc_a", DataTypes.StringType).add("doc_b", DataTypes.StringType);
  private static final StructType PASSAGES = new StructType()
      .add("doc_a", DataTypes.StringType).add("a_begin", DataTypes.IntegerType).add("a_end", DataTypes.IntegerType)
      .add("doc_b", DataTypes.StringType).add("b_begin", DataTypes.IntegerType).add("b_end", DataTypes.IntegerType);

  private Map<String, String> measure(boolean withOverlapTables) throws IOException {
    Path truth = Files.createDirectories(dir.resolve("truth"));
    Files.writeString(truth.resolve("quotes.jsonl"), String.join("\n",
        "{\"doc_id\":\"x\",\"begin\":10,\"end\":50,\"speaker\":\"Ana Bell\"}",
        "{\"doc_id\":\"x\",\"begin\":100,\"end\":140,\"speaker\":\"Carl Dunn\"}",
        "{\"doc_id\":\"y\",\"begin\":0,\"end\":40,\"speaker\":\"Ana Bell\"}") + "\n");
    Files.writeString(truth.resolve("reuse.jsonl"), String.join("\n",
        "{\"doc_a\":\"d2\",\"a_begin\":0,\"a_end\":20,\"doc_b\":\"d1\",\"b_begin\":10,\"b_end\":30}",
        "{\"doc_a\":\"d3\",\"a_begin\":0,\"a_end\":100,\"doc_b\":\"d4\",\"b_begin\":0,\"b_end\":100}") + "\n");
    String output = dir.resolve("output").toString();
    TestSpark.rows(QUOTES,
        new Object[] {"x", 10, 50, "Ana Bell"},    // planted 1 exactly, right speaker
        new Object[] {"x", 102, 140, "Eve Fox"},   // planted 2: overlap 38 of union 40 = 0.95, wrong speaker
        new Object[] {"y", 0, 20, "Ana Bell"},     // planted 3: overlap 20 of union 40 = 0.5, too little
        new Object[] {"z", 0, 40, "Ana Bell"})     // nothing planted in z
        .write().parquet(output + "/quotes");
    if (withOverlapTables) {
      // Pair (d1, d2) found, (d3, d4) not; the copy d1 sorts first, so it is the passage's doc_a: its range
      // [12, 28) covers 16 of the planted 20 code points. The passage of (d3, d4) covers 40 of 100 in the copy d4.
      TestSpark.rows(PAIRS, new Object[] {"d1", "d2"}).write().parquet(output + "/doc_pairs");
      TestSpark.rows(PASSAGES, new Object[] {"d1", 12, 28, "d2", 2, 18}, new Object[] {"d3", 0, 40, "d4", 0, 40})
          .write().parquet(output + "/passages");
    }
    return PlantedRecall.measure(TestSpark.session(), output, truth.toString()).stream()
        .collect(Collectors.toMap(PlantedRecall.Measure::name, PlantedRecall.Measure::toString));
  }

  @Test
  void countsWhatTheTablesFoundOfWhatWasPlanted() throws IOException {
    Map<String, String> measures = measure(true);
    assertEquals("quotes\t0.667\t2\t3", measures.get("quotes"));
    assertEquals("quotes_speaker\t0.333\t1\t3", measures.get("quotes_speaker"));
    assertEquals("doc_pairs\t0.500\t1\t2", measures.get("doc_pairs"));
    assertEquals("passages\t0.500\t1\t2", measures.get("passages"));
  }

  @Test
  void aMissingTableIsNotApplicable() throws IOException {
    Map<String, String> measures = measure(false);
    assertEquals(List.of("doc_pairs\tn/a\t\t2", "passages\tn/a\t\t2"),
        List.of(measures.get("doc_pairs"), measures.get("passages")));
  }
}
