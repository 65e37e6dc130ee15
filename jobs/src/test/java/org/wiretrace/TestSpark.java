package org.wiretrace;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** The one SparkSession of the test JVM (surefire runs all test classes in one fork), and fixture helpers. */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("wiretrace-tests")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.hadoop." + NioLocalFileSystem.SETTING, NioLocalFileSystem.class.getName())
          .getOrCreate();
    }
    return session;
  }

  /** A DataFrame from literal rows: {@code rows(schema, new Object[] {"a", 1}, new Object[] {"b", 2})}. */
  public static Dataset<Row> rows(StructType schema, Object[]... values) {
    List<Row> rows = Arrays.stream(values).map(RowFactory::create).toList();
    return session().createDataFrame(rows, schema);
  }
}
