package org.wiretrace.terms;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code doc_terms} table: how often each term occurs in each document, and its TF-IDF weight. */
public final class DocTermsTable {
  public static final String NAME = "doc_terms";

  public static final String TF = "tf";
  public static final String TFIDF = "tfidf";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.DOC_ID, StringType, false)
      .add(Columns.TERM, StringType, false)
      .add(TF, IntegerType, false)
      .add(TFIDF, DoubleType, false);

  private DocTermsTable() {}
}
