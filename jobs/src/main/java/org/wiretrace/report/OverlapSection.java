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

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.overlap.DocPairsTable;
import org.wiretrace.overlap.PassagesTable;
import org.wiretrace.overlap.SourceOverlapTable;

/**
 * Overlap: who carries whose articles (source_overlap), the longest reused passages, near-duplicate clusters
 * (doc_pairs.cluster_id). Table and column names follow the overlap stage's contract.
 */
final class OverlapSection implements Section {
  static final String SOURCE_OVERLAP = SourceOverlapTable.NAME;
  static final String PASSAGES = PassagesTable.NAME;
  static final String DOC_PAIRS = DocPairsTable.NAME;
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
    StringBuilder html = new StringBuilder();
    if (tables.has(SOURCE_OVERLAP)) {
      html.append("<h3>Outlet × outlet</h3><p class=\"note\">Row outlet A, column outlet B: share_a_in_b, the "
          + "share of A's words that lie in passages shared with B (the outlets with the most documents).</p>")
          .append(heatmap(tables.get(SOURCE_OVERLAP), 2 * top));
    }
    boolean hasDocuments = tables.has(DocumentsTable.NAME);
    if (tables.has(PASSAGES) && hasDocuments) {
      html.append("<h3>Longest reused passages</h3>")
          .append(passages(tables.get(PASSAGES), tables.get(DocumentsTable.NAME), top));
    }
    if (tables.has(DOC_PAIRS) && hasDocuments) {
      html.append("<h3>Largest near-duplicate clusters</h3>")
          .append(clusters(tables.get(DOC_PAIRS), tables.get(DocumentsTable.NAME), top));
    }
    return html.toString();
  }

  private static String heatmap(Dataset<Row> overlap, int outlets) {
    List<String> labels = overlap.groupBy("source_a").agg(max("docs_a").as("docs"))
        .orderBy(desc("docs"), asc("source_a")).limit(outlets).collectAsList().stream()
        .map(r -> r.getString(0)).toList();
    Double[][] shares = new Double[labels.size()][labels.size()];
    List<Row> cells = overlap.where(col("source_a").isin(labels.toArray()).and(col("source_b").isin(labels.toArray())))
        .select("source_a", "source_b", "share_a_in_b").collectAsList();
    for (Row cell : cells) {
      if (!cell.isNullAt(2)) {
        shares[labels.indexOf(cell.getString(0))][labels.indexOf(cell.getString(1))] = cell.getDouble(2);
      }
    }
    return labels.isEmpty() ? "<p>No pairs of outlets share documents.</p>" : Svg.heatmap(labels, shares);
  }

  /** Both sides of each passage, sliced from documents.text by the code-point offsets, with outlet and date. */
  private static String passages(Dataset<Row> passages, Dataset<Row> documents, int top) {
    Column[] longestFirst = {desc("n_words"), asc("doc_a"), asc("a_begin"), asc("doc_b"), asc("b_begin")};
    // Pick the passages first, so only their few documents are joined.
    Dataset<Row> longest = passages.orderBy(longestFirst).limit(top);
    List<Row> rows = longest.join(side(documents, "a"), "doc_a").join(side(documents, "b"), "doc_b")
        .orderBy(longestFirst)
        .select(col("n_words"), col("a_source"), col("a_published"), col("a_title"),
            slice(col("a_text"), col("a_begin"), col("a_end")),
            col("b_source"), col("b_published"), col("b_title"), slice(col("b_text"), col("b_begin"), col("b_end")))
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

  private static Dataset<Row> side(Dataset<Row> documents, String side) {
    return documents.select(col(DocumentsTable.DOC_ID).as("doc_" + side),
        col(DocumentsTable.SOURCE).as(side + "_source"), col(DocumentsTable.PUBLISHED_AT).as(side + "_published"),
        col(DocumentsTable.TITLE).as(side + "_title"), col(DocumentsTable.TEXT).as(side + "_text"));
  }

  /** substring is 1-based and counts code points, as the offsets do. */
  private static Column slice(Column text, Column begin, Column end) {
    return text.substr(begin.plus(1), end.minus(begin));
  }

  private static String passageSide(Row row, int first) {
    String source = row.isNullAt(first) ? CorpusSection.NO_SOURCE : row.getString(first);
    return "<blockquote><div class=\"meta\"><b>" + Html.escape(source) + "</b> · "
        + Html.escape(Html.format(row.get(first + 1))) + " · "
        + Html.escape(Html.shorten(row.getString(first + 2), 120))
        + "</div>" + Html.escape(Html.shorten(row.getString(first + 3), PASSAGE_CHARS)) + "</blockquote>";
  }

  private static String clusters(Dataset<Row> pairs, Dataset<Row> documents, int top) {
    Dataset<Row> clustered = pairs.where(col("cluster_id").isNotNull());
    Dataset<Row> members = clustered.select(col("cluster_id"), col("doc_a").as(DocumentsTable.DOC_ID))
        .union(clustered.select(col("cluster_id"), col("doc_b").as(DocumentsTable.DOC_ID))).distinct();
    // The largest clusters first, from the pairs alone; then only their documents are joined.
    Dataset<Row> largest = members.groupBy("cluster_id").agg(count(lit(1)).as("n_docs"))
        .orderBy(desc("n_docs"), asc("cluster_id")).limit(top);
    List<Row> rows = members.join(largest, "cluster_id").join(documents, DocumentsTable.DOC_ID)
        .groupBy("cluster_id", "n_docs")
        .agg(countDistinct(col(DocumentsTable.SOURCE)).as("n_sources"),
            // The earliest dated document (undated ones last, then by id): its title names the cluster.
            min(struct(col(DocumentsTable.PUBLISHED_AT).isNull().as("undated"), col(DocumentsTable.PUBLISHED_AT),
                col(DocumentsTable.DOC_ID), col(DocumentsTable.TITLE))).as("first"),
            array_join(array_sort(collect_set(col(DocumentsTable.SOURCE))), ", ").as("sources"))
        .orderBy(desc("n_docs"), asc("cluster_id"))
        .select(col("first.title"), col("n_docs"), col("n_sources"), col("first.published_at"), col("sources"))
        .collectAsList();
    return rows.isEmpty() ? "<p>No near-duplicate clusters.</p>" : Html.table(
        List.of("title of the first document", "documents", "outlets", "first published", "outlets carrying it"),
        rows.stream().map(r -> new Object[] {r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)}).toList());
  }
}
