package org.wiretrace.report;

import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.wiretrace.Columns;
import org.wiretrace.terms.CollocationsTable;
import org.wiretrace.terms.SourceTermsTable;
import org.wiretrace.terms.TermsTable;

/**
 * Terms: the distinctive terms of each outlet (source_terms by z) and the top collocations (by llr). Table and column
 * names follow the terms stage's contract (source_terms, collocations).
 */
final class TermsSection implements Section {
  private static final int TERMS_PER_SOURCE = 8;

  @Override
  public String id() {
    return "terms";
  }

  @Override
  public String title() {
    return "Terms";
  }

  @Override
  public String missingHint() {
    return "no source_terms or collocations table: run the terms stage";
  }

  @Override
  public String render(ReportTables tables, int top) {
    StringBuilder html = new StringBuilder();
    if (tables.has(SourceTermsTable.NAME)) {
      html.append("<h3>Distinctive terms per outlet</h3>");
      Map<String, List<Svg.Bar>> terms = distinctiveTerms(readable(tables), top);
      if (terms.isEmpty()) {
        html.append("<p>No document of a known outlet: no outlet has terms of its own to compare.</p>");
      } else {
        long outlets = tables.get(SourceTermsTable.NAME).where(col(Columns.SOURCE).isNotNull())
            .select(Columns.SOURCE).distinct().count();
        String more = outlets > terms.size()
            ? " " + Html.count(outlets - terms.size(), "more outlet") + " not shown." : "";
        html.append("<p class=\"note\">The outlets with the most term occurrences; for each, its terms with the "
            + "highest z (how much more often the outlet uses the term than the corpus does); the bar is z, the "
            + "label after it the outlet's count. Documents of no known outlet count only in the corpus." + more
            + "</p><div class=\"grid\">");
        terms.forEach((source, bars) -> html.append("<figure><figcaption title=\"").append(Html.escape(source))
            .append("\">").append(Html.escape(Html.shorten(source, 60))).append("</figcaption>")
            .append(Svg.bars(bars, 380)).append("</figure>"));
        html.append("</div>");
      }
    }
    if (tables.has(CollocationsTable.NAME)) {
      List<Row> rows = tables.get(CollocationsTable.NAME)
          .orderBy(desc(CollocationsTable.LLR), asc(CollocationsTable.NGRAM)).limit(2 * top)
          .select(CollocationsTable.NGRAM, Columns.COUNT, CollocationsTable.LLR, CollocationsTable.PMI,
              CollocationsTable.T).collectAsList();
      html.append("<h3>Top collocations by log-likelihood ratio</h3>").append(rows.isEmpty()
          ? "<p>No two-word phrase occurs often enough to rank (--collocation-min-count).</p>" : Html.table(
          List.of("collocation", "count", "llr", "pmi", "t"),
          rows.stream().map(r -> new Object[] {r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)}).toList()));
    }
    return html.toString();
  }

  /** source_terms with each term shown by its most frequent surface form (belarus, not the stem belaru). */
  static Dataset<Row> readable(ReportTables tables) {
    Dataset<Row> sourceTerms = tables.get(SourceTermsTable.NAME);
    if (!tables.has(TermsTable.NAME)) {
      return sourceTerms;
    }
    Dataset<Row> surfaces = tables.get(TermsTable.NAME).select(Columns.TERM, TermsTable.SURFACE);
    return sourceTerms.join(surfaces, Columns.TERM, "left")
        .withColumn(Columns.TERM, coalesce(col(TermsTable.SURFACE), col(Columns.TERM)))
        .drop(TermsTable.SURFACE);
  }

  /** Outlet → its top terms as bars, for the {@code top} outlets with the most term occurrences. */
  static Map<String, List<Svg.Bar>> distinctiveTerms(Dataset<Row> sourceTerms, int top) {
    Dataset<Row> outlets = sourceTerms.where(col(Columns.SOURCE).isNotNull()).groupBy(Columns.SOURCE)
        .agg(sum(Columns.COUNT).as("total")).orderBy(desc("total"), asc(Columns.SOURCE)).limit(top);
    Dataset<Row> ranked = sourceTerms.where(col(SourceTermsTable.Z).isNotNull()).join(outlets, Columns.SOURCE)
        .withColumn("rank", row_number().over(Window.partitionBy(Columns.SOURCE)
            .orderBy(desc(SourceTermsTable.Z), asc(Columns.TERM))))
        .where(col("rank").leq(TERMS_PER_SOURCE))
        .orderBy(desc("total"), asc(Columns.SOURCE), asc("rank"));
    Map<String, List<Svg.Bar>> bySource = new LinkedHashMap<>();
    for (Row row : ranked.select(Columns.SOURCE, Columns.TERM, SourceTermsTable.Z, Columns.COUNT).collectAsList()) {
      bySource.computeIfAbsent(row.getString(0), s -> new ArrayList<>()).add(new Svg.Bar(row.getString(1),
          row.getDouble(2), String.format(Locale.ROOT, "z %.1f · %d", row.getDouble(2), row.getLong(3))));
    }
    return bySource;
  }
}
