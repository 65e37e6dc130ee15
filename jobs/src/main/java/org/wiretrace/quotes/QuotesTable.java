package org.wiretrace.quotes;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code quotes} table: one row per quotation (marked or reported), with its cue and speaker. */
public final class QuotesTable {
  public static final String NAME = "quotes";

  public static final String QUOTE_ID = "quote_id";
  public static final String BEGIN = "begin";
  public static final String END = "end";
  public static final String KIND = "kind";
  public static final String CUE = "cue";
  public static final String CUE_BEGIN = "cue_begin";
  public static final String CUE_END = "cue_end";
  public static final String SPEAKER_MENTION = "speaker_mention";
  public static final String SPEAKER_BEGIN = "speaker_begin";
  public static final String SPEAKER_END = "speaker_end";
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_TYPE = "speaker_type";
  public static final String SPEAKER_ORG = "speaker_org";
  public static final String SPEAKER_RULE = "speaker_rule";
  public static final String SPEAKER_CONFIDENCE = "speaker_confidence";

  /** What the per-document extraction yields: every column but the ids computed across documents. */
  public static final StructType FOUND_SCHEMA = new StructType()
      .add(Columns.DOC_ID, StringType, false)
      .add(BEGIN, IntegerType, false)
      .add(END, IntegerType, false)
      .add(Columns.TEXT, StringType, false)
      .add(KIND, StringType, false)
      .add(CUE, StringType, true)
      .add(CUE_BEGIN, IntegerType, true)
      .add(CUE_END, IntegerType, true)
      .add(SPEAKER_MENTION, StringType, true)
      .add(SPEAKER_BEGIN, IntegerType, true)
      .add(SPEAKER_END, IntegerType, true)
      .add(SPEAKER, StringType, true)
      .add(SPEAKER_TYPE, StringType, false)
      .add(SPEAKER_ORG, StringType, true)
      .add(SPEAKER_RULE, StringType, false)
      .add(SPEAKER_CONFIDENCE, DoubleType, false);

  /** The published table: the found columns plus quote_id first, speaker_id beside speaker, cluster_id last. */
  public static final StructType SCHEMA = withIds(FOUND_SCHEMA);

  private static StructType withIds(StructType found) {
    StructType schema = new StructType().add(QUOTE_ID, StringType, false);
    for (StructField field : found.fields()) {
      if (field.name().equals(SPEAKER_TYPE)) {
        schema = schema.add(Columns.SPEAKER_ID, StringType, true);
      }
      schema = schema.add(field);
    }
    return schema.add(Columns.CLUSTER_ID, StringType, false);
  }

  private QuotesTable() {}
}
