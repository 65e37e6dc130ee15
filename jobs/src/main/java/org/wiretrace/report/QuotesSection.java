package org.wiretrace.report;

import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wiretrace.Columns;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.quotes.QuoteClustersTable;
import org.wiretrace.quotes.QuotesTable;
import org.wiretrace.quotes.SpeakersTable;

/**
 * Quotes: most-quoted speakers by outlets, quotations carried by most outlets, anonymous share per outlet, altered
 * quotations and quotations attributed to different speakers.
 */
final class QuotesSection implements Section {
  static final String ANONYMOUS = "anonymous";
  static final List<String> ATTRIBUTED = List.of("person", "organisation", ANONYMOUS);

  @Override
  public String id() {
    return "quotes";
  }

  @Override
  public String title() {
    return "Quotes";
  }

  @Override
  public String missingHint() {
    return "no quotes, speakers or quote_clusters table: run the quotes stage";
  }

  @Override
  public String render(ReportTables tables, int top) {
    StringBuilder html = new StringBuilder();
    if (tables.has(SpeakersTable.NAME)) {
      html.append(people(tables, top));
    }
    if (tables.has(QuoteClustersTable.NAME)) {
      html.append(clusters(tables, top));
    }
    if (tables.has(QuotesTable.NAME) && tables.has(DocumentsTable.NAME)) {
      html.append("<h3>Anonymous sources per outlet</h3><p class=\"note\">Share of the outlet's attributed "
          + "quotations (speaker a person, an organisation or an anonymous descriptor) whose speaker is anonymous "
          + "(\"a senior official\"); the outlets with the most attributed quotations.</p>")
          .append(anonymousShare(tables.get(QuotesTable.NAME), tables.get(DocumentsTable.NAME), 2 * top));
    }
    if (QuoteFidelity.available(tables)) {
      html.append(QuoteFidelity.render(tables, top));
    }
    return html.toString();
  }

  /**
   * People (speakers of type person, when the quotes table says so) by the outlets quoting them, then documents; a
   * corpus without outlets (no source column) is ranked and drawn by documents.
   */
  private static String people(ReportTables tables, int top) {
    Dataset<Row> speakers = tables.get(SpeakersTable.NAME);
    if (tables.has(QuotesTable.NAME)) {
      Dataset<Row> persons = tables.get(QuotesTable.NAME).where(col(QuotesTable.SPEAKER_TYPE).equalTo("person"))
          .select(Columns.SPEAKER_ID).distinct();
      speakers = speakers.join(persons, Columns.SPEAKER_ID);
    }
    List<Row> rows = speakers.withColumn("outlets", size(col(SpeakersTable.SOURCES)))
        .orderBy(desc("outlets"), desc(Columns.N_DOCS), desc(SpeakersTable.N_QUOTES),
            asc(SpeakersTable.NAME_COLUMN), asc(Columns.SPEAKER_ID))
        .limit(2 * top).select(SpeakersTable.NAME_COLUMN, "outlets", SpeakersTable.N_QUOTES, Columns.N_DOCS)
        .collectAsList();
    boolean byOutlets = rows.stream().anyMatch(r -> r.getInt(1) > 0);
    String heading = "<h3>Most-quoted people, by " + (byOutlets ? "outlets" : "documents") + " quoting them</h3>";
    return heading + (rows.isEmpty() ? "<p>No people quoted.</p>" : Svg.bars(rows.stream().map(r -> new Svg.Bar(
        r.getString(0), byOutlets ? r.getInt(1) : r.getInt(3), Html.count(r.getInt(1), "outlet") + " · "
        + Html.count(r.getInt(3), "document") + " · " + Html.count(r.getInt(2), "quote"))).toList(), 760));
  }

  private static String clusters(ReportTables tables, int top) {
    Column[] widestFirst = {desc(Columns.N_SOURCES), desc(Columns.N_DOCS),
        asc(Columns.CLUSTER_ID)};
    Dataset<Row> clusters = tables.get(QuoteClustersTable.NAME).orderBy(widestFirst).limit(top);
    if (tables.has(SpeakersTable.NAME)) {
      clusters = clusters.join(tables.get(SpeakersTable.NAME).select(Columns.SPEAKER_ID,
          SpeakersTable.NAME_COLUMN), Columns.SPEAKER_ID, "left");
    } else {
      clusters = clusters.withColumn(SpeakersTable.NAME_COLUMN, col(Columns.SPEAKER_ID));
    }
    List<Row> rows = clusters.orderBy(widestFirst)
        .select(col(Columns.TEXT), col(SpeakersTable.NAME_COLUMN), col(Columns.N_SOURCES),
            col(Columns.N_DOCS), col(Columns.FIRST_PUBLISHED))
        .collectAsList();
    boolean byOutlets = rows.stream().anyMatch(r -> r.getInt(2) > 0);
    String heading = "<h3>Quotations carried by the most " + (byOutlets ? "outlets" : "documents") + "</h3>";
    return heading + (rows.isEmpty() ? "<p>No quotations.</p>" : Html.table(
        List.of("quotation", "speaker", "outlets", "documents", "first published"),
        rows.stream().map(r -> new Object[] {r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)}).toList()));
  }

  static String anonymousShare(Dataset<Row> quotes, Dataset<Row> documents, int outlets) {
    List<Row> rows = quotes.where(col(QuotesTable.SPEAKER_TYPE).isin(ATTRIBUTED.toArray()))
        .join(documents.select(Columns.DOC_ID, Columns.SOURCE), Columns.DOC_ID)
        .where(col(Columns.SOURCE).isNotNull())
        .groupBy(Columns.SOURCE)
        .agg(count(col(QuotesTable.QUOTE_ID)).as("attributed"),
            count(when(col(QuotesTable.SPEAKER_TYPE).equalTo(ANONYMOUS), true)).as("anonymous"))
        .orderBy(desc("attributed"), asc(Columns.SOURCE)).limit(outlets).collectAsList();
    return rows.isEmpty() ? "<p>No attributed quotations from a named outlet.</p>" : Svg.bars(rows.stream().map(r -> {
      double share = (double) r.getLong(2) / r.getLong(1);
      String counts = " (" + r.getLong(2) + " of " + r.getLong(1) + ")";
      return new Svg.Bar(r.getString(0), share, Html.percent(share) + counts);
    }).toList(), 760, 1);
  }
}
