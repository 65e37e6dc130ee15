package org.wiretrace.report;

import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.wiretrace.Columns.SOURCE;
import static org.wiretrace.Columns.SOURCE_A;
import static org.wiretrace.Columns.SOURCE_B;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wiretrace.stories.SourceSimilarityTable;

/**
 * How alike outlets' coverage is (source_similarity), outlet × outlet, for the Stories section. Only known outlets
 * are in source_similarity; with two of them the matrix has a value in every cell off the diagonal.
 */
final class CoverageSimilarity {
  private CoverageSimilarity() {}

  /**
   * Two heatmaps of the outlets with the most stories: the stories they have in common (story_jaccard) and how alike
   * their articles on those stories read (content_cosine).
   */
  static String heatmaps(Dataset<Row> similarity, int max) {
    Dataset<Row> perOutlet = similarity.select(col(SOURCE_A).as(SOURCE),
            col(SourceSimilarityTable.STORIES_A).as("stories"))
        .union(similarity.select(col(SOURCE_B).as(SOURCE), col(SourceSimilarityTable.STORIES_B).as("stories")))
        .distinct();
    List<String> labels = perOutlet.orderBy(desc("stories"), asc(SOURCE)).limit(max).collectAsList().stream()
        .map(r -> r.getString(0)).toList();
    if (labels.size() < 2) {
      return "<p>Fewer than two known outlets: no pair of outlets to compare.</p>";
    }
    long all = perOutlet.count();
    int n = labels.size();
    Svg.Cell[][] jaccard = new Svg.Cell[n][n];
    Svg.Cell[][] cosine = new Svg.Cell[n][n];
    for (int i = 0; i < n; i++) {
      jaccard[i][i] = new Svg.Cell(null, "", labels.get(i) + ": the same outlet");
      cosine[i][i] = jaccard[i][i];
    }
    Object[] named = labels.toArray();
    List<Row> pairs = similarity.where(col(SOURCE_A).isin(named).and(col(SOURCE_B).isin(named)))
        .select(col(SOURCE_A), col(SOURCE_B), col(SourceSimilarityTable.STORIES_A),
            col(SourceSimilarityTable.STORIES_B), col(SourceSimilarityTable.SHARED_STORIES),
            col(SourceSimilarityTable.STORY_JACCARD), col(SourceSimilarityTable.CONTENT_COSINE),
            col(SourceSimilarityTable.SHARED_QUOTES), col(SourceSimilarityTable.SHARED_PASSAGES))
        .collectAsList();
    for (Row pair : pairs) {
      int a = labels.indexOf(pair.getString(0));
      int b = labels.indexOf(pair.getString(1));
      double storyJaccard = pair.getDouble(5);
      Double contentCosine = pair.isNullAt(6) ? null : pair.getDouble(6);
      String tip = pair.getString(0) + " · " + pair.getString(1) + ": "
          + Html.count(pair.getLong(4), "story", "stories") + " in common (of " + pair.getLong(2) + " and "
          + pair.getLong(3)
          + "), story Jaccard " + Html.percent(storyJaccard) + "; content cosine "
          + (contentCosine == null ? "— (no story in common)" : decimal(contentCosine))
          + (pair.isNullAt(7) ? "" : "; " + Html.count(pair.getLong(7), "quotation") + " in common")
          + (pair.isNullAt(8) ? "" : "; " + Html.count(pair.getLong(8), "shared passage"));
      jaccard[a][b] = new Svg.Cell(storyJaccard, Html.percent(storyJaccard), tip);
      cosine[a][b] = new Svg.Cell(contentCosine, contentCosine == null ? "" : decimal(contentCosine), tip);
      jaccard[b][a] = jaccard[a][b];
      cosine[b][a] = cosine[a][b];
    }
    String more = all > n ? " " + Html.count(all - n, "more outlet") + " not shown." : "";
    return "<p class=\"note\">The outlets with the most stories. Stories in common: story_jaccard, the stories "
        + "both outlets covered as a share of the stories either covered. How alike their articles read: "
        + "content_cosine, the mean cosine of the body terms of their articles on the stories both covered (grey: no "
        + "story in common). Articles of no known outlet are left out." + Html.escape(more)
        + "</p><div class=\"row\"><figure><figcaption>Stories in common "
        + "(story_jaccard)</figcaption>" + Svg.heatmap(labels, jaccard) + "</figure><figure><figcaption>How alike "
        + "their articles read (content_cosine)</figcaption>" + Svg.heatmap(labels, cosine) + "</figure></div>";
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
