package org.wiretrace.report;

import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wiretrace.Columns;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.ingest.RejectsTable;

/** Corpus: documents per outlet (unknown outlets apart) and over time, rejects by reason. */
final class CorpusSection implements Section {

  @Override
  public String id() {
    return "corpus";
  }

  @Override
  public String title() {
    return "Corpus";
  }

  @Override
  public String missingHint() {
    return "no documents table: run the ingest stage";
  }

  @Override
  public String render(ReportTables tables, int top) {
    StringBuilder html = new StringBuilder();
    if (tables.has(DocumentsTable.NAME)) {
      Dataset<Row> documents = tables.get(DocumentsTable.NAME);
      Row totals = documents.agg(count(lit(1)), countDistinct(col(Columns.SOURCE)), count(col(Columns.SOURCE)),
          sum(col(DocumentsTable.N_TOKENS)), min(col(Columns.PUBLISHED_AT)),
          max(col(Columns.PUBLISHED_AT)), count(col(Columns.PUBLISHED_AT))).first();
      long documentCount = totals.getLong(0);
      long unknown = documentCount - totals.getLong(2);
      html.append(Html.table(List.of("documents", "outlets", "outlet unknown", "words", "first published",
              "last published", "undated"),
          List.<Object[]>of(new Object[] {documentCount, totals.getLong(1), unknown,
              totals.isNullAt(3) ? 0L : totals.getLong(3),
              totals.get(4), totals.get(5), documentCount - totals.getLong(6)})));
      if (documentCount == 0) {
        html.append("<p>No documents: every input record was rejected (see below) or the input was empty.</p>");
      } else {
        html.append("<h3>Documents per outlet</h3>").append(perOutlet(documents, totals.getLong(1), unknown, top));
        if (totals.isNullAt(4)) {
          html.append("<p>No document has a publication date.</p>");
        } else {
          Period period = Period.forSpan(totals.getAs(4), totals.getAs(5));
          html.append("<h3>Documents per ").append(period.name).append(" (dated documents)</h3>")
              .append(overTime(documents, period, totals.getAs(4), totals.getAs(5)));
        }
      }
    }
    if (tables.has(RejectsTable.NAME)) {
      List<Row> reasons = tables.get(RejectsTable.NAME).groupBy(RejectsTable.REASON).agg(count(lit(1)).as("n"))
          .orderBy(desc("n"), asc(RejectsTable.REASON)).collectAsList();
      html.append("<h3>Rejected input records by reason</h3>").append(reasons.isEmpty()
          ? "<p>No input record was rejected.</p>"
          : Html.table(List.of("reason", "records"),
              reasons.stream().map(r -> new Object[] {r.getString(0), r.getLong(1)}).toList()));
    }
    return html.toString();
  }

  /** The outlets with the most documents as bars; the rest and the documents of no known outlet in a note. */
  private static String perOutlet(Dataset<Row> documents, long outlets, long unknown, int top) {
    List<Row> rows = documents.where(col(Columns.SOURCE).isNotNull())
        .groupBy(Columns.SOURCE).agg(count(lit(1)).as("n"))
        .orderBy(desc("n"), asc(Columns.SOURCE)).limit(2 * top).collectAsList();
    StringBuilder html = new StringBuilder();
    if (rows.isEmpty()) {
      html.append("<p>No document names its outlet.</p>");
    } else {
      html.append(Svg.bars(rows.stream().map(r -> new Svg.Bar(r.getString(0), r.getLong(1),
          Long.toString(r.getLong(1)))).toList(), 760));
    }
    List<String> notes = new ArrayList<>();
    if (outlets > rows.size()) {
      notes.add("The " + rows.size() + " outlets with the most documents; " + Html.count(outlets - rows.size(),
          "more outlet") + " not shown.");
    }
    if (unknown > 0) {
      notes.add(Html.count(unknown, "document") + " with no known outlet, counted apart as " + Outlets.UNKNOWN
          + ".");
    }
    return notes.isEmpty() ? html.toString()
        : html.append("<p class=\"note\">").append(Html.escape(String.join(" ", notes))).append("</p>").toString();
  }

  /** One column per period from the first to the last, empty periods included so gaps show. */
  private static String overTime(Dataset<Row> documents, Period period, LocalDateTime first, LocalDateTime last) {
    Map<String, Long> counts = new HashMap<>();
    documents.where(col(Columns.PUBLISHED_AT).isNotNull())
        .groupBy(date_format(col(Columns.PUBLISHED_AT), period.pattern).as("period"))
        .agg(count(lit(1)).as("n")).collectAsList().forEach(r -> counts.put(r.getString(0), r.getLong(1)));
    DateTimeFormatter format = DateTimeFormatter.ofPattern(period.pattern, Locale.ROOT);
    List<Svg.Bar> columns = new ArrayList<>();
    LocalDate end = last.toLocalDate();
    for (LocalDate day = period.start(first.toLocalDate()); !day.isAfter(end); day = day.plus(1, period.unit)) {
      String key = day.format(format);
      long n = counts.getOrDefault(key, 0L);
      columns.add(new Svg.Bar(key, n, Long.toString(n)));
    }
    return Svg.columns(columns, 1000);
  }

  /** Days for a span of up to three months, months up to five years, else years: at most about a hundred columns. */
  enum Period {
    DAY("day", "yyyy-MM-dd", ChronoUnit.DAYS), MONTH("month", "yyyy-MM", ChronoUnit.MONTHS),
    YEAR("year", "yyyy", ChronoUnit.YEARS);

    final String name;
    final String pattern;
    final ChronoUnit unit;

    Period(String name, String pattern, ChronoUnit unit) {
      this.name = name;
      this.pattern = pattern;
      this.unit = unit;
    }

    /** The first day of the period holding {@code day}. */
    LocalDate start(LocalDate day) {
      return switch (this) {
        case DAY -> day;
        case MONTH -> day.withDayOfMonth(1);
        case YEAR -> day.withDayOfYear(1);
      };
    }

    static Period forSpan(LocalDateTime first, LocalDateTime last) {
      long days = ChronoUnit.DAYS.between(first, last);
      return days <= 92 ? DAY : days <= 5 * 366 ? MONTH : YEAR;
    }
  }
}
