package org.wiretrace.tools.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.Main;
import org.wiretrace.Pipeline;
import org.wiretrace.RunConfig;
import org.wiretrace.ingest.ColumnMapping;
import org.wiretrace.ingest.InputFormat;
import org.wiretrace.overlap.OverlapOptions;
import org.wiretrace.terms.TermsOptions;

/**
 * A stage's seconds once Spark is up: {@code WarmStage OUTPUT STAGE RUNS} runs one stage (not ingest) RUNS times in
 * one JVM on the tables already in OUTPUT, with the session {@code wiretrace run} uses, and prints each run's
 * seconds. The first run pays for the JVM compiling Spark's and the stage's code; the later ones are the stage's own
 * cost.
 */
public final class WarmStage {
  private WarmStage() {}

  public static void main(String[] args) {
    if (args.length != 3 || args[1].equals("ingest")) {
      System.err.println("usage: WarmStage OUTPUT STAGE RUNS (a stage that reads tables: terms, overlap, quotes)");
      System.exit(2);
    }
    SparkSession spark = Main.session(null);
    RunConfig config = new RunConfig(List.of(), args[0], InputFormat.AUTO, List.of(args[1]),
        new ColumnMapping(null, null, null, null, null, null), new TermsOptions(), new OverlapOptions());
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    for (int run = 1; run <= Integer.parseInt(args[2]); run++) {
      Map<String, Object> manifest = Pipeline.run(spark, config, quiet);
      Object seconds = ((Map<?, ?>) manifest.get("stage_seconds")).get(args[1]);
      System.out.printf("%s\t%d\t%s%n", args[1], run, seconds);
    }
    spark.stop();
  }
}
