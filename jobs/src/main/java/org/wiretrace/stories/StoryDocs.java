package org.wiretrace.stories;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.wiretrace.Columns.DOC_ID;
import static org.wiretrace.Columns.columns;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.wiretrace.Columns;
import org.wiretrace.Ids;

/** The {@code story_docs} rows: every document with its story, its lag behind the story's first article and fit. */
final class StoryDocs {
  private StoryDocs() {}

  /**
   * @param documents documents (doc_id, source, published_at)
   * @param vectors article vectors (doc_id, seconds)
   * @param placed the linked articles' stories ({@link StoryAssignment}); every other document is a story alone
   */
  static Dataset<Row> of(Dataset<Row> documents, Dataset<Row> vectors, Dataset<Row> placed) {
    Dataset<Row> docs = documents.select(DOC_ID, Columns.SOURCE, Columns.PUBLISHED_AT)
        .join(vectors.select(DOC_ID, ArticleVectors.SECONDS), DOC_ID)
        .join(placed, new String[] {DOC_ID}, "left")
        .withColumn(Columns.STORY_ID, Ids.hash16(coalesce(col(StoryAssignment.STORY_KEY), col(DOC_ID))));
    return docs
        .withColumn(StoryDocsTable.LAG_HOURS, col(ArticleVectors.SECONDS)
            .minus(min(ArticleVectors.SECONDS).over(Window.partitionBy(Columns.STORY_ID))).divide(3600.0))
        .select(columns(StoryDocsTable.SCHEMA));
  }
}
