package org.wiretrace;

import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wiretrace sql}: every table under the output root becomes a view of the same name. */
@Command(name = "sql", mixinStandardHelpOptions = true, description = "Query the tables of a run with Spark SQL.")
final class SqlCommand implements Callable<Integer> {

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
      description = "Output root of a run (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
      description = "Print at most N rows (default: ${DEFAULT-VALUE}).")
  int maxRows;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Parameters(paramLabel = "QUERY", description = "A Spark SQL query, e.g. \"SELECT source, count(*) FROM documents GROUP BY source\".")
  String query;

  @Override
  public Integer call() {
    SparkSession spark = Main.session(master);
    OutputLayout layout = new OutputLayout(spark, output);
    if (layout.tables().isEmpty()) {
      throw new UsageError("no tables under " + output + ": run 'wiretrace run --output " + output + "' first");
    }
    for (String table : layout.tables()) {
      spark.read().parquet(layout.tablePath(table)).createOrReplaceTempView(table);
    }
    try {
      spark.sql(query).show(maxRows, 80);
    } catch (Exception e) {
      // Scala throws AnalysisException (and ParseException) without declaring them: test the type instead.
      if (e instanceof AnalysisException) {
        throw new UsageError("bad query: " + e.getMessage().lines().findFirst().orElse(""));
      }
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
    return 0;
  }
}
