package org.wiretrace;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageContextTest {
  @Test
  void aTableReadBackInTheRunHasTheSchemaOfItsFiles(@TempDir java.nio.file.Path dir) {
    SparkSession spark = TestSpark.session();
    StructType schema = new StructType()
        .add("id", DataTypes.StringType, false)
        .add("n", DataTypes.IntegerType, false)
        .add("words", DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add("pair", new StructType().add("a", DataTypes.LongType, false).add("b", DataTypes.DoubleType, true), true);
    Dataset<Row> rows = TestSpark.rows(schema, new Object[] {"a", 1, List.of("x", "y"), RowFactory.create(2L, 0.5)});
    OutputLayout layout = new OutputLayout(spark, dir.toString());
    layout.startStaging();
    StageContext context = new StageContext(spark, layout, Manifest.parse(null), "run", "test", name -> null,
        (name, table) -> { });
    assertEquals(1, context.write("t", rows));

    Dataset<Row> readBack = context.table("t");

    assertEquals(spark.read().parquet(layout.readPath("t")).schema(), readBack.schema());
    assertEquals(rows.collectAsList(), readBack.collectAsList());
  }

  /** Counted down by each row of the tables below, and awaited by it: only rows computed at once see it reach 0. */
  private static CountDownLatch bothWriting;

  private static final UserDefinedFunction SEES_THE_OTHER_WRITE = udf((UDF1<Integer, Boolean>) x -> {
    bothWriting.countDown();
    return bothWriting.await(20, TimeUnit.SECONDS);
  }, DataTypes.BooleanType);

  @Test
  void tablesWrittenAtOnceRunTheirJobsSideBySideAndAreRecordedInTheGivenOrder(@TempDir java.nio.file.Path dir) {
    SparkSession spark = TestSpark.session();
    StructType schema = new StructType().add("x", DataTypes.IntegerType, false);
    OutputLayout layout = new OutputLayout(spark, dir.toString());
    layout.startStaging();
    Map<String, StageContext.Written> published = new ConcurrentHashMap<>();
    StageContext context = new StageContext(spark, layout, Manifest.parse(null), "run", "test", name -> null,
        published::put);
    bothWriting = new CountDownLatch(2);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put("b", TestSpark.rows(schema, new Object[] {1}).select(SEES_THE_OTHER_WRITE.apply(col("x")).as("met")));
    tables.put("a", TestSpark.rows(schema, new Object[] {2}, new Object[] {3})
        .select(SEES_THE_OTHER_WRITE.apply(col("x")).as("met")).limit(1));

    context.writeAtOnce(tables);

    assertEquals(List.of("b", "a"), List.copyOf(context.written().keySet()));
    assertEquals(published.keySet(), context.written().keySet());
    for (String name : tables.keySet()) {
      assertEquals(1, context.written().get(name).table().rows(), name);
      assertEquals(List.of(RowFactory.create(true)), context.table(name).collectAsList(), name);
    }
  }

  @Test
  void aFailedWriteAmongTablesWrittenAtOnceFailsTheCall(@TempDir java.nio.file.Path dir) {
    SparkSession spark = TestSpark.session();
    StructType schema = new StructType().add("x", DataTypes.IntegerType, false);
    OutputLayout layout = new OutputLayout(spark, dir.toString());
    layout.startStaging();
    StageContext context = new StageContext(spark, layout, Manifest.parse(null), "run", "test", name -> null,
        (name, table) -> { });
    UserDefinedFunction fails = udf((UDF1<Integer, Integer>) x -> {
      throw new IllegalArgumentException("row " + x + " is bad");
    }, DataTypes.IntegerType);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put("good", TestSpark.rows(schema, new Object[] {1}));
    tables.put("bad", TestSpark.rows(schema, new Object[] {7}).select(fails.apply(col("x")).as("x")));

    RuntimeException thrown = assertThrows(RuntimeException.class, () -> context.writeAtOnce(tables));

    assertTrue(String.valueOf(thrown.getMessage()).contains("row 7 is bad"), thrown.getMessage());
    assertTrue(context.written().isEmpty());
  }
}
