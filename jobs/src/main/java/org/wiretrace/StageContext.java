package org.wiretrace;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** What a stage sees of a run: the session and the tables by name. */
public final class StageContext {
  private final SparkSession spark;
  private final OutputLayout layout;
  private final Map<String, Long> written = new LinkedHashMap<>();

  public StageContext(SparkSession spark, OutputLayout layout) {
    this.spark = spark;
    this.layout = layout;
  }

  public SparkSession spark() {
    return spark;
  }

  /** A table written earlier in this run, else the one in the output of a previous run. */
  public Dataset<Row> table(String name) {
    return spark.read().parquet(layout.readPath(name));
  }

  /** Whether a table was written earlier in this run or by a previous run (for tables a stage can do without). */
  public boolean hasTable(String name) {
    return layout.hasTable(name);
  }

  /**
   * Writes a table to the run's staging area and returns its row count, observed while writing (no second job).
   */
  public long write(String name, Dataset<Row> rows) {
    String path = layout.stagingPath(name);
    Observation observed = new Observation(name + "_rows");
    rows.observe(observed, count(lit(1)).as("rows")).write().mode("overwrite").parquet(path);
    long count;
    try {
      count = ((Number) observed.getAsJava().get("rows")).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the rows of " + name, e);
    }
    written.put(name, count);
    return count;
  }

  /** Row counts of the tables written so far, by name. */
  Map<String, Long> written() {
    return written;
  }
}
