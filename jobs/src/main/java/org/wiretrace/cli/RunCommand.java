package org.wiretrace.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.Pipeline;
import org.wiretrace.RunPlan;
import org.wiretrace.Stage;
import org.wiretrace.UsageError;
import org.wiretrace.ingest.ColumnMapping;
import org.wiretrace.ingest.Ingest;
import org.wiretrace.ingest.IngestOptions;
import org.wiretrace.ingest.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wiretrace run}: reads a corpus and writes the tables of the selected stages. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Analyse a corpus and write Parquet tables.")
final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "PATH",
      description = "File or directory to read (repeatable; default: seeds). Local paths or Hadoop URIs (s3a://…).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
      description = "Output root; each table is a Parquet directory under it (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "auto, text, jsonl, csv, parquet or reuters (default: ${DEFAULT-VALUE}).")
  InputFormat format;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: the one spark-submit gave, else local[*]).")
  String master;

  @Option(names = "--stages", split = ",", paramLabel = "LIST",
      description = "Comma list of stages to run (default: all, in order).")
  List<String> stages = new ArrayList<>();

  @Option(names = "--id-col", paramLabel = "C", description = "Column holding a unique article id.")
  String idCol;

  @Option(names = "--text-col", paramLabel = "C", description = "Column holding the article text.")
  String textCol;

  @Option(names = "--title-col", paramLabel = "C", description = "Column holding the title.")
  String titleCol;

  @Option(names = "--source-col", paramLabel = "C", description = "Column naming the outlet.")
  String sourceCol;

  @Option(names = "--source", paramLabel = "NAME",
      description = "The outlet of every article of the input (a source column still wins).")
  String source;

  @Option(names = "--source-from", paramLabel = "WHERE",
      description = "Where each article's outlet is read from: dir (the name of the folder its file is in, as in "
          + "corpus/<outlet>/*.txt; a source column still wins).")
  String sourceFrom;

  @Option(names = "--date-col", paramLabel = "C", description = "Column holding the publication date.")
  String dateCol;

  @Option(names = "--url-col", paramLabel = "C", description = "Column holding the article URL.")
  String urlCol;

  @Option(names = "--quiet", description = "No progress lines during long stages (for scripts).")
  boolean quiet;

  @Option(names = "--one-stage-at-a-time",
      description = "Run the stages one after another. By default the stages that do not need each other's tables "
          + "(terms, overlap, quotes) run at once, which is faster but holds their working data at the same time.")
  boolean oneStageAtATime;

  @Option(names = "--verbose",
      description = "Spark's warnings on the terminal too (scripts/wiretrace; they always go to the log file).")
  boolean verbose;

  @Mixin
  TermsArgs terms = new TermsArgs();

  @Mixin
  OverlapArgs overlap = new OverlapArgs();

  @Mixin
  StoriesArgs stories = new StoriesArgs();

  @Override
  public Integer call() {
    String log = System.getProperty(Main.LOG_PROPERTY);
    if (log != null) {
      System.out.println("wiretrace: Spark's log goes to " + log);
    }
    List<String> paths = inputs.isEmpty() ? List.of("seeds") : inputs;
    ColumnMapping columns = new ColumnMapping(idCol, textCol, titleCol, sourceCol, dateCol, urlCol);
    IngestOptions ingest = new IngestOptions(paths, format, columns, source, sourceFrom);
    List<Stage> all = Stages.all(ingest, terms.options(), overlap.options(), stories.options());
    List<Stage> selected = Stages.select(all, stages);
    if (selected.stream().anyMatch(stage -> stage instanceof Ingest)) {
      checkInputs(Sessions.hadoopConfiguration(master), paths);
    }
    SparkSession spark = Sessions.create(master);
    Pipeline.run(spark, new RunPlan(selected, paths, output, !quiet, !oneStageAtATime), System.out);
    return 0;
  }

  /** Inputs must exist, and the output must not lie inside one of them (a rerun would read its own tables). */
  private void checkInputs(Configuration hadoop, List<String> paths) {
    String out = qualified(hadoop, output);
    for (String input : paths) {
      String in = qualified(hadoop, input);
      if (!exists(hadoop, input)) {
        throw new UsageError("input not found: " + input);
      }
      if (out.equals(in) || out.startsWith(in + "/")) {
        throw new UsageError("the output " + output + " is inside the input " + input + ": choose another --output");
      }
    }
  }

  private static String qualified(Configuration hadoop, String path) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(hadoop).makeQualified(p).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean exists(Configuration hadoop, String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(hadoop);
      return fs.exists(p);
    } catch (IOException e) {
      throw new UsageError("cannot read input " + path + ": " + e.getMessage());
    }
  }
}
