package org.wiretrace;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** What a stage sees of a run: the session, the options, and the tables by name. */
public final class StageContext {
  private final SparkSession spark;
  private final RunConfig config;
  private final OutputLayout layout;
  private final Map<String, Long> written = new LinkedHashMap<>();

  StageContext(SparkSession spark, RunConfig config, OutputLayout layout) {
    this.spark = spark;
    this.config = config;
    this.layout = layout;
  }

  public SparkSession spark() {
    return spark;
  }

  public RunConfig config() {
    return config;
  }

  /** A table written earlier in this run, else the one in the output of a previous run. */
  public Dataset<Row> table(String name) {
    return spark.read().parquet(layout.readPath(name));
  }

  /** Whether a table was written earlier in this run or by a previous run (for tables a stage can do without). */
  public boolean hasTable(String name) {
    return layout.hasTable(name);
  }

  /** Writes a table to the run's staging area and returns its row count (read back from Parquet metadata). */
  public long write(String name, Dataset<Row> rows) {
    String path = layout.stagingPath(name);
    rows.write().mode("overwrite").parquet(path);
    long count = spark.read().parquet(path).count();
    written.put(name, count);
    return count;
  }

  /** Row counts of the tables written so far, by name. */
  Map<String, Long> written() {
    return written;
  }
}
