package org.wiretrace.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import org.wiretrace.OutputLayout;
import org.wiretrace.TestSpark;
import org.wiretrace.cli.Main;

/**
 * Every stage, run twice on the seeds, gives the same tables: the second run splits the input
 * and the shuffles differently, as a cluster or a re-run task would, so partition-dependent ids or values show up.
 */
class DeterminismTest {
  @TempDir
  Path dir;

  @Test
  void twoRunsWithDifferentPartitioningWriteTheSameTables() throws Exception {
    String first = dir.resolve("first").toString();
    String second = dir.resolve("second").toString();
    assertEquals(0, Main.execute("run", "--input", "../seeds", "--output", first));
    RuntimeConfig conf = TestSpark.session().conf();
    Map<String, String> changed = Map.of(
        "spark.sql.shuffle.partitions", "7",
        "spark.sql.files.maxPartitionBytes", "2048",
        "spark.sql.files.openCostInBytes", "0");
    Map<String, String> saved = new HashMap<>();
    changed.keySet().forEach(key -> saved.put(key, conf.get(key)));
    try {
      changed.forEach(conf::set);
      assertEquals(0, Main.execute("run", "--input", "../seeds", "--output", second));
    } finally {
      saved.forEach(conf::set);
    }
    List<String> tables = new OutputLayout(TestSpark.session(), first).tables();
    // Every table the run wrote (all stages: new ones are covered as they are added) is compared.
    List<String> written = new ArrayList<>();
    new ObjectMapper().readTree(Path.of(first, OutputLayout.MANIFEST).toFile()).get("tables").fieldNames()
        .forEachRemaining(written::add);
    written.sort(null);
    assertEquals(written, tables);
    assertEquals(List.of(), OutputDiff.differences(TestSpark.session(), first, second));
  }

  /**
   * JSON Lines records are numbered by their line in the file (TabularReader): the numbers, and the ids made from
   * them, must not change when each file is read in several splits, as on a cluster or by a re-run task.
   */
  @Test
  void jsonLinesKeepTheirRecordNumbersWhenFilesAreSplit() throws Exception {
    Path input = java.nio.file.Files.createDirectories(dir.resolve("jsonl"));
    for (String file : List.of("a", "b")) {
      StringBuilder lines = new StringBuilder();
      for (int line = 1; line <= 60; line++) {
        lines.append("{\"title\":\"").append(file).append(line).append("\",\"text\":\"Article ").append(line)
            .append(" of file ").append(file).append(" says that the council met on Monday to vote.\"}\n");
      }
      java.nio.file.Files.writeString(input.resolve(file + ".jsonl"), lines);
    }
    String whole = dir.resolve("whole").toString();
    String split = dir.resolve("split").toString();
    assertEquals(0, Main.execute("run", "--input", input.toString(), "--format", "jsonl", "--stages", "ingest",
        "--output", whole));
    RuntimeConfig conf = TestSpark.session().conf();
    String saved = conf.get("spark.sql.files.maxPartitionBytes");
    try {
      conf.set("spark.sql.files.maxPartitionBytes", "1024"); // about 10 lines a split: 6 splits a file
      assertEquals(0, Main.execute("run", "--input", input.toString(), "--format", "jsonl", "--stages", "ingest",
          "--output", split));
    } finally {
      conf.set("spark.sql.files.maxPartitionBytes", saved);
    }
    assertEquals(List.of(), OutputDiff.differences(TestSpark.session(), whole, split));
    // The record number is the line number, which the title carries.
    long wrong = TestSpark.session().read().parquet(split + "/documents")
        .filter("cast(substring(title, 2) AS INT) != record").count();
    assertEquals(0, wrong);
    assertEquals(120, TestSpark.session().read().parquet(split + "/documents").count());
  }

  @Test
  void aMissingRowIsReported() {
    String full = dir.resolve("full").toString();
    String cut = dir.resolve("cut").toString();
    var spark = TestSpark.session();
    var rows = spark.createDataFrame(List.of(RowFactory.create("a", 1),
        RowFactory.create("a", 1), RowFactory.create("b", 2)),
        new StructType().add("k", "string").add("v", "int"));
    rows.write().parquet(full + "/t");
    // One of the two equal rows gone: a set comparison would miss it, EXCEPT ALL does not.
    rows.limit(0).union(rows.filter("k = 'a'").limit(1)).union(rows.filter("k = 'b'")).write().parquet(cut + "/t");
    List<String> differences = OutputDiff.differences(spark, full, cut);
    assertEquals("t: 1 rows not in " + cut + ", e.g.:", differences.get(0));
    assertEquals("  {\"k\":\"a\",\"v\":1}", differences.get(1));
    assertEquals(2, differences.size());
  }
}
