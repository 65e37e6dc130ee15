package org.wiretrace;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * What one stage sees of a run: the session and the tables by name. It records which tables the stage reads, so that
 * every table it writes carries its lineage: a fingerprint of its own content and those of the tables it was computed
 * from. Each stage has its own context, so stages that do not read each other's tables can run at once.
 */
public final class StageContext {
  private final SparkSession spark;
  private final OutputLayout layout;
  private final Manifest previous;
  private final String run;
  private final String stage;
  /** Tables written by the stages before this one in the run (null for a table none of them writes). */
  private final Function<String, Written> earlier;
  /** Told of each table as soon as it is written, so that stages waiting for it can go on. */
  private final BiConsumer<String, Written> published;
  private final Map<String, Written> written = new LinkedHashMap<>();
  private final Map<String, String> reads = new TreeMap<>();
  private final List<String> warnings = new ArrayList<>();

  /**
   * A table and the schema it was written with in this run (reading it back needs no Spark job to infer it from the
   * files); null schema for a table of a previous run.
   */
  record Written(Manifest.Table table, StructType schema) {}

  /**
   * A context for {@code stage}; {@code earlier} gives the tables written by the stages before it in the run, waiting
   * for one that a stage still running will write; {@code published} is told of each table this stage writes.
   */
  StageContext(SparkSession spark, OutputLayout layout, Manifest previous, String run, String stage,
      Function<String, Written> earlier, BiConsumer<String, Written> published) {
    this.spark = spark;
    this.layout = layout;
    this.previous = previous;
    this.run = run;
    this.stage = stage;
    this.earlier = earlier;
    this.published = published;
  }

  public SparkSession spark() {
    return spark;
  }

  /**
   * A table written earlier in this run (once the stage writing it is done), else the current one of a previous run.
   */
  public Dataset<Row> table(String name) {
    Written table = current(name);
    if (table == null) {
      throw new IllegalStateException("no current table " + name + " (the pipeline checks a stage's needs first)");
    }
    reads.put(name, table.table().lineage());
    StructType schema = table.schema();
    return (schema == null ? spark.read() : spark.read().schema(schema)).parquet(layout.readPath(name));
  }

  /** The rows of a current table (from its manifest entry: no pass over the data). */
  public long rows(String name) {
    Written table = current(name);
    if (table == null) {
      throw new IllegalStateException("no current table " + name);
    }
    return table.table().rows();
  }

  /** Whether a current table is there, written earlier in this run or by a previous run of the same lineage. */
  public boolean hasTable(String name) {
    return current(name) != null;
  }

  private Written current(String name) {
    Written table = written.containsKey(name) ? written.get(name) : earlier.apply(name);
    if (table == null && previous.isCurrent(name) && layout.hasCommitted(name)) {
      table = new Written(previous.get(name), null);
    }
    return table;
  }

  /**
   * Writes a table to the run's staging area and returns its row count. The count and the content fingerprint (a
   * sum of row hashes: the same rows in any order give the same value) are observed while writing: no second job.
   */
  public long write(String name, Dataset<Row> rows) {
    spark.sparkContext().setJobDescription(stage + ": " + name);
    Observation observed = new Observation(name + "_rows");
    Column[] all = Arrays.stream(rows.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
    Column fingerprint = sum(xxhash64(all).cast("decimal(20,0)"));
    rows.observe(observed, count(lit(1)).as("rows"), fingerprint.as("fingerprint"))
        .write().mode("overwrite").parquet(layout.stagingPath(name));
    Map<String, Object> metrics;
    try {
      metrics = observed.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the rows of " + name, e);
    }
    long count = ((Number) metrics.get("rows")).longValue();
    BigDecimal sum = (BigDecimal) metrics.get("fingerprint");
    String lineage = Ids.sha16(name + ":" + count + ":" + (sum == null ? 0 : sum.toPlainString()) + ":"
        + rows.schema().json());
    Written table = new Written(new Manifest.Table(count, stage, run, lineage, new TreeMap<>(reads)), rows.schema());
    written.put(name, table);
    published.accept(name, table);
    return count;
  }

  /**
   * Tells the user of something the stage's tables lack though it finished (printed after its line, kept in the
   * manifest).
   */
  public void warn(String message) {
    warnings.add(message);
  }

  List<String> warnings() {
    return warnings;
  }

  /** The tables this stage wrote, by name, in the order it wrote them. */
  Map<String, Written> written() {
    return written;
  }
}
