package org.wiretrace.quotes;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/**
 * The {@code quote_variants} table: one row per quotation of a cluster carried more than once, with how its words
 * relate to the cluster's full form (the {@code text} of {@code quote_clusters}).
 */
public final class QuoteVariantsTable {
  public static final String NAME = "quote_variants";

  public static final String RELATION = "relation";
  public static final String WORD_EDITS = "word_edits";

  /** Relations: the full form's words, a run of them, or a run with a few words edited. */
  public static final String EXACT = "exact";
  public static final String TRUNCATED = "truncated";
  public static final String ALTERED = "altered";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.CLUSTER_ID, StringType, false)
      .add(QuotesTable.QUOTE_ID, StringType, false)
      .add(Columns.DOC_ID, StringType, false)
      .add(Columns.SOURCE, StringType, true)
      .add(Columns.PUBLISHED_AT, TimestampNTZType, true)
      .add(RELATION, StringType, false)
      .add(WORD_EDITS, IntegerType, false)
      .add(Columns.SPEAKER_ID, StringType, true);

  private QuoteVariantsTable() {}
}
