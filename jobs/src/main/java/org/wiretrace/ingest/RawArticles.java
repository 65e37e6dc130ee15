package org.wiretrace.ingest;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * What every input reader produces before cleaning: one row per record with its fields as found, or a reject
 * reason. {@link ArticleNormalizer} turns these rows into documents.
 */
final class RawArticles {
  static final String INPUT_PATH = "input_path";
  static final String RECORD = "record";
  static final String ID = "id";
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String SOURCE = "source";
  static final String URL = "url";
  static final String DATE = "date";
  static final String PLACE = "place";
  /** The text starts with the page header and title (a text file), not with the body. */
  static final String WITH_HEADER = "with_header";
  static final String REASON = "reason";
  static final String DETAIL = "detail";

  static final StructType SCHEMA = new StructType()
      .add(INPUT_PATH, StringType, false)
      .add(RECORD, IntegerType, true)
      .add(ID, StringType, true)
      .add(TEXT, StringType, true)
      .add(TITLE, StringType, true)
      .add(SOURCE, StringType, true)
      .add(URL, StringType, true)
      .add(DATE, StringType, true)
      .add(PLACE, StringType, true)
      .add(WITH_HEADER, BooleanType, false)
      .add(REASON, StringType, true)
      .add(DETAIL, StringType, true);

  private RawArticles() {}

  /**
   * A raw row that carries its schema: Spark may hand a reader's rows straight to the normalizer's map without
   * re-encoding them (e.g. flatMap then map), and {@code getAs(name)} needs the schema.
   */
  static Row row(Object... values) {
    return new GenericRowWithSchema(values, SCHEMA);
  }

  static Row reject(String inputPath, Integer record, String reason, String detail) {
    return row(inputPath, record, null, null, null, null, null, null, null, false, reason, detail);
  }
}
