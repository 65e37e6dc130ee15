package org.wiretrace.tools.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.OutputLayout;
import org.wiretrace.tools.ToolSpark;

/**
 * Compares the tables of two runs, order-independently: the same table names, the same schemas, and the same
 * multiset of rows (EXCEPT ALL both ways over each row rendered as JSON, which also covers map columns).
 * Used by the determinism test and by the cluster and fault scripts: {@code OutputDiff DIR_A DIR_B} prints the
 * differences and exits 1 when there are any.
 */
public final class OutputDiff {
  private static final int EXAMPLES = 3;

  private OutputDiff() {}

  /** What differs between the outputs under two roots; empty when every table holds the same rows. */
  public static List<String> differences(SparkSession spark, String rootA, String rootB) {
    OutputLayout a = new OutputLayout(spark, rootA);
    OutputLayout b = new OutputLayout(spark, rootB);
    List<String> out = new ArrayList<>();
    if (a.tables().isEmpty()) {
      out.add("no tables under " + rootA);
    }
    if (!a.tables().equals(b.tables())) {
      out.add("tables differ: " + a.tables() + " vs " + b.tables());
      return out;
    }
    for (String table : a.tables()) {
      Dataset<Row> left = spark.read().parquet(a.tablePath(table));
      Dataset<Row> right = spark.read().parquet(b.tablePath(table));
      if (!left.schema().equals(right.schema())) {
        out.add(table + ": schemas differ: " + left.schema().simpleString() + " vs " + right.schema().simpleString());
        continue;
      }
      out.addAll(missing(table, asJson(left), asJson(right), rootB));
      out.addAll(missing(table, asJson(right), asJson(left), rootA));
    }
    return out;
  }

  private static Dataset<Row> asJson(Dataset<Row> table) {
    Column[] columns = Arrays.stream(table.columns()).map(name -> col("`" + name + "`")).toArray(Column[]::new);
    return table.select(to_json(struct(columns)).as("row"));
  }

  private static List<String> missing(String table, Dataset<Row> rows, Dataset<Row> other, String otherRoot) {
    Dataset<Row> extra = rows.exceptAll(other);
    long n = extra.count();
    List<String> out = new ArrayList<>();
    if (n > 0) {
      out.add(table + ": " + n + " rows not in " + otherRoot + ", e.g.:");
      for (Row row : extra.takeAsList(EXAMPLES)) {
        String json = row.getString(0);
        out.add("  " + (json.length() > 300 ? json.substring(0, 300) + "…" : json));
      }
    }
    return out;
  }

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: OutputDiff OUTPUT_A OUTPUT_B");
      System.exit(2);
    }
    SparkSession spark = ToolSpark.session("wiretrace-bench");
    List<String> differences = differences(spark, args[0], args[1]);
    differences.forEach(System.out::println);
    OutputLayout layout = new OutputLayout(spark, args[0]);
    System.out.println(differences.isEmpty()
        ? "same tables " + layout.tables() + " in " + args[0] + " and " + args[1]
        : "DIFFERENT: " + args[0] + " and " + args[1]);
    spark.stop();
    System.exit(differences.isEmpty() ? 0 : 1);
  }
}
