package org.wiretrace;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The names of columns that more than one published table has, each spelled once. A column that only one table has
 * is named in that table's {@code *Table} class, beside the table's {@code SCHEMA}.
 */
public final class Columns {
  public static final String DOC_ID = "doc_id";
  public static final String DOC_A = "doc_a";
  public static final String DOC_B = "doc_b";
  public static final String INPUT_PATH = "input_path";
  public static final String RECORD = "record";
  public static final String SOURCE = "source";
  public static final String SOURCE_A = "source_a";
  public static final String SOURCE_B = "source_b";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String PUBLISHED_AT = "published_at";
  public static final String FIRST_PUBLISHED = "first_published";
  public static final String TERM = "term";
  public static final String COUNT = "count";
  public static final String N_WORDS = "n_words";
  public static final String N_DOCS = "n_docs";
  public static final String N_SOURCES = "n_sources";
  public static final String A_FIRST = "a_first";
  public static final String SPEAKER_ID = "speaker_id";
  public static final String CLUSTER_ID = "cluster_id";
  public static final String STORY_ID = "story_id";

  private Columns() {}

  /** A schema's columns in its order: {@code df.select(columns(X.SCHEMA))} gives a table its published shape. */
  public static Column[] columns(StructType schema) {
    return Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
  }
}
