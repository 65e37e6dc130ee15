package org.wiretrace.terms;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code terms} table: one row per term (stemmed unigram or bigram) of the corpus. */
public final class TermsTable {
  public static final String NAME = "terms";

  public static final String SURFACE = "surface";
  public static final String DF = "df";
  public static final String CF = "cf";
  public static final String IDF = "idf";
  public static final String N = "n";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.TERM, StringType, false)
      .add(SURFACE, StringType, false)
      .add(DF, LongType, false)
      .add(CF, LongType, false)
      .add(IDF, DoubleType, false)
      .add(N, IntegerType, false);

  private TermsTable() {}
}
