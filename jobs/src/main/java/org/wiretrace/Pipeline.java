package org.wiretrace;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the selected stages in order into a staging area, then publishes their tables and the manifest. Tables of
 * earlier runs stay when they are still current (computed from the tables now in the output); those computed from a
 * table this run replaced with different content are removed, so an output never mixes lineages.
 */
public final class Pipeline {
  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private Pipeline() {}

  /** Runs the stages and returns the manifest written beside the tables (as JSON). */
  public static String run(SparkSession spark, RunPlan plan, PrintStream out) {
    List<Stage> stages = plan.stages();
    OutputLayout layout = new OutputLayout(spark, plan.output());
    layout.recover();
    Manifest previous = Manifest.parse(layout.readManifest());
    checkInputsExist(stages, previous, layout);
    Instant started = Instant.now();
    String run = RUN_ID.format(started) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
    layout.startStaging();
    Map<String, Manifest.Table> written = new LinkedHashMap<>();
    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, List<String>> warnings = new LinkedHashMap<>();
    try (Progress progress = Progress.start(spark, plan.progress() ? out : null)) {
      new StageRunner(spark, layout, previous, run, progress, out).runAll(stages, plan.concurrent())
          .forEach((stage, result) -> {
            seconds.put(stage, result.seconds());
            if (!result.warnings().isEmpty()) {
              warnings.put(stage, result.warnings());
            }
            result.written().forEach((table, w) -> written.put(table, w.table()));
          });
      Map<String, Manifest.Table> tables = new TreeMap<>();
      previous.tables().forEach((name, table) -> {
        if (previous.isCurrent(name) && layout.hasCommitted(name)) {
          tables.put(name, table);
        }
      });
      tables.putAll(written);
      Manifest next = new Manifest(tables, Set.of());
      Set<String> removed = new TreeSet<>(previous.legacy());
      removed.addAll(previous.tables().keySet());
      tables.keySet().forEach(removed::remove);
      tables.keySet().removeIf(name -> !next.isCurrent(name) && removed.add(name));
      removed.removeIf(name -> written.containsKey(name) || !layout.hasCommitted(name));
      String json = next.toJson(runInfo(plan, layout, run, seconds, warnings, started));
      layout.commit(written.keySet(), removed, json);
      if (!removed.isEmpty()) {
        out.println("removed  " + String.join(" ", removed) + " (computed from tables this run replaced)");
      }
      return json;
    } catch (RuntimeException | Error e) {
      layout.abandonStaging();
      throw e;
    }
  }

  /** A stage run alone needs current tables of the stages before it, from this run or an earlier one. */
  private static void checkInputsExist(List<Stage> stages, Manifest previous, OutputLayout layout) {
    List<String> produced = new ArrayList<>();
    for (Stage stage : stages) {
      for (String table : stage.needs()) {
        if (produced.contains(table)) {
          continue;
        }
        if (!layout.hasCommitted(table)) {
          throw new UsageError("stage " + stage.name() + " needs the table '" + table + "', which is not in "
              + layout.root() + ": run the stage that makes it too (e.g. --stages ingest," + stage.name() + ")");
        }
        if (!previous.isCurrent(table)) {
          throw new UsageError("stage " + stage.name() + " needs the table '" + table + "', but the one in "
              + layout.root() + " was not computed from the tables now there: run the stage that makes it too");
        }
      }
      produced.addAll(stage.writes());
    }
  }

  private static Map<String, Object> runInfo(RunPlan plan, OutputLayout layout, String run,
      Map<String, Double> seconds, Map<String, List<String>> warnings, Instant started) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("stages", plan.stages().stream().map(Stage::name).toList());
    plan.stages().stream().filter(stage -> stage.options() != null)
        .forEach(stage -> options.put(stage.name(), stage.options()));
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("wiretrace", Version.VERSION);
    info.put("spark", SparkSession.active().version());
    info.put("run", run);
    info.put("input", plan.inputs());
    info.put("output", layout.root().toString());
    info.put("options", options);
    info.put("stage_seconds", seconds);
    if (!warnings.isEmpty()) {
      info.put("warnings", warnings);
    }
    info.put("started", started.toString());
    info.put("finished", Instant.now().toString());
    return info;
  }
}
