package org.wiretrace;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Runs the stages of one run, each as soon as the stages whose tables it needs or uses have written them: after
 * ingest, terms and quotes run at once; overlap (which uses the terms stage's weights) starts when terms ends, while
 * quotes may still run; stories waits for all three. Spark takes jobs from several threads, so while one stage's
 * driver plans its next job, or its job has a single task, the other stage keeps the cores busy. The tables are the
 * same in any order: each stage reads only the tables of the stages it waits for.
 */
final class StageRunner {
  /** What one stage did: its tables in the order it wrote them, and its own wall time. */
  record Result(Map<String, Manifest.Table> written, double seconds) {}

  private final SparkSession spark;
  private final OutputLayout layout;
  private final Manifest previous;
  private final String run;
  private final Progress progress;
  private final PrintStream out;
  /** Tables (and their schemas) written by the stages that have ended; a stage starts with what is there. */
  private final Map<String, Manifest.Table> written = new LinkedHashMap<>();
  private final Map<String, StructType> schemas = new HashMap<>();

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
   * for it never start, and its failure is thrown once every stage has ended.
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
      for (Stage stage : stages) {
        List<CompletableFuture<Result>> before = new ArrayList<>();
        started.forEach((earlier, future) -> {
          if (!concurrent || readsFrom(stage, earlier)) {
            before.add(future);
          }
        });
        CompletableFuture<Result> future = CompletableFuture.allOf(before.toArray(CompletableFuture[]::new))
            .thenApplyAsync(ignored -> run(stage), threads);
        future.whenComplete((result, thrown) -> {
          Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null
              ? thrown.getCause() : thrown;
          if (cause != null && firstFailure.compareAndSet(null, cause)) {
            spark.sparkContext().cancelAllJobs();
          }
        });
        started.put(stage, future);
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

  /** Whether {@code stage} reads a table that {@code earlier} writes. */
  static boolean readsFrom(Stage stage, Stage earlier) {
    return earlier.writes().stream().anyMatch(t -> stage.needs().contains(t) || stage.uses().contains(t));
  }

  private Result run(Stage stage) {
    StageContext context;
    synchronized (this) {
      context = new StageContext(spark, layout, previous, run, stage.name(), written, schemas);
    }
    progress.started(stage.name());
    spark.sparkContext().setJobDescription(stage.name());
    long t0 = System.nanoTime();
    stage.run(context);
    double seconds = (System.nanoTime() - t0) / 1e9;
    progress.ended(stage.name());
    synchronized (this) {
      written.putAll(context.written());
      schemas.putAll(context.writtenSchemas());
      String counts = context.written().entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue().rows())
          .collect(Collectors.joining(" "));
      out.println(String.format("%-8s %s (%.1f s)", stage.name(), counts, seconds));
    }
    return new Result(context.written(), Math.round(seconds * 10) / 10.0);
  }
}
