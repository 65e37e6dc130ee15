package org.wiretrace.overlap;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code source_overlap} table: for each ordered pair of outlets, how much of one's text the other shares. */
public final class SourceOverlapTable {
  public static final String NAME = "source_overlap";

  public static final String DOCS_A = "docs_a";
  public static final String PAIRS = "pairs";
  public static final String SHARE_A_IN_B = "share_a_in_b";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.SOURCE_A, StringType, true)
      .add(Columns.SOURCE_B, StringType, true)
      .add(DOCS_A, LongType, false)
      .add(PAIRS, LongType, false)
      .add(SHARE_A_IN_B, DoubleType, false)
      .add(Columns.A_FIRST, LongType, false);

  private SourceOverlapTable() {}
}
