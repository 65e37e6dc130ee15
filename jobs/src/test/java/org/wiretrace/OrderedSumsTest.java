package org.wiretrace;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Sums and means that do not depend on the order of a group's rows. */
class OrderedSumsTest {
  private static final StructType VALUES = new StructType()
      .add("g", DataTypes.StringType, false)
      .add("x", DataTypes.DoubleType, true);

  /** Values whose plain sum depends on the order they are added in: small ones are lost beside a big one. */
  private static List<Double> values() {
    Random random = new Random(7);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      values.add(random.nextDouble() * 10);
    }
    values.add(1e17);
    return values;
  }

  private static double sortedSum(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    double total = 0;
    for (double v : sorted) {
      total += v;
    }
    return total;
  }

  private static Row aggregated(List<Double> values, int partitions) {
    Object[][] rows = values.stream().map(v -> new Object[] {"g", v}).toArray(Object[][]::new);
    Dataset<Row> data = TestSpark.rows(VALUES, rows).repartition(partitions);
    return data.groupBy("g").agg(OrderedSums.sum(col("x")), OrderedSums.mean(col("x"))).first();
  }

  @Test
  void theSumIsTheSortedValuesAddedInOrderWhateverTheirOrderAndPartitions() {
    List<Double> values = values();
    List<Double> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, new Random(3));
    Collections.swap(shuffled, 0, shuffled.indexOf(1e17));
    double plain = 0;
    for (double v : shuffled) {
      plain += v;
    }
    assertNotEquals(sortedSum(values), plain, "the fixture's plain sum should depend on the order");
    for (int partitions : new int[] {1, 3, 7}) {
      Row row = aggregated(partitions == 3 ? shuffled : values, partitions);
      assertEquals(sortedSum(values), row.getDouble(1));
      assertEquals(sortedSum(values) / values.size(), row.getDouble(2));
    }
  }

  @Test
  void nullsAreSkippedAndAGroupWithoutValuesIsNull() {
    Row some = TestSpark.rows(VALUES, new Object[] {"g", 1.5}, new Object[] {"g", null}, new Object[] {"g", 2.5})
        .groupBy("g").agg(OrderedSums.sum(col("x")), OrderedSums.mean(col("x"))).first();
    assertEquals(4.0, some.getDouble(1));
    assertEquals(2.0, some.getDouble(2));
    Row none = TestSpark.rows(VALUES, new Object[] {"g", null})
        .groupBy("g").agg(OrderedSums.sum(col("x")), OrderedSums.mean(col("x"))).first();
    assertNull(none.get(1));
    assertNull(none.get(2));
  }
}
