package org.wiretrace.terms;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code source_terms} table: each source's term counts and how distinctive each term is of it. */
public final class SourceTermsTable {
  public static final String NAME = "source_terms";

  public static final String Z = "z";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.SOURCE, StringType, false)
      .add(Columns.TERM, StringType, false)
      .add(Columns.COUNT, LongType, false)
      .add(Z, DoubleType, true);

  private SourceTermsTable() {}
}
