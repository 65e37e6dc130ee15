package org.wiretrace.stories;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code story_docs} table: one row per document, the story it belongs to and how it relates to it. */
public final class StoryDocsTable {
  public static final String NAME = "story_docs";

  public static final String LAG_HOURS = "lag_hours";
  public static final String SIMILARITY = "similarity";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.STORY_ID, StringType, false)
      .add(Columns.DOC_ID, StringType, false)
      .add(Columns.SOURCE, StringType, true)
      .add(Columns.PUBLISHED_AT, TimestampNTZType, true)
      .add(LAG_HOURS, DoubleType, true)
      .add(SIMILARITY, DoubleType, true);

  private StoryDocsTable() {}
}
