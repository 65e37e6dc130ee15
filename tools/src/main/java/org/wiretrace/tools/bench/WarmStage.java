package org.wiretrace.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.OutputLayout;
import org.wiretrace.cli.Main;

/**
 * A stage's seconds once Spark is up: {@code WarmStage OUTPUT STAGE RUNS} runs one stage (not ingest) RUNS times in
 * one JVM on the tables already in OUTPUT, through the same command line as {@code wiretrace run}, and prints each
 * run's seconds (from the manifest). The first run pays for the JVM compiling Spark's and the stage's code; the later
 * ones are the stage's own cost.
 */
public final class WarmStage {
  private WarmStage() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || args[1].equals("ingest")) {
      System.err.println("usage: WarmStage OUTPUT STAGE RUNS (a stage that reads tables: terms, overlap, quotes)");
      System.exit(2);
    }
    PrintStream out = System.out;
    for (int run = 1; run <= Integer.parseInt(args[2]); run++) {
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      int code = Main.execute("run", "--output", args[0], "--stages", args[1]);
      System.setOut(out);
      if (code != 0) {
        System.exit(code);
      }
      Object seconds = new ObjectMapper().readTree(Path.of(args[0], OutputLayout.MANIFEST).toFile())
          .at("/stage_seconds/" + args[1]);
      System.out.printf("%s\t%d\t%s%n", args[1], run, seconds);
    }
    SparkSession.active().stop();
  }
}
