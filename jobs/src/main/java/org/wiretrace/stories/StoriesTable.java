package org.wiretrace.stories;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code stories} table: one row per story, the articles that report one event (most stories are one article). */
public final class StoriesTable {
  public static final String NAME = "stories";

  public static final String LABEL = "label";
  public static final String LAST_PUBLISHED = "last_published";
  public static final String FIRST_SOURCES = "first_sources";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.STORY_ID, StringType, false)
      .add(LABEL, StringType, true)
      .add(Columns.N_DOCS, IntegerType, false)
      .add(Columns.N_SOURCES, IntegerType, false)
      .add(Columns.FIRST_PUBLISHED, TimestampNTZType, true)
      .add(LAST_PUBLISHED, TimestampNTZType, true)
      .add(FIRST_SOURCES, createArrayType(StringType, false), false);

  private StoriesTable() {}
}
