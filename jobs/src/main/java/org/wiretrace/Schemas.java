package org.wiretrace;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/** Shared by the stages: each published table's StructType lives in its {@code *Table} class. */
public final class Schemas {

  /** A schema's columns in its order: {@code df.select(columns(X.SCHEMA))} gives a table its published shape. */
  public static Column[] columns(StructType schema) {
    return Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
  }

  private Schemas() {}
}
