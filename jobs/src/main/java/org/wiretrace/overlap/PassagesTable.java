package org.wiretrace.overlap;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code passages} table: one row per aligned passage two documents share, with offsets into both texts. */
public final class PassagesTable {
  public static final String NAME = "passages";

  public static final String A_BEGIN = "a_begin";
  public static final String A_END = "a_end";
  public static final String B_BEGIN = "b_begin";
  public static final String B_END = "b_end";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.DOC_A, StringType, false)
      .add(A_BEGIN, IntegerType, false)
      .add(A_END, IntegerType, false)
      .add(Columns.DOC_B, StringType, false)
      .add(B_BEGIN, IntegerType, false)
      .add(B_END, IntegerType, false)
      .add(Columns.N_WORDS, IntegerType, false)
      .add(Columns.TEXT, StringType, false);

  private PassagesTable() {}
}
