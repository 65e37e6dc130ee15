package org.wiretrace.ingest;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.StructType;

/** The {@code documents} table: one row per article, with the clean text every later offset refers to. */
public final class DocumentsTable {
  public static final String NAME = "documents";

  public static final String DOC_ID = "doc_id";
  public static final String INPUT_PATH = "input_path";
  public static final String RECORD = "record";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String PUBLISHED_AT = "published_at";
  public static final String PLACE = "place";
  public static final String TEXT = "text";
  public static final String N_CHARS = "n_chars";
  public static final String N_TOKENS = "n_tokens";
  public static final String LANG = "lang";

  public static final StructType SCHEMA = new StructType()
      .add(DOC_ID, StringType, false)
      .add(INPUT_PATH, StringType, false)
      .add(RECORD, IntegerType, true)
      .add(SOURCE, StringType, true)
      .add(URL, StringType, true)
      .add(TITLE, StringType, true)
      .add(PUBLISHED_AT, TimestampNTZType, true)
      .add(PLACE, StringType, true)
      .add(TEXT, StringType, false)
      .add(N_CHARS, IntegerType, false)
      .add(N_TOKENS, IntegerType, false)
      .add(LANG, StringType, true);

  private DocumentsTable() {}
}
