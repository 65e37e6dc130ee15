package org.wiretrace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/** Runs the selected stages in order into a staging area, then publishes their tables and the manifest. */
public final class Pipeline {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);

  private Pipeline() {}

  /** Runs the stages and returns the manifest written beside the tables. */
  public static Map<String, Object> run(SparkSession spark, RunPlan plan, PrintStream progress) {
    List<Stage> stages = plan.stages();
    OutputLayout layout = new OutputLayout(spark, plan.output());
    checkInputsExist(stages, layout);
    Instant started = Instant.now();
    layout.startStaging();
    StageContext context = new StageContext(spark, layout);
    Map<String, Double> seconds = new LinkedHashMap<>();
    try {
      for (Stage stage : stages) {
        long t0 = System.nanoTime();
        int before = context.written().size();
        stage.run(context);
        double took = (System.nanoTime() - t0) / 1e9;
        seconds.put(stage.name(), Math.round(took * 10) / 10.0);
        progress.println(progressLine(stage.name(), context.written(), before, took));
      }
      Map<String, Object> manifest = manifest(plan, layout, context.written(), seconds, started);
      layout.commit(context.written().keySet(), toJson(manifest));
      return manifest;
    } catch (RuntimeException | Error e) {
      layout.abandonStaging();
      throw e;
    }
  }

  /** A stage run alone needs the tables of the stages before it, from this run or an earlier one. */
  private static void checkInputsExist(List<Stage> stages, OutputLayout layout) {
    List<String> produced = new ArrayList<>();
    for (Stage stage : stages) {
      for (String table : stage.needs()) {
        if (!produced.contains(table) && !layout.hasTable(table)) {
          throw new UsageError("stage " + stage.name() + " needs the table '" + table + "', which is not in "
              + layout.root() + ": run the stage that makes it too (e.g. --stages ingest," + stage.name() + ")");
        }
      }
      produced.addAll(stage.writes());
    }
  }

  private static String progressLine(String stage, Map<String, Long> written, int before, double seconds) {
    String counts = written.entrySet().stream().skip(before)
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
    return String.format("%-8s %s (%.1f s)", stage, counts, seconds);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> manifest(RunPlan plan, OutputLayout layout, Map<String, Long> written,
      Map<String, Double> seconds, Instant started) {
    Map<String, Object> tables = new LinkedHashMap<>();
    String previous = layout.readManifest();
    if (previous != null) {
      try {
        Object old = JSON.readValue(previous, Map.class).get("tables");
        if (old instanceof Map) {
          tables.putAll((Map<String, Object>) old);
        }
      } catch (JsonProcessingException e) {
        // An unreadable old manifest only loses the counts of tables this run did not rewrite.
      }
    }
    tables.putAll(written);
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("stages", plan.stages().stream().map(Stage::name).toList());
    plan.stages().stream().filter(stage -> stage.options() != null)
        .forEach(stage -> options.put(stage.name(), stage.options()));
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("wiretrace", Version.VERSION);
    manifest.put("spark", SparkSession.active().version());
    manifest.put("input", plan.inputs());
    manifest.put("output", layout.root().toString());
    manifest.put("options", options);
    manifest.put("tables", tables);
    manifest.put("stage_seconds", seconds);
    manifest.put("started", started.toString());
    manifest.put("finished", Instant.now().toString());
    return manifest;
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
