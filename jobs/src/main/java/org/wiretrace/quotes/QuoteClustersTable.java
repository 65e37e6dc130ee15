package org.wiretrace.quotes;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code quote_clusters} table: one row per quotation as carried by one or more documents. */
public final class QuoteClustersTable {
  public static final String NAME = "quote_clusters";

  public static final String N_SPEAKERS = "n_speakers";
  public static final String DRIFT = "drift";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.CLUSTER_ID, StringType, false)
      .add(Columns.TEXT, StringType, false)
      .add(Columns.N_DOCS, IntegerType, false)
      .add(Columns.N_SOURCES, IntegerType, false)
      .add(Columns.FIRST_PUBLISHED, TimestampNTZType, true)
      .add(Columns.SPEAKER_ID, StringType, true)
      .add(N_SPEAKERS, IntegerType, false)
      .add(DRIFT, BooleanType, false);

  private QuoteClustersTable() {}
}
