package org.wiretrace.overlap;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code doc_pairs} table: pairs of documents sharing text, with exact shingle-set measures. */
public final class DocPairsTable {
  public static final String NAME = "doc_pairs";

  public static final String SHARED = "shared";
  public static final String JACCARD = "jaccard";
  public static final String CONTAINMENT_A = "containment_a";
  public static final String CONTAINMENT_B = "containment_b";
  public static final String COSINE = "cosine";
  public static final String ORIGIN = "origin";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.DOC_A, StringType, false)
      .add(Columns.DOC_B, StringType, false)
      .add(SHARED, IntegerType, false)
      .add(JACCARD, DoubleType, false)
      .add(CONTAINMENT_A, DoubleType, false)
      .add(CONTAINMENT_B, DoubleType, false)
      .add(COSINE, DoubleType, true)
      .add(ORIGIN, StringType, true)
      .add(Columns.CLUSTER_ID, StringType, true);

  private DocPairsTable() {}
}
