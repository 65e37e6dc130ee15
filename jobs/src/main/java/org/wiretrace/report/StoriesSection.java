package org.wiretrace.report;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.asc_nulls_last;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.when;
import static org.wiretrace.Columns.FIRST_PUBLISHED;
import static org.wiretrace.Columns.N_DOCS;
import static org.wiretrace.Columns.N_SOURCES;
import static org.wiretrace.Columns.PUBLISHED_AT;
import static org.wiretrace.Columns.SOURCE;
import static org.wiretrace.Columns.STORY_ID;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.wiretrace.stories.SourceSimilarityTable;
import org.wiretrace.stories.StoriesTable;
import org.wiretrace.stories.StoryDocsTable;

/**
 * Stories: the largest stories with their outlets, who published first and a timeline of who published when
 * (stories, story_docs); how alike outlets' coverage is, outlet × outlet (source_similarity). Articles of no known
 * outlet are shown as {@link Outlets#UNKNOWN}, apart from the outlets, and never counted as one.
 */
final class StoriesSection implements Section {
  /** Timelines drawn, for the largest stories of more than one article. */
  static final int TIMELINES = 5;
  /** Times drawn per outlet and story: enough to see a rhythm, few enough for the page. */
  private static final int TIMES_PER_OUTLET = 100;

  /**
   * One outlet (null: the unknown one) in one story: its articles, those with a date, the first one's time and the
   * first {@value #TIMES_PER_OUTLET} times.
   */
  record StoryOutlet(String source, long articles, long dated, LocalDateTime first, List<LocalDateTime> times) {
    long undated() {
      return articles - dated;
    }
  }

  @Override
  public String id() {
    return "stories";
  }

  @Override
  public String title() {
    return "Stories";
  }

  @Override
  public String missingHint() {
    return "no stories, story_docs or source_similarity table: run the stories stage";
  }

  @Override
  public String render(ReportTables tables, int top) {
    StringBuilder html = new StringBuilder();
    if (tables.has(StoriesTable.NAME)) {
      html.append(largest(tables, top));
    }
    if (tables.has(SourceSimilarityTable.NAME)) {
      html.append("<h3>Outlet × outlet: how alike their coverage is</h3>")
          .append(CoverageSimilarity.heatmaps(tables.get(SourceSimilarityTable.NAME), 2 * top));
    }
    return html.toString();
  }

  /** The largest stories as a table, then a timeline for each of the first few with more than one article. */
  private static String largest(ReportTables tables, int top) {
    Dataset<Row> stories = tables.get(StoriesTable.NAME);
    Row totals = stories.agg(count(lit(1)), count(when(col(N_DOCS).gt(1), 1)),
        count(when(col(N_SOURCES).gt(1), 1))).first();
    if (totals.getLong(0) == 0) {
      return "<p>No stories: the run has no documents.</p>";
    }
    StringBuilder html = new StringBuilder("<p>").append(Html.count(totals.getLong(0), "story", "stories"))
        .append(": ").append(totals.getLong(1)).append(" of more than one article, ").append(totals.getLong(2))
        .append(" covered by more than one known outlet.</p>");
    List<Row> largest = stories.orderBy(desc(N_DOCS), desc(N_SOURCES), asc_nulls_last(FIRST_PUBLISHED),
            asc(STORY_ID)).limit(top)
        .select(STORY_ID, StoriesTable.LABEL, N_DOCS, N_SOURCES, FIRST_PUBLISHED, StoriesTable.FIRST_SOURCES)
        .collectAsList();
    Map<String, List<StoryOutlet>> outlets = tables.has(StoryDocsTable.NAME)
        ? outlets(tables.get(StoryDocsTable.NAME), largest.stream().map(r -> r.getString(0)).toList(), 2 * top)
        : Map.of();
    List<Object[]> rows = new ArrayList<>();
    for (Row story : largest) {
      List<StoryOutlet> its = outlets.getOrDefault(story.getString(0), List.of());
      LocalDateTime first = story.getAs(FIRST_PUBLISHED);
      String firstBy = first == null ? null : its.isEmpty() ? String.join(", ", story.<String>getList(5))
          : String.join(", ", its.stream().filter(o -> first.equals(o.first())).map(o -> name(o.source())).toList());
      rows.add(new Object[] {story.getString(1), (long) story.getInt(2), (long) story.getInt(3), first,
          firstBy == null || firstBy.isEmpty() ? null : firstBy, outletList(its, story.getInt(3))});
    }
    html.append("<h3>Largest stories</h3>").append(Html.table(List.of("story (title of its first article)",
        "articles", "outlets", "first published", "first published by", "outlets, first to last"), rows));
    List<Row> told = largest.stream().filter(story -> story.getInt(2) > 1).limit(TIMELINES).toList();
    if (!outlets.isEmpty() && !told.isEmpty()) {
      html.append("<h3>Who published when</h3><p class=\"note\">Each dot is an article, on its outlet's line; the "
          + "largest stories of more than one article.</p>");
      told.forEach(story -> html.append(timeline(story, outlets.getOrDefault(story.getString(0), List.of()))));
    }
    return html.toString();
  }

  private static String outletList(List<StoryOutlet> outlets, int known) {
    long shown = outlets.stream().filter(o -> o.source() != null).count();
    String list = String.join(", ", outlets.stream().map(o -> name(o.source())
        + (o.articles() > 1 ? " (" + o.articles() + ")" : "")).toList());
    return known > shown ? list + " and " + Html.count(known - shown, "more outlet") : list;
  }

  /** An outlet in a list: its name, shortened, or {@link Outlets#UNKNOWN}. */
  private static String name(String source) {
    return Html.shorten(Outlets.label(source), 60);
  }

  /**
   * Per story, its outlets from the first to publish to the last (undated ones after, the unknown outlet last), at
   * most {@code max} known ones.
   */
  static Map<String, List<StoryOutlet>> outlets(Dataset<Row> storyDocs, List<String> storyIds, int max) {
    Dataset<Row> perOutlet = storyDocs.where(col(STORY_ID).isin(storyIds.toArray()))
        .groupBy(STORY_ID, SOURCE)
        .agg(count(lit(1)).as("articles"), count(col(PUBLISHED_AT)).as("dated"), min(PUBLISHED_AT).as("first"),
            slice(array_sort(collect_list(PUBLISHED_AT)), 1, TIMES_PER_OUTLET).as("times"));
    Column[] order = {col(SOURCE).isNull(), asc_nulls_last("first"), desc("articles"), asc(SOURCE)};
    List<Row> rows = perOutlet
        .withColumn("pos", row_number().over(Window.partitionBy(STORY_ID).orderBy(order)))
        .where(col("pos").leq(max).or(col(SOURCE).isNull()))
        .orderBy(col(STORY_ID), col("pos")).collectAsList();
    Map<String, List<StoryOutlet>> byStory = new LinkedHashMap<>();
    for (Row row : rows) {
      byStory.computeIfAbsent(row.getString(0), id -> new ArrayList<>()).add(new StoryOutlet(row.getString(1),
          row.getLong(2), row.getLong(3), row.getAs(4), row.getList(5)));
    }
    return byStory;
  }

  private static String timeline(Row story, List<StoryOutlet> outlets) {
    StringBuilder html = new StringBuilder("<figure><figcaption>")
        .append(Html.escape(Html.shorten(story.getString(1), 160))).append("</figcaption>");
    List<Svg.Track> tracks = outlets.stream().filter(o -> !o.times().isEmpty())
        .map(o -> new Svg.Track(Outlets.label(o.source()), o.times())).toList();
    if (tracks.isEmpty()) {
      html.append("<p class=\"note\">No article of this story has a date.</p>");
    } else {
      html.append(Svg.timeline(tracks, 760));
    }
    List<String> undated = outlets.stream().filter(o -> o.undated() > 0)
        .map(o -> name(o.source()) + (o.undated() > 1 ? " (" + o.undated() + ")" : "")).toList();
    if (!undated.isEmpty() && !tracks.isEmpty()) {
      html.append("<p class=\"note\">Undated: ").append(Html.escape(String.join(", ", undated))).append(".</p>");
    }
    return html.append("</figure>").toString();
  }
}
