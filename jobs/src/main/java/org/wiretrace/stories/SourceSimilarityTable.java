package org.wiretrace.stories;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/** The {@code source_similarity} table: one row per pair of known outlets, how alike their coverage is. */
public final class SourceSimilarityTable {
  public static final String NAME = "source_similarity";

  public static final String STORIES_A = "stories_a";
  public static final String STORIES_B = "stories_b";
  public static final String SHARED_STORIES = "shared_stories";
  public static final String STORY_JACCARD = "story_jaccard";
  public static final String CONTENT_COSINE = "content_cosine";
  public static final String SHARED_QUOTES = "shared_quotes";
  public static final String SHARED_PASSAGES = "shared_passages";
  public static final String B_FIRST = "b_first";
  public static final String MEDIAN_LAG_HOURS = "median_lag_hours";

  public static final StructType SCHEMA = new StructType()
      .add(Columns.SOURCE_A, StringType, false)
      .add(Columns.SOURCE_B, StringType, false)
      .add(STORIES_A, LongType, false)
      .add(STORIES_B, LongType, false)
      .add(SHARED_STORIES, LongType, false)
      .add(STORY_JACCARD, DoubleType, false)
      .add(CONTENT_COSINE, DoubleType, true)
      .add(SHARED_QUOTES, LongType, true)
      .add(SHARED_PASSAGES, LongType, true)
      .add(Columns.A_FIRST, LongType, false)
      .add(B_FIRST, LongType, false)
      .add(MEDIAN_LAG_HOURS, DoubleType, true);

  private SourceSimilarityTable() {}
}
