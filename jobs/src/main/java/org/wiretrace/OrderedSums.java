package org.wiretrace;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Sums and means of doubles that come out the same whatever order a group's rows reach the aggregation. Adding
 * doubles is not associative, and the order of a shuffle's rows changes with the plan, so Spark's {@code sum} and
 * {@code avg} could differ in the last digit between two runs of the same input once a join or a cache moved: the
 * group's values are sorted before they are added. Null values are skipped, as {@code sum} does; a group without
 * values gives null.
 */
public final class OrderedSums {
  private OrderedSums() {}

  /** The sum of the group's non-null values, added in ascending order. */
  public static Column sum(Column value) {
    Column values = collect_list(value);
    return when(size(values).gt(0), added(values));
  }

  /** The mean of the group's non-null values: their ordered sum over their number. */
  public static Column mean(Column value) {
    Column values = collect_list(value);
    return when(size(values).gt(0), added(values).divide(size(values)));
  }

  private static Column added(Column values) {
    return aggregate(array_sort(values), lit(0.0), (total, next) -> total.plus(next));
  }
}
