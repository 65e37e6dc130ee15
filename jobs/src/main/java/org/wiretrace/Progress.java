package org.wiretrace;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * A line every {@value #EVERY_SECONDS} seconds while a stage runs longer than that: Spark tasks done of those
 * started so far, rows read, time taken. It counts what Spark's scheduler reports anyway (a listener), so it costs
 * no pass over the data.
 */
final class Progress implements AutoCloseable {
  static final int EVERY_SECONDS = 10;

  private final SparkSession spark;
  private final PrintStream out;
  private final ScheduledExecutorService timer;
  private final AtomicLong tasks = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong rows = new AtomicLong();
  private final SparkListener listener = new SparkListener() {
    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
      tasks.addAndGet(submitted.stageInfo().numTasks());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      done.incrementAndGet();
      if (end.taskMetrics() != null) {
        rows.addAndGet(end.taskMetrics().inputMetrics().recordsRead()
            + end.taskMetrics().shuffleReadMetrics().recordsRead());
      }
    }
  };
  /** The stages running now, in the order they started; their names joined label the progress lines. */
  private final Set<String> running = new LinkedHashSet<>();
  private long startedNanos;

  private Progress(SparkSession spark, PrintStream out) {
    this.spark = spark;
    this.out = out;
    this.timer = out == null ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "wiretrace-progress");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Progress lines to {@code out}, or none when it is null. */
  static Progress start(SparkSession spark, PrintStream out) {
    Progress progress = new Progress(spark, out);
    if (out != null) {
      spark.sparkContext().addSparkListener(progress.listener);
      progress.timer.scheduleAtFixedRate(progress::report, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }
    return progress;
  }

  /** A stage starts; when no other stage runs, the counts start again. */
  synchronized void started(String name) {
    if (running.isEmpty()) {
      tasks.set(0);
      done.set(0);
      rows.set(0);
      startedNanos = System.nanoTime();
    }
    running.add(name);
  }

  synchronized void ended(String name) {
    running.remove(name);
  }

  private synchronized void report() {
    long seconds = (System.nanoTime() - startedNanos) / 1_000_000_000L;
    if (!running.isEmpty() && seconds >= EVERY_SECONDS) {
      String stage = String.join("+", running);
      out.println(String.format(Locale.ROOT, "%-8s ... %d:%02d, %,d of %,d Spark tasks done, %,d rows read", stage,
          seconds / 60, seconds % 60, done.get(), tasks.get(), rows.get()));
    }
  }

  @Override
  public void close() {
    if (out != null) {
      timer.shutdownNow();
      spark.sparkContext().removeSparkListener(listener);
    }
  }
}
