package org.wiretrace.tools.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.tools.ToolSpark;

/**
 * The floor of the benchmarks: the least any stage must do, a bare Spark read of the corpus and a word split of its
 * text, summed so that nothing is written. {@code Floor FORMAT INPUT...} (jsonl: the {@code text} field of JSON
 * Lines; reuters: each SGML file whole) prints the seconds (after Spark started) and the number of words.
 */
public final class Floor {
  private Floor() {}

  static Dataset<Row> texts(SparkSession spark, String format, String... inputs) {
    return switch (format) {
      case "jsonl" -> spark.read().json(inputs).select(col("text"));
      case "reuters" -> spark.read().option("wholetext", true).text(inputs).select(col("value").as("text"));
      default -> throw new IllegalArgumentException("floor format must be jsonl or reuters, not " + format);
    };
  }

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: Floor jsonl|reuters INPUT...");
      System.exit(2);
    }
    SparkSession spark = ToolSpark.session("wiretrace-bench");
    long t0 = System.nanoTime();
    Row words = texts(spark, args[0], Arrays.copyOfRange(args, 1, args.length))
        .select(sum(size(split(lower(col("text")), "[^\\p{L}\\p{N}]+"))))
        .first();
    System.out.printf("floor\t%.1f\t%d%n", (System.nanoTime() - t0) / 1e9, words.getLong(0));
    spark.stop();
  }
}
