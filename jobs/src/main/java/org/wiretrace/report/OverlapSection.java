package org.wiretrace.report;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.wiretrace.Columns.CLUSTER_ID;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.N_WORDS;
import static org.wiretrace.Columns.SOURCE_A;
import static org.wiretrace.Columns.SOURCE_B;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wiretrace.Columns;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.overlap.DocPairsTable;
import org.wiretrace.overlap.PassagesTable;
import org.wiretrace.overlap.SourceOverlapTable;
import org.wiretrace.stories.SourceSimilarityTable;

/**
 * Overlap: who carries whose articles (source_overlap), the longest reused passages, near-duplicate clusters
 * (doc_pairs.cluster_id). Table and column names follow the overlap stage's contract.
 */
final class OverlapSection implements Section {
  private static final int PASSAGE_CHARS = 600;

  @Override
  public String id() {
    return "overlap";
  }

  @Override
  public String title() {
    return "Overlap";
  }

  @Override
  public String missingHint() {
    return "no source_overlap, passages or doc_pairs table: run the overlap stage";
  }

  @Override
  public String render(ReportTables tables, int top) {
    boolean hasDocuments = tables.has(DocumentsTable.NAME);
    List<String> present = Stream.of(SourceOverlapTable.NAME, PassagesTable.NAME, DocPairsTable.NAME)
        .filter(tables::has).toList();
    if (present.isEmpty()) {
      return "";
    }
    if (present.stream().allMatch(name -> tables.get(name).isEmpty())) {
      return "<p>No verbatim reuse: no two documents share a passage of text, so there is no outlet × outlet "
          + "overlap, reused passage or near-duplicate to show. How alike the outlets' coverage is (the stories "
          + "they have in common, how alike their articles read) is "
          + (tables.has(SourceSimilarityTable.NAME) ? "under <a href=\"#stories\">Stories</a>."
              : "in the stories stage's source_similarity table (run the stories stage).") + "</p>";
    }
    StringBuilder html = new StringBuilder();
    if (tables.has(SourceOverlapTable.NAME)) {
      html.append("<h3>Outlet × outlet</h3><p class=\"note\">Row outlet A, column outlet B: share_a_in_b, the "
          + "share of A's words that lie in passages shared with B (the outlets with the most documents).</p>")
          .append(heatmap(tables.get(SourceOverlapTable.NAME), 2 * top));
    }
    if (tables.has(PassagesTable.NAME) && hasDocuments) {
      html.append("<h3>Longest reused passages</h3>")
          .append(passages(tables.get(PassagesTable.NAME), tables.get(DocumentsTable.NAME), top));
    }
    if (tables.has(DocPairsTable.NAME) && hasDocuments) {
      html.append("<h3>Largest near-duplicate clusters</h3>")
          .append(clusters(tables.get(DocPairsTable.NAME), tables.get(DocumentsTable.NAME), top));
    }
    return html.toString();
  }

  /** Known outlets only: pairs with a document of no known outlet are said apart, never drawn as an outlet. */
  private static String heatmap(Dataset<Row> overlap, int outlets) {
    Dataset<Row> known = overlap.where(col(SOURCE_A).isNotNull().and(col(SOURCE_B).isNotNull()));
    Row counts = overlap.agg(countDistinct(when(col(SOURCE_B).isNotNull(), col(SOURCE_A))),
        count(when(col(SOURCE_A).isNull().or(col(SOURCE_B).isNull()), 1))).first();
    List<String> labels = known.groupBy(SOURCE_A).agg(max(SourceOverlapTable.DOCS_A).as("docs"))
        .orderBy(desc("docs"), asc(SOURCE_A)).limit(outlets).collectAsList().stream()
        .map(r -> r.getString(0)).toList();
    Svg.Cell[][] cells = new Svg.Cell[labels.size()][labels.size()];
    for (int a = 0; a < labels.size(); a++) {
      for (int b = 0; b < labels.size(); b++) {
        cells[a][b] = new Svg.Cell(null, "", labels.get(a) + " in " + labels.get(b) + ": no pairs");
      }
    }
    List<Row> rows = known.where(col(SOURCE_A).isin(labels.toArray()).and(col(SOURCE_B).isin(labels.toArray())))
        .select(SOURCE_A, SOURCE_B, SourceOverlapTable.SHARE_A_IN_B).collectAsList();
    for (Row row : rows) {
      if (!row.isNullAt(2)) {
        double share = row.getDouble(2);
        cells[labels.indexOf(row.getString(0))][labels.indexOf(row.getString(1))] = new Svg.Cell(share,
            Html.percent(share), row.getString(0) + " in " + row.getString(1) + ": " + Html.percent(share));
      }
    }
    List<String> notes = new ArrayList<>();
    long allOutlets = counts.getLong(0);
    if (allOutlets > labels.size()) {
      notes.add(Html.count(allOutlets - labels.size(), "more outlet") + " with shared text not shown.");
    }
    if (counts.getLong(1) > 0) {
      notes.add("Text shared with documents of no known outlet is left out of the matrix.");
    }
    String note = notes.isEmpty() ? "" : "<p class=\"note\">" + Html.escape(String.join(" ", notes)) + "</p>";
    return (labels.isEmpty() ? "<p>No two documents of known outlets share text.</p>" : Svg.heatmap(labels, cells))
        + note;
  }

  /** Both sides of each passage, sliced from documents.text by the code-point offsets, with outlet and date. */
  private static String passages(Dataset<Row> passages, Dataset<Row> documents, int top) {
    Column[] longestFirst = {desc(N_WORDS), asc(DOC_A), asc(PassagesTable.A_BEGIN), asc(DOC_B),
        asc(PassagesTable.B_BEGIN)};
    // Pick the passages first, so only their few documents are joined.
    Dataset<Row> longest = passages.orderBy(longestFirst).limit(top);
    List<Row> rows = longest.join(side(documents, DOC_A, "a"), DOC_A).join(side(documents, DOC_B, "b"), DOC_B)
        .orderBy(longestFirst)
        .select(col(N_WORDS), col("a_source"), col("a_published"), col("a_title"),
            slice(col("a_text"), col(PassagesTable.A_BEGIN), col(PassagesTable.A_END)),
            col("b_source"), col("b_published"), col("b_title"),
            slice(col("b_text"), col(PassagesTable.B_BEGIN), col(PassagesTable.B_END)))
        .collectAsList();
    if (rows.isEmpty()) {
      return "<p>No passages.</p>";
    }
    StringBuilder html = new StringBuilder();
    for (Row row : rows) {
      html.append("<div class=\"pair\"><div class=\"pair-head\">").append(row.getInt(0)).append(" words</div>")
          .append(passageSide(row, 1)).append(passageSide(row, 5)).append("</div>");
    }
    return html.toString();
  }

  /** The documents as one side of a pair: its doc column ({@code doc_a}) and fields prefixed with {@code side}. */
  private static Dataset<Row> side(Dataset<Row> documents, String docColumn, String side) {
    return documents.select(col(Columns.DOC_ID).as(docColumn),
        col(Columns.SOURCE).as(side + "_source"), col(Columns.PUBLISHED_AT).as(side + "_published"),
        col(Columns.TITLE).as(side + "_title"), col(Columns.TEXT).as(side + "_text"));
  }

  /** substring is 1-based and counts code points, as the offsets do. */
  private static Column slice(Column text, Column begin, Column end) {
    return text.substr(begin.plus(1), end.minus(begin));
  }

  private static String passageSide(Row row, int first) {
    String source = Outlets.label(row.getString(first));
    return "<blockquote><div class=\"meta\"><b>" + Html.escape(Html.shorten(source, 80)) + "</b> · "
        + Html.escape(Html.format(row.get(first + 1))) + " · "
        + Html.escape(Html.shorten(row.getString(first + 2), 120))
        + "</div>" + Html.escape(Html.shorten(row.getString(first + 3), PASSAGE_CHARS)) + "</blockquote>";
  }

  private static String clusters(Dataset<Row> pairs, Dataset<Row> documents, int top) {
    Dataset<Row> clustered = pairs.where(col(CLUSTER_ID).isNotNull());
    Dataset<Row> members = clustered.select(col(CLUSTER_ID), col(DOC_A).as(Columns.DOC_ID))
        .union(clustered.select(col(CLUSTER_ID), col(DOC_B).as(Columns.DOC_ID))).distinct();
    // The largest clusters first, from the pairs alone; then only their documents are joined.
    Dataset<Row> largest = members.groupBy(CLUSTER_ID).agg(count(lit(1)).as("n_docs"))
        .orderBy(desc("n_docs"), asc(CLUSTER_ID)).limit(top);
    List<Row> rows = members.join(largest, CLUSTER_ID).join(documents, Columns.DOC_ID)
        .groupBy(col(CLUSTER_ID), col("n_docs"))
        .agg(countDistinct(col(Columns.SOURCE)).as("n_sources"),
            // The earliest dated document (undated ones last, then by id): its title names the cluster.
            min(struct(col(Columns.PUBLISHED_AT).isNull().as("undated"), col(Columns.PUBLISHED_AT),
                col(Columns.DOC_ID), col(Columns.TITLE))).as("first"),
            array_join(array_sort(collect_set(col(Columns.SOURCE))), ", ").as("sources"),
            count(when(col(Columns.SOURCE).isNull(), 1)).as("unknown"))
        .orderBy(desc("n_docs"), asc(CLUSTER_ID))
        .select(col("first.title"), col("n_docs"), col("n_sources"), col("first.published_at"), col("sources"),
            col("unknown"))
        .collectAsList();
    return rows.isEmpty() ? "<p>No near-duplicate clusters.</p>" : Html.table(
        List.of("title of the first document", "documents", "outlets", "first published", "outlets carrying it"),
        rows.stream().map(r -> new Object[] {r.get(0), r.get(1), r.get(2), r.get(3), outletList(r.getString(4),
            r.getLong(5))}).toList());
  }

  /** The known outlets, then the unknown one when some documents have none. */
  static String outletList(String known, long unknownDocuments) {
    if (unknownDocuments == 0) {
      return known;
    }
    return known.isEmpty() ? Outlets.UNKNOWN : known + ", " + Outlets.UNKNOWN;
  }
}
