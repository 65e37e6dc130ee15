package org.wiretrace.quotes;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.StructType;

/** The {@code quote_clusters} table: one row per quotation as carried by one or more documents. */
public final class QuoteClustersTable {
  public static final String NAME = "quote_clusters";

  public static final String CLUSTER_ID = "cluster_id";
  public static final String TEXT = "text";
  public static final String N_DOCS = "n_docs";
  public static final String N_SOURCES = "n_sources";
  public static final String FIRST_PUBLISHED = "first_published";
  public static final String SPEAKER_ID = "speaker_id";

  public static final StructType SCHEMA = new StructType()
      .add(CLUSTER_ID, StringType, false)
      .add(TEXT, StringType, false)
      .add(N_DOCS, IntegerType, false)
      .add(N_SOURCES, IntegerType, false)
      .add(FIRST_PUBLISHED, TimestampNTZType, true)
      .add(SPEAKER_ID, StringType, true);

  private QuoteClustersTable() {}
}
