package org.wiretrace.ingest;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code documents} table: one row per article, with the clean text every later offset refers to. */
public final class DocumentsTable {
  public static final String NAME = "documents";

  public static final String URL = "url";
  public static final String PLACE = "place";
  public static final String N_CHARS = "n_chars";
  public static final String N_TOKENS = "n_tokens";
  public static final String LANG = "lang";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.DOC_ID, StringType, false)
      .add(Columns.INPUT_PATH, StringType, false)
      .add(Columns.RECORD, IntegerType, true)
      .add(Columns.SOURCE, StringType, true)
      .add(URL, StringType, true)
      .add(Columns.TITLE, StringType, true)
      .add(Columns.PUBLISHED_AT, TimestampNTZType, true)
      .add(PLACE, StringType, true)
      .add(Columns.TEXT, StringType, false)
      .add(N_CHARS, IntegerType, false)
      .add(N_TOKENS, IntegerType, false)
      .add(LANG, StringType, true);

  private DocumentsTable() {}
}
