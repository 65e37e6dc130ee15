package org.wiretrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
