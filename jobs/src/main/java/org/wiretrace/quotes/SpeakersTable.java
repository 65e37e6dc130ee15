package org.wiretrace.quotes;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code speakers} table: one row per speaker_id across the corpus. */
public final class SpeakersTable {
  public static final String NAME = "speakers";

  public static final String NAME_COLUMN = "name";
  public static final String VARIANTS = "variants";
  public static final String N_QUOTES = "n_quotes";
  public static final String SOURCES = "sources";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.SPEAKER_ID, StringType, false)
      .add(NAME_COLUMN, StringType, false)
      .add(VARIANTS, createArrayType(StringType, false), false)
      .add(N_QUOTES, IntegerType, false)
      .add(Columns.N_DOCS, IntegerType, false)
      .add(SOURCES, createArrayType(StringType, false), false);

  private SpeakersTable() {}
}
