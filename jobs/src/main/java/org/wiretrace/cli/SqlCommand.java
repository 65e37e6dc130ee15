package org.wiretrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.OutputLayout;
import org.wiretrace.UsageError;
import org.wiretrace.report.TextTable;
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

  @Option(names = "--width", paramLabel = "N", defaultValue = "60",
      description = "Cut longer values to N characters (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE",
      description = "Read the queries from FILE; several queries are separated by a ';' that ends a line.")
  Path file;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Parameters(paramLabel = "QUERY", arity = "0..1",
      description = "A Spark SQL query, e.g. \"SELECT source, count(*) FROM documents GROUP BY source\".")
  String query;

  @Override
  public Integer call() {
    List<String> queries = queries();
    if (maxRows < 1 || width < 4) {
      throw new UsageError("--max-rows must be at least 1 and --width at least 4");
    }
    SparkSession spark = Sessions.create(master);
    OutputLayout layout = new OutputLayout(spark, output);
    layout.rollBackCutCommit();
    if (layout.tables().isEmpty()) {
      throw new UsageError("no tables under " + output + ": run 'wiretrace run --output " + output + "' first");
    }
    for (String table : layout.tables()) {
      spark.read().parquet(layout.tablePath(table)).createOrReplaceTempView(table);
    }
    for (String sql : queries) {
      System.out.print(run(spark, sql));
    }
    return 0;
  }

  /** The query given on the command line, or those in the file: exactly one of the two. */
  private List<String> queries() {
    if ((query == null) == (file == null)) {
      throw new UsageError("give a QUERY or -f FILE (one of the two)");
    }
    if (file == null) {
      return List.of(query);
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<String> queries = Arrays.stream(text.split(";[ \\t]*(\\r?\\n|$)")).map(String::strip)
          .filter(sql -> !sql.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))).toList();
      if (queries.isEmpty()) {
        throw new UsageError("no query in " + file);
      }
      return queries;
    } catch (IOException e) {
      throw new UsageError("cannot read " + file + ": " + e.getMessage());
    }
  }

  private String run(SparkSession spark, String sql) {
    try {
      Dataset<Row> result = spark.sql(sql);
      List<Row> rows = result.limit(maxRows + 1).collectAsList();
      boolean more = rows.size() > maxRows;
      return TextTable.render(Arrays.asList(result.columns()), more ? rows.subList(0, maxRows) : rows, width, more);
    } catch (Exception e) {
      // Scala throws AnalysisException (and ParseException) without declaring them: test the type instead.
      if (e instanceof AnalysisException) {
        throw new UsageError("bad query: " + e.getMessage().lines().findFirst().orElse(""));
      }
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
  }
}
