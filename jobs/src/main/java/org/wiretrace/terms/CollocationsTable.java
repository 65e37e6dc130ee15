package org.wiretrace.terms;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code collocations} table: bigrams seen at least the minimum count, with their association measures. */
public final class CollocationsTable {
  public static final String NAME = "collocations";

  public static final String NGRAM = "ngram";
  public static final String PMI = "pmi";
  public static final String LLR = "llr";
  public static final String T = "t";

  public static final StructType SCHEMA = new StructType()
      .add(NGRAM, StringType, false)
      .add(Columns.COUNT, LongType, false)
      .add(PMI, DoubleType, false)
      .add(LLR, DoubleType, false)
      .add(T, DoubleType, false);

  private CollocationsTable() {}
}
