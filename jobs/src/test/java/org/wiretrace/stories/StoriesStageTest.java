package org.wiretrace.stories;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretrace.ingest.TestDocuments.article;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wiretrace.Columns;
import org.wiretrace.Ids;
import org.wiretrace.ingest.TestDocuments;
import org.wiretrace.terms.Terms;

/**
 * The stage on seven short articles: three outlets report one court ruling (two on the day, one the next day), two
 * report a port strike, one reports an unrelated storm, and one strike report is undated. Expected stories, counts and
 * outlet pairs are worked out from the articles.
 */
class StoriesStageTest {
  private static final LocalDateTime DAY = LocalDateTime.of(2024, 3, 4, 9, 0);
  private static final String RULING_1 = "The Supreme Court of Ruritania struck down the Zelenko media law on Monday, "
      + "ruling that its licence fees for newspapers breached the constitution. Chief Justice Amara Velk wrote the "
      + "opinion. The Zelenko law had required every newspaper to buy a yearly licence.";
  private static final String RULING_2 = "Ruritania's Supreme Court on Monday overturned the Zelenko media law, "
      + "saying licence fees for newspapers were unconstitutional. The ruling, written by Chief Justice Amara Velk, "
      + "ends a two-year fight over the licences.";
  private static final String RULING_3 = "A day after the Supreme Court of Ruritania struck down the Zelenko media "
      + "law, newspapers said they would stop paying licence fees. Chief Justice Amara Velk had found the fees "
      + "unconstitutional.";
  private static final String STRIKE_1 = "Dockworkers at the port of Calvera walked out on Tuesday in a strike over "
      + "pay, halting container traffic. The Calvera Dockers Union said the strike would last three days.";
  private static final String STRIKE_2 = "Container traffic stopped at the port of Calvera as dockworkers began a "
      + "three-day strike over pay, the Calvera Dockers Union said.";
  private static final String STORM = "A winter storm brought heavy snow to the Velkan mountains on Wednesday, "
      + "closing roads and cutting power to villages across the region.";

  private static final TestDocuments.Article[] ARTICLES = {
      article("r1", "Daily Post", DAY, RULING_1),
      article("r2", "Evening Wire", DAY.plusHours(3), RULING_2),
      article("r3", "Coast Herald", DAY.plusDays(1), RULING_3),
      article("s1", "Daily Post", DAY.plusDays(1), STRIKE_1),
      article("s2", "Evening Wire", null, STRIKE_2),
      article("w1", "Coast Herald", DAY.plusDays(2), STORM)};

  private static Dataset<Row> storyDocs;
  private static Map<String, Row> docs;
  private static Map<String, Row> stories;
  private static Map<String, Row> outletPairs;

  @BeforeAll
  static void run() {
    Dataset<Row> documents = TestDocuments.of(ARTICLES);
    Dataset<Row> perDocument = Terms.perDocument(documents).cache();
    Dataset<Row> docTerms = Terms.docTerms(perDocument, Terms.terms(perDocument, 6)).cache();
    Dataset<Row> vectors = ArticleVectors.of(documents, 6, docTerms, StoriesOptions.DEFAULTS).cache();
    Dataset<Row> links = StoryLinks.of(vectors, StoriesOptions.DEFAULTS).cache();
    storyDocs = StoryDocs.of(documents, vectors,
        StoryAssignment.of(links, vectors, StoriesOptions.DEFAULTS)).cache();
    docs = byKey(storyDocs, Columns.DOC_ID);
    stories = byKey(StorySummary.of(storyDocs, documents), Columns.STORY_ID);
    outletPairs = new HashMap<>();
    SourceSimilarity.of(SourceSimilarity.known(storyDocs, vectors), null, null).collectAsList()
        .forEach(r -> outletPairs.put(r.getString(0) + "|" + r.getString(1), r));
  }

  private static Map<String, Row> byKey(Dataset<Row> rows, String key) {
    return rows.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs(key), r -> r));
  }

  private static String story(String doc) {
    return docs.get(doc).getAs(Columns.STORY_ID);
  }

  @Test
  void eachEventIsOneStoryAndTheStoryIdIsTheHashOfItsSmallestDocId() {
    assertEquals(story("r1"), story("r2"));
    assertEquals(story("r1"), story("r3"));
    assertEquals(story("s1"), story("s2"));
    assertEquals(3, new HashSet<>(List.of(story("r1"), story("s1"), story("w1"))).size());
    assertEquals(Ids.sha16("r1"), story("r1"));
    assertEquals(Ids.sha16("s1"), story("s1"));
  }

  @Test
  void storiesCountArticlesOutletsAndWhoWasFirst() {
    Row ruling = stories.get(story("r1"));
    assertEquals(3, ruling.<Integer>getAs(Columns.N_DOCS));
    assertEquals(3, ruling.<Integer>getAs(Columns.N_SOURCES));
    assertEquals(DAY, ruling.getAs(Columns.FIRST_PUBLISHED));
    assertEquals(DAY.plusDays(1), ruling.getAs(StoriesTable.LAST_PUBLISHED));
    assertEquals(List.of("Daily Post"), ruling.getList(ruling.fieldIndex(StoriesTable.FIRST_SOURCES)));
    // r2 came 3 hours after r1, r3 a day after; the undated strike report has no lag.
    assertEquals(3.0, docs.get("r2").<Double>getAs(StoryDocsTable.LAG_HOURS), 1e-9);
    assertEquals(24.0, docs.get("r3").<Double>getAs(StoryDocsTable.LAG_HOURS), 1e-9);
    assertNull(docs.get("s2").getAs(StoryDocsTable.LAG_HOURS));
    assertNull(docs.get("w1").getAs(StoryDocsTable.SIMILARITY));
    assertTrue(docs.get("r1").<Double>getAs(StoryDocsTable.SIMILARITY) >= StoriesOptions.DEFAULT_THRESHOLD);
  }

  @Test
  void everyPairOfOutletsHasARow() {
    // Daily Post: ruling, strike. Evening Wire: ruling, strike. Coast Herald: ruling, storm.
    assertEquals(Set.of("Coast Herald|Daily Post", "Coast Herald|Evening Wire", "Daily Post|Evening Wire"),
        outletPairs.keySet());
    Row postWire = outletPairs.get("Daily Post|Evening Wire");
    assertEquals(List.of(2L, 2L, 2L), List.of(postWire.<Long>getAs(SourceSimilarityTable.STORIES_A),
        postWire.<Long>getAs(SourceSimilarityTable.STORIES_B),
        postWire.<Long>getAs(SourceSimilarityTable.SHARED_STORIES)));
    assertEquals(1.0, postWire.<Double>getAs(SourceSimilarityTable.STORY_JACCARD), 1e-12);
    // The ruling: Daily Post 3 hours ahead; the strike: Evening Wire undated, so no one was first.
    assertEquals(1L, postWire.<Long>getAs(Columns.A_FIRST));
    assertEquals(0L, postWire.<Long>getAs(SourceSimilarityTable.B_FIRST));
    assertEquals(3.0, postWire.<Double>getAs(SourceSimilarityTable.MEDIAN_LAG_HOURS), 1e-9);
    Row heraldPost = outletPairs.get("Coast Herald|Daily Post");
    assertEquals(1.0 / 3, heraldPost.<Double>getAs(SourceSimilarityTable.STORY_JACCARD), 1e-12);
    assertEquals(0L, heraldPost.<Long>getAs(Columns.A_FIRST));
    assertEquals(1L, heraldPost.<Long>getAs(SourceSimilarityTable.B_FIRST));
    assertNull(heraldPost.getAs(SourceSimilarityTable.SHARED_QUOTES));
  }

  @Test
  void knownOutletsAreCountedUpToTwo() {
    assertEquals(2L, SourceSimilarity.knownOutlets(storyDocs));
    assertEquals(1L, SourceSimilarity.knownOutlets(storyDocs.filter(
        col(Columns.SOURCE).equalTo("Coast Herald"))));
    assertEquals(0L, SourceSimilarity.knownOutlets(storyDocs.filter(
        col(Columns.SOURCE).isNull())));
  }

  @Test
  void storyIdsDoNotDependOnPartitioning() {
    Dataset<Row> documents = TestDocuments.of(ARTICLES).repartition(5);
    Dataset<Row> perDocument = Terms.perDocument(documents);
    Dataset<Row> docTerms = Terms.docTerms(perDocument, Terms.terms(perDocument, 6)).repartition(3);
    Dataset<Row> vectors = ArticleVectors.of(documents, 6, docTerms, StoriesOptions.DEFAULTS);
    Map<String, Row> again = byKey(StoryDocs.of(documents, vectors,
        StoryAssignment.of(StoryLinks.of(vectors, StoriesOptions.DEFAULTS), vectors, StoriesOptions.DEFAULTS)),
        Columns.DOC_ID);
    docs.forEach((doc, row) -> {
      assertEquals(row.<String>getAs(Columns.STORY_ID), again.get(doc).getAs(Columns.STORY_ID), doc);
      assertEquals(row.<Double>getAs(StoryDocsTable.SIMILARITY), again.get(doc).getAs(StoryDocsTable.SIMILARITY), doc);
    });
  }
}
