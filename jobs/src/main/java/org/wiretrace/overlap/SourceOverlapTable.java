package org.wiretrace.overlap;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/** The {@code source_overlap} table: for each ordered pair of outlets, how much of one's text the other shares. */
public final class SourceOverlapTable {
  public static final String NAME = "source_overlap";

  public static final String SOURCE_A = "source_a";
  public static final String SOURCE_B = "source_b";
  public static final String DOCS_A = "docs_a";
  public static final String PAIRS = "pairs";
  public static final String SHARE_A_IN_B = "share_a_in_b";
  public static final String A_FIRST = "a_first";

  public static final StructType SCHEMA = new StructType()
      .add(SOURCE_A, StringType, true)
      .add(SOURCE_B, StringType, true)
      .add(DOCS_A, LongType, false)
      .add(PAIRS, LongType, false)
      .add(SHARE_A_IN_B, DoubleType, false)
      .add(A_FIRST, LongType, false);

  private SourceOverlapTable() {}
}
