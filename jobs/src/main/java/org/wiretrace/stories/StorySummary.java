package org.wiretrace.stories;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.struct;
import static org.wiretrace.Columns.DOC_ID;
import static org.wiretrace.Columns.columns;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wiretrace.Columns;

/** The {@code stories} rows: each story's size, outlets, first and last publication and who published first. */
final class StorySummary {
  /** Words of the first article that label a story whose articles have no title. */
  private static final String OPENING_WORDS = "^\\s*((?:\\S+\\s+){0,11}\\S+)";

  private StorySummary() {}

  /**
   * @param storyDocs the story_docs table
   * @param documents documents (doc_id, title, text)
   */
  static Dataset<Row> of(Dataset<Row> storyDocs, Dataset<Row> documents) {
    Dataset<Row> docs = storyDocs.join(documents.select(DOC_ID, Columns.TITLE, Columns.TEXT), DOC_ID);
    // The earliest dated article first, undated ones after, then by doc_id: its title names the story.
    Column earliest = struct(col(Columns.PUBLISHED_AT).isNull(), col(Columns.PUBLISHED_AT), col(DOC_ID));
    Column opening = concat(regexp_extract(col(Columns.TEXT), OPENING_WORDS, 1), lit(" …"));
    Dataset<Row> stories = docs.groupBy(Columns.STORY_ID).agg(
        min_by(coalesce(col(Columns.TITLE), opening), earliest).as(StoriesTable.LABEL),
        count(lit(1)).cast("int").as(Columns.N_DOCS),
        countDistinct(col(Columns.SOURCE)).cast("int").as(Columns.N_SOURCES),
        min(Columns.PUBLISHED_AT).as(Columns.FIRST_PUBLISHED),
        max(Columns.PUBLISHED_AT).as(StoriesTable.LAST_PUBLISHED));
    // The outlets of the article(s) published at the story's first time.
    Dataset<Row> firstTimes = stories.select(col(Columns.STORY_ID).as("first_story"),
        col(Columns.FIRST_PUBLISHED).as("first_time"));
    Dataset<Row> firstSources = docs.join(firstTimes, col(Columns.STORY_ID).equalTo(col("first_story"))
            .and(col(Columns.PUBLISHED_AT).equalTo(col("first_time"))))
        .groupBy(Columns.STORY_ID)
        .agg(array_sort(collect_set(col(Columns.SOURCE))).as(StoriesTable.FIRST_SOURCES));
    return stories.join(firstSources, new String[] {Columns.STORY_ID}, "left")
        .withColumn(StoriesTable.FIRST_SOURCES,
            coalesce(col(StoriesTable.FIRST_SOURCES), array().cast("array<string>")))
        .select(columns(StoriesTable.SCHEMA));
  }
}
