package org.wiretrace.report;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.desc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wiretrace.Columns;
import org.wiretrace.quotes.QuoteClustersTable;
import org.wiretrace.quotes.QuoteForms;
import org.wiretrace.quotes.QuoteText;
import org.wiretrace.quotes.QuoteVariantsTable;
import org.wiretrace.quotes.QuotesTable;
import org.wiretrace.quotes.SpeakersTable;

/** Part of the quotes section: altered quotations beside their full form, and quotations given to several speakers. */
final class QuoteFidelity {
  private static final String FULL = "full";
  private static final String FORM = "form";
  private static final String OUTLETS = "outlets";
  private static final String DOCS = "docs";

  private QuoteFidelity() {}

  /** Whether the run has the tables (an output older than quote_variants has not: the part is left out). */
  static boolean available(ReportTables tables) {
    return tables.has(QuoteVariantsTable.NAME) && tables.has(QuotesTable.NAME) && tables.has(QuoteClustersTable.NAME)
        && List.of(tables.get(QuoteClustersTable.NAME).columns()).contains(QuoteClustersTable.DRIFT);
  }

  static String render(ReportTables tables, int top) {
    return altered(tables, top) + drifted(tables, top);
  }

  /** The altered quotations of the widest-carried clusters, each beside the run of the full form it changes. */
  private static String altered(ReportTables tables, int top) {
    List<Row> rows = tables.get(QuoteVariantsTable.NAME)
        .where(col(QuoteVariantsTable.RELATION).equalTo(QuoteVariantsTable.ALTERED))
        .join(tables.get(QuotesTable.NAME).select(col(QuotesTable.QUOTE_ID), col(Columns.TEXT).as(FORM)),
            QuotesTable.QUOTE_ID)
        .join(tables.get(QuoteClustersTable.NAME).select(col(Columns.CLUSTER_ID), col(Columns.TEXT).as(FULL),
            col(Columns.N_SOURCES)), Columns.CLUSTER_ID)
        .orderBy(desc(Columns.N_SOURCES), asc(Columns.CLUSTER_ID), asc(QuoteVariantsTable.WORD_EDITS),
            asc(QuotesTable.QUOTE_ID))
        .limit(top)
        .select(FULL, FORM, Columns.SOURCE, QuoteVariantsTable.WORD_EDITS)
        .collectAsList();
    String heading = "<h3>Altered quotations</h3>";
    if (rows.isEmpty()) {
      return heading + "<p>No quotation was carried with words changed.</p>";
    }
    List<String[]> cells = new ArrayList<>();
    for (Row r : rows) {
      String full = QuoteText.normalize(r.getString(0));
      String form = QuoteText.normalize(r.getString(1));
      QuoteForms.Alignment a = QuoteForms.align(form, full);
      String[] fullWords = full.split(" ");
      cells.add(new String[] {
          (a.fullBegin() > 0 ? "… " : "") + marked(fullWords, a.changedInFull(), a.fullBegin(), a.fullEnd(), "del")
              + (a.fullEnd() < fullWords.length ? " …" : ""),
          marked(form.split(" "), a.changedInForm(), 0, a.changedInForm().length, "ins"),
          Html.escape(Html.format(r.get(2))), Html.escape(Html.format(r.get(3)))});
    }
    return heading + "<p class=\"note\">Words as compared (lower case, no punctuation): struck out in the full form, "
        + "the words the outlet left out or replaced; marked in its form, the words it put in.</p>"
        + Html.markupTable(List.of("full form", "as carried", "outlet", "word edits"), cells);
  }

  /** The words from {@code from} to {@code to}, escaped, those changed wrapped in {@code tag}. */
  private static String marked(String[] words, boolean[] changed, int from, int to, String tag) {
    StringBuilder html = new StringBuilder();
    for (int i = from; i < to; i++) {
      String word = Html.escape(words[i]);
      html.append(i > from ? " " : "").append(changed[i] ? "<" + tag + ">" + word + "</" + tag + ">" : word);
    }
    return html.toString();
  }

  /** Clusters attributed to more than one speaker: each speaker with the outlets (else documents) naming them. */
  private static String drifted(ReportTables tables, int top) {
    Dataset<Row> clusters = tables.get(QuoteClustersTable.NAME).where(col(QuoteClustersTable.DRIFT))
        .orderBy(desc(Columns.N_SOURCES), desc(Columns.N_DOCS), asc(Columns.CLUSTER_ID)).limit(top)
        .select(Columns.CLUSTER_ID, Columns.TEXT, Columns.N_SOURCES, Columns.N_DOCS);
    Dataset<Row> speakers = tables.get(QuoteVariantsTable.NAME).where(col(Columns.SPEAKER_ID).isNotNull())
        .groupBy(Columns.CLUSTER_ID, Columns.SPEAKER_ID)
        .agg(array_sort(collect_set(col(Columns.SOURCE))).as(OUTLETS), count_distinct(col(Columns.DOC_ID)).as(DOCS));
    Dataset<Row> named = tables.has(SpeakersTable.NAME)
        ? speakers.join(tables.get(SpeakersTable.NAME).select(Columns.SPEAKER_ID, SpeakersTable.NAME_COLUMN),
            Columns.SPEAKER_ID, "left")
        : speakers.withColumn(SpeakersTable.NAME_COLUMN, col(Columns.SPEAKER_ID));
    List<Row> rows = clusters.join(named, Columns.CLUSTER_ID)
        .orderBy(desc(Columns.N_SOURCES), desc(Columns.N_DOCS), asc(Columns.CLUSTER_ID), desc(DOCS),
            asc(SpeakersTable.NAME_COLUMN))
        .select(col(Columns.CLUSTER_ID), col(Columns.TEXT), col(SpeakersTable.NAME_COLUMN), col(OUTLETS), col(DOCS))
        .collectAsList();
    String heading = "<h3>Quotations attributed to different speakers</h3>";
    if (rows.isEmpty()) {
      return heading + "<p>No quotation was attributed to different speakers.</p>";
    }
    Map<String, List<String>> byCluster = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Row r : rows) {
      texts.put(r.getString(0), r.getString(1));
      List<String> outlets = r.getList(3);
      String by = outlets.isEmpty() ? Html.count(r.getLong(4), "document") : String.join(", ", outlets);
      byCluster.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(2) + " (" + by + ")");
    }
    return heading + Html.table(List.of("quotation", "speaker (outlets)"), byCluster.entrySet().stream()
        .map(e -> new Object[] {texts.get(e.getKey()), String.join("; ", e.getValue())}).toList());
  }
}
