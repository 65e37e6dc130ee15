package org.wiretrace.ingest;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code rejects} table: every input record that did not become a document, and why. */
public final class RejectsTable {
  public static final String NAME = "rejects";

  public static final String REASON = "reason";
  public static final String DETAIL = "detail";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.INPUT_PATH, StringType, false)
      .add(Columns.RECORD, IntegerType, true)
      .add(REASON, StringType, false)
      .add(DETAIL, StringType, true);

  /** The reason codes, short so they group well in SQL. */
  public static final String EMPTY = "empty";
  public static final String BINARY = "binary";
  public static final String NUL_BYTES = "nul_bytes";
  public static final String UNDECODABLE = "undecodable";
  public static final String TOO_LARGE = "too_large";
  public static final String MALFORMED_ROW = "malformed_row";
  public static final String NO_BODY = "no_body";
  public static final String DUPLICATE_ID = "duplicate_id";
  /** The text field holds something else than text: a JSON number, object, array or boolean; a Parquet int column. */
  public static final String WRONG_TYPE = "wrong_type";

  private RejectsTable() {}
}
