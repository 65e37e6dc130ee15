package org.wiretrace.quotes;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * Documents on which the quote rules threw. A rule that throws is a bug, but one odd article should not cost a run over
 * a million its quotations: the document is left without quotations, counted and (the first few) named, its stack
 * trace goes to Spark's log, and the stage says so.
 */
final class RuleFailures implements Serializable {
  /** Documents named per task, and in the stage's warning. */
  static final int NAMED = 5;

  private final LongAccumulator count;
  private final CollectionAccumulator<String> named;

  private RuleFailures(LongAccumulator count, CollectionAccumulator<String> named) {
    this.count = count;
    this.named = named;
  }

  static RuleFailures register(SparkSession spark) {
    return new RuleFailures(spark.sparkContext().longAccumulator("quote rule failures"),
        spark.sparkContext().collectionAccumulator("documents the quote rules failed on"));
  }

  /** The rules' quotations of one document, or none when they throw. */
  <T> List<T> apply(String docId, String text, Function<String, List<T>> rules) {
    try {
      return rules.apply(text);
    } catch (RuntimeException e) {
      LogManager.getLogger(RuleFailures.class).error("quotes: the rules failed on document " + docId, e);
      count.add(1);
      if (named.value().size() < NAMED) {
        named.add(docId + " (" + e + ")");
      }
      return List.of();
    }
  }

  /**
   * The stage's warning once its quotations are written, or null when no document failed. A task run twice counts
   * its failures twice (accumulators in a transformation), so the count is at least the true one.
   */
  String warning() {
    if (count.value() == 0) {
      return null;
    }
    List<String> first = named.value().stream().distinct().sorted().limit(NAMED).toList();
    return "the quote rules failed on " + count.value() + " document(s), left without quotations (a bug: please"
        + " report it; stack traces in Spark's log): " + String.join("; ", first);
  }
}
