package org.wiretrace.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.OutputLayout;

/** The tables a report can draw on, by name; a section shows only what is there. */
record ReportTables(Map<String, Dataset<Row>> byName) {

  /** Every committed table of a run (reading Parquet here only reads schemas). */
  static ReportTables of(SparkSession spark, OutputLayout layout) {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    for (String name : layout.tables()) {
      tables.put(name, spark.read().parquet(layout.tablePath(name)));
    }
    return new ReportTables(tables);
  }

  boolean has(String name) {
    return byName.containsKey(name);
  }

  Dataset<Row> get(String name) {
    Dataset<Row> table = byName.get(name);
    if (table == null) {
      throw new IllegalArgumentException("no table " + name);
    }
    return table;
  }
}
