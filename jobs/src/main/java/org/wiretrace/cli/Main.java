package org.wiretrace.cli;

import java.io.PrintWriter;
import org.apache.logging.log4j.LogManager;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.UsageError;
import org.wiretrace.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code wiretrace run …}, {@code wiretrace sql …} and {@code wiretrace report …}. It parses the
 * command line and dispatches; exit codes are set here only: 0 done, 1 failed, 2 usage.
 */
@Command(name = "wiretrace", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "How news outlets cover the same story: term statistics, source overlap and quote attribution.",
    subcommands = {RunCommand.class, SqlCommand.class, ReportCommand.class})
public final class Main implements Runnable {
  /** The log file scripts/wiretrace gives Spark's logging (log4j2.properties reads the same property). */
  static final String LOG_PROPERTY = "wiretrace.log";

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
      return failed(command.getErr(), error);
    });
    return cli.execute(args);
  }

  /** A failed job: one line on the terminal, the whole story in the log. */
  private static int failed(PrintWriter err, Exception error) {
    LogManager.getLogger(Main.class).error("wiretrace failed", error);
    String log = System.getProperty(LOG_PROPERTY);
    String first = String.valueOf(error.getMessage()).lines().findFirst().orElse(error.getClass().getName());
    err.println("wiretrace: failed: " + first
        + (log == null ? "" : " (details in " + log + ")"));
    err.flush();
    return 1;
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

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"wiretrace " + Version.VERSION};
    }
  }
}
