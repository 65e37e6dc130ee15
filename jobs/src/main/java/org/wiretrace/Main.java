package org.wiretrace;

import java.io.PrintWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.report.ReportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code wiretrace run …}, {@code wiretrace sql …} and {@code wiretrace report …}. Exit codes: 0 done,
 * 1 failed, 2 usage.
 */
@Command(name = "wiretrace", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "How news outlets cover the same story: term statistics, source overlap and quote attribution.",
    subcommands = {RunCommand.class, SqlCommand.class, ReportCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    int code = execute(args);
    SparkSession.getActiveSession().foreach(session -> {
      session.stop();
      return null;
    });
    System.exit(code);
  }

  /** Runs one command line without exiting the JVM (used by tests). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((error, rejected) -> usage(error.getCommandLine().getErr(), error.getMessage()));
    cli.setExecutionExceptionHandler((error, command, parsed) -> {
      if (error instanceof UsageError) {
        return usage(command.getErr(), error.getMessage());
      }
      throw error;
    });
    return cli.execute(args);
  }

  private static int usage(PrintWriter err, String message) {
    err.println("wiretrace: " + message + " (see 'wiretrace --help')");
    err.flush();
    return 2;
  }

  @Override
  public void run() {
    throw new UsageError("name a command: run, sql, report");
  }

  /**
   * The session for a command. spark-submit sets {@code spark.master}; without it (a plain JVM) the job runs in
   * local mode bound to loopback. An explicit {@code --master} wins over both.
   */
  public static SparkSession session(String master) {
    SparkConf conf = new SparkConf();
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
      // 200 shuffle partitions (the cluster default) make every local shuffle pay for 200 tiny tasks.
      conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(4 * Runtime.getRuntime().availableProcessors()));
    }
    return SparkSession.builder().appName("wiretrace").config(conf).getOrCreate();
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"wiretrace " + Version.VERSION};
    }
  }
}
