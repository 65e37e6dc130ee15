package org.wiretrace.terms;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/** The {@code source_terms} table: each source's term counts and how distinctive each term is of it. */
public final class SourceTermsTable {
  public static final String NAME = "source_terms";

  public static final String SOURCE = "source";
  public static final String TERM = "term";
  public static final String COUNT = "count";
  public static final String Z = "z";

  public static final StructType SCHEMA = new StructType()
      .add(SOURCE, StringType, false)
      .add(TERM, StringType, false)
      .add(COUNT, LongType, false)
      .add(Z, DoubleType, true);

  private SourceTermsTable() {}
}
