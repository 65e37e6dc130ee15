package org.wiretrace.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.graph.ConnectedComponents;

/**
 * Which story each linked article belongs to. The links at or above the threshold cut the articles into connected
 * sets (a story never spans two); within a set every pair that could be compared is scored exactly (up to
 * {@value #MAX_EXACT} articles, else the candidate links alone stand), and {@link StoryGrouping} splits the set into
 * stories. Articles with no such link are stories of their own and are not in the result.
 */
final class StoryAssignment {
  static final String STORY_KEY = "story_key";
  /** Scoring all pairs of a connected set costs its size squared; beyond this size the candidate links are used. */
  static final int MAX_EXACT = 2000;
  static final StructType SCHEMA = new StructType()
      .add(DOC_ID, DataTypes.StringType, false)
      .add(STORY_KEY, DataTypes.StringType, false)
      .add(StoryDocsTable.SIMILARITY, DataTypes.DoubleType, true);

  private StoryAssignment() {}

  /** (doc_id, story_key, similarity) for the articles of the links; the key is the story's smallest doc_id. */
  static Dataset<Row> of(Dataset<Row> links, Dataset<Row> vectors, StoriesOptions options) {
    String component = ConnectedComponents.COMPONENT;
    Dataset<Row> components = ConnectedComponents.of(
        links.filter(col(StoryLinks.SIMILARITY).geq(options.threshold())));
    Column[] vector = Arrays.stream(vectors.columns()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> members = components.join(vectors, DOC_ID)
        .groupBy(component).agg(collect_list(struct(vector)).as("members"));
    // Links by the set of their first article; one whose second article is in another set is left out in group().
    Dataset<Row> inside = links.join(components.withColumnRenamed(DOC_ID, DOC_A), DOC_A)
        .groupBy(component)
        .agg(collect_list(struct(col(DOC_A), col(DOC_B), col(StoryLinks.SIMILARITY))).as("links"));
    double threshold = options.threshold();
    long window = options.windowSeconds();
    return members.join(inside, component)
        .flatMap((FlatMapFunction<Row, Row>) set -> group(set.getList(1), set.getList(2), threshold, window),
            Encoders.row(SCHEMA));
  }

  /** One connected set: members (vector rows of {@link ArticleVectors}) and its candidate links, in any order. */
  static Iterator<Row> group(List<Row> memberRows, List<Row> linkRows, double threshold, long window) {
    List<Row> sorted = new ArrayList<>(memberRows);
    sorted.sort(Comparator.comparing(m -> m.getString(0)));
    List<StoryGrouping.Member> members = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (Row m : sorted) {
      index.put(m.getString(0), members.size());
      members.add(new StoryGrouping.Member(m.getString(0), m.isNullAt(1) ? null : m.getLong(1)));
    }
    StoryGrouping grouping = new StoryGrouping(members, threshold, window);
    List<StoryGrouping.Link> links = new ArrayList<>();
    if (members.size() <= MAX_EXACT) {
      List<StorySimilarity.Article> articles = sorted.stream().map(m -> ArticleVectors.article(m, 0)).toList();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          if (grouping.comparable(members.get(i), members.get(j))) {
            links.add(new StoryGrouping.Link(i, j, StorySimilarity.score(articles.get(i), articles.get(j))));
          }
        }
      }
    } else {
      for (Row l : linkRows) {
        Integer b = index.get(l.getString(1));
        if (b != null) {
          links.add(new StoryGrouping.Link(index.get(l.getString(0)), b, l.getDouble(2)));
        }
      }
      // Sums of similarities are added in one order whatever the partitioning: the result is deterministic.
      links.sort(Comparator.comparingInt(StoryGrouping.Link::a).thenComparingInt(StoryGrouping.Link::b));
    }
    List<Row> out = new ArrayList<>();
    for (StoryGrouping.Placed p : grouping.group(links)) {
      out.add(RowFactory.create(p.docId(), p.storyKey(), p.similarity()));
    }
    return out.iterator();
  }
}
