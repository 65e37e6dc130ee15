package org.wiretrace.overlap;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/** The {@code passages} table: one row per aligned passage two documents share, with offsets into both texts. */
public final class PassagesTable {
  public static final String NAME = "passages";

  public static final String DOC_A = "doc_a";
  public static final String A_BEGIN = "a_begin";
  public static final String A_END = "a_end";
  public static final String DOC_B = "doc_b";
  public static final String B_BEGIN = "b_begin";
  public static final String B_END = "b_end";
  public static final String N_WORDS = "n_words";
  public static final String TEXT = "text";

  public static final StructType SCHEMA = new StructType()
      .add(DOC_A, StringType, false)
      .add(A_BEGIN, IntegerType, false)
      .add(A_END, IntegerType, false)
      .add(DOC_B, StringType, false)
      .add(B_BEGIN, IntegerType, false)
      .add(B_END, IntegerType, false)
      .add(N_WORDS, IntegerType, false)
      .add(TEXT, StringType, false);

  private PassagesTable() {}
}
