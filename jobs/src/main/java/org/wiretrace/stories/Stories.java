package org.wiretrace.stories;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.wiretrace.Stage;
import org.wiretrace.StageContext;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.overlap.PassagesTable;
import org.wiretrace.quotes.QuotesTable;
import org.wiretrace.terms.DocTermsTable;

/**
 * Stage {@code stories}: the articles that report the same event (story_docs, stories) and how alike outlets'
 * coverage is (source_similarity). Candidate pairs come from shared distinctive names and title-and-lead terms within
 * a time window, never from all pairs ({@link StoryLinks}); stories are cut by time-local average linkage
 * ({@link StoryGrouping}), so a chain of weak links does not merge two events.
 */
public final class Stories implements Stage {
  private final StoriesOptions options;

  public Stories(StoriesOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "stories";
  }

  @Override
  public StoriesOptions options() {
    return options;
  }

  @Override
  public List<String> needs() {
    return List.of(DocumentsTable.NAME, DocTermsTable.NAME);
  }

  @Override
  public List<String> uses() {
    return List.of(QuotesTable.NAME, PassagesTable.NAME);
  }

  @Override
  public List<String> writes() {
    return List.of(StoryDocsTable.NAME, StoriesTable.NAME, SourceSimilarityTable.NAME);
  }

  @Override
  public void run(StageContext context) {
    Dataset<Row> documents = context.table(DocumentsTable.NAME);
    Dataset<Row> vectors = ArticleVectors.of(documents, context.rows(DocumentsTable.NAME),
            context.table(DocTermsTable.NAME), options)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> links = StoryLinks.of(vectors, options).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> placed = StoryAssignment.of(links, vectors, options);
    context.write(StoryDocsTable.NAME, StoryDocs.of(documents, vectors, placed));
    links.unpersist();
    Dataset<Row> storyDocs = context.table(StoryDocsTable.NAME);
    context.write(StoriesTable.NAME, StorySummary.of(storyDocs, documents));
    if (SourceSimilarity.knownOutlets(storyDocs) < 2) {
      // No pair of outlets to compare (a wire archive, a single site): an empty table, without the measures' Spark
      // jobs (35 on Reuters-21578) or waiting for the quotes and passages they would read.
      context.write(SourceSimilarityTable.NAME,
          context.spark().createDataFrame(List.<Row>of(), SourceSimilarityTable.SCHEMA));
    } else {
      Dataset<Row> known = SourceSimilarity.known(storyDocs, vectors).persist(StorageLevel.MEMORY_AND_DISK());
      context.write(SourceSimilarityTable.NAME, SourceSimilarity.of(known,
          context.hasTable(QuotesTable.NAME) ? context.table(QuotesTable.NAME) : null,
          context.hasTable(PassagesTable.NAME) ? context.table(PassagesTable.NAME) : null));
      known.unpersist();
    }
    vectors.unpersist();
  }
}
