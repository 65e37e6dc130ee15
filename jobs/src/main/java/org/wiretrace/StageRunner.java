package org.wiretrace;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the stages of one run, each as soon as the tables it needs are written: after ingest, terms, overlap and
 * quotes run at once, and stories starts once terms has written doc_terms, while terms goes on with its other tables.
 * A table a stage only uses (overlap the terms stage's weights, stories the quotes and passages) is waited for when
 * the stage reads it. Spark takes jobs from several threads, so while one stage's driver plans its next job, or its
 * job has a single task, another stage can use the idle core: small corpora, whose queries run as jobs of one task,
 * gain most; a large corpus keeps the cores busy either way. The tables are the same in any order: a stage reads a
 * table of this run only once it is written.
 */
final class StageRunner {
  /** What one stage did: its tables in the order it wrote them, and its own wall time. */
  record Result(Map<String, StageContext.Written> written, double seconds, List<String> warnings) {}

  private final SparkSession spark;
  private final OutputLayout layout;
  private final Manifest previous;
  private final String run;
  private final Progress progress;
  private final PrintStream out;

  StageRunner(SparkSession spark, OutputLayout layout, Manifest previous, String run, Progress progress,
      PrintStream out) {
    this.spark = spark;
    this.layout = layout;
    this.previous = previous;
    this.run = run;
    this.progress = progress;
    this.out = out;
  }

  /**
   * Runs the stages (at once where their tables allow it, else one after another in the given order) and returns
   * each stage's result in that order. When a stage fails, the jobs still running are cancelled, the stages waiting
   * for it fail or never start, and its failure is thrown once every stage has ended.
   */
  Map<String, Result> runAll(List<Stage> stages, boolean concurrent) {
    ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "wiretrace-stage");
      thread.setDaemon(true);
      return thread;
    });
    AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    try {
      Map<Stage, CompletableFuture<Result>> started = new LinkedHashMap<>();
      // This run's tables by name, each done once written (or once its stage ended without writing it).
      Map<String, CompletableFuture<StageContext.Written>> tables = new HashMap<>();
      for (Stage stage : stages) {
        List<CompletableFuture<?>> before = new ArrayList<>();
        if (concurrent) {
          stage.needs().stream().map(tables::get).filter(Objects::nonNull).forEach(before::add);
        } else {
          before.addAll(started.values());
        }
        Map<String, CompletableFuture<StageContext.Written>> earlier = Map.copyOf(tables);
        Map<String, CompletableFuture<StageContext.Written>> writes = new HashMap<>();
        stage.writes().forEach(table -> writes.put(table, new CompletableFuture<>()));
        CompletableFuture<Result> future = CompletableFuture.allOf(before.toArray(CompletableFuture[]::new))
            .thenApplyAsync(ignored -> run(stage, name -> earlier.containsKey(name) ? earlier.get(name).join() : null,
                (name, written) -> {
                  if (writes.containsKey(name)) {
                    writes.get(name).complete(written);
                  }
                }), threads);
        future.whenComplete((result, thrown) -> {
          Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null
              ? thrown.getCause() : thrown;
          if (cause != null && firstFailure.compareAndSet(null, cause)) {
            spark.sparkContext().cancelAllJobs();
          }
          // A table its stage ended without writing is read from a previous run, if current there; the tables of a
          // failed stage fail the stages that read them.
          writes.values().forEach(table -> {
            if (thrown != null) {
              table.completeExceptionally(thrown);
            } else {
              table.complete(null);
            }
          });
        });
        started.put(stage, future);
        tables.putAll(writes);
      }
      Map<String, Result> results = new LinkedHashMap<>();
      for (Map.Entry<Stage, CompletableFuture<Result>> e : started.entrySet()) {
        try {
          results.put(e.getKey().name(), e.getValue().join());
        } catch (CompletionException thrown) {
          // the first stage to fail says why; the others failed because of it (cancelled, or never started)
        }
      }
      Throwable failure = firstFailure.get();
      if (failure instanceof RuntimeException r) {
        throw r;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  private Result run(Stage stage, Function<String, StageContext.Written> earlier,
      BiConsumer<String, StageContext.Written> published) {
    StageContext context = new StageContext(spark, layout, previous, run, stage.name(), earlier, published);
    progress.started(stage.name());
    spark.sparkContext().setJobDescription(stage.name());
    long t0 = System.nanoTime();
    try {
      stage.run(context);
    } finally {
      progress.ended(stage.name());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    String counts = context.written().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().table().rows())
        .collect(Collectors.joining(" "));
    synchronized (out) {
      out.println(String.format("%-8s %s (%.1f s)", stage.name(), counts, seconds));
      context.warnings().forEach(warning -> out.println(String.format("%-8s warning: %s", stage.name(), warning)));
    }
    return new Result(context.written(), Math.round(seconds * 10) / 10.0, List.copyOf(context.warnings()));
  }
}
