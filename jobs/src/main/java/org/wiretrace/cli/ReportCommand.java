package org.wiretrace.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.OutputLayout;
import org.wiretrace.UsageError;
import org.wiretrace.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wiretrace report}: an HTML report of a run's tables, written to OUTPUT/report/index.html. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write an offline HTML report with charts of a run's tables to OUTPUT/report/index.html.")
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
      description = "Output root of a run (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "Rows per list and outlets per chart; charts of outlets show up to 2N (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new UsageError("--top must be at least 1");
    }
    SparkSession spark = Sessions.create(master);
    OutputLayout layout = new OutputLayout(spark, output);
    layout.rollBackCutCommit();
    if (layout.tables().isEmpty()) {
      throw new UsageError("no tables under " + output + ": run 'wiretrace run --output " + output + "' first");
    }
    System.out.println("wiretrace: report written to " + Report.write(spark, output, top));
    return 0;
  }
}
