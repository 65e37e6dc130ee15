package org.wiretrace.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.OutputLayout;
import org.wiretrace.Version;

/** The report page: one self-contained HTML file (inline CSS and SVG, no script, no network) under OUTPUT/report/. */
public final class Report {
  public static final String DIR = "report";
  public static final String FILE = "index.html";
  static final List<Section> SECTIONS =
      List.of(new CorpusSection(), new StoriesSection(), new TermsSection(), new OverlapSection(),
          new QuotesSection());

  private static final String CSS = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:0;background:#fff}
      main{max-width:1180px;margin:0 auto;padding:16px 24px 48px}
      header h1{margin:8px 0 2px;font-size:26px} header p{margin:0;color:#555}
      nav{margin:12px 0 4px} nav a{margin-right:16px;color:#3b6ea5}
      section{border-top:2px solid #3b6ea5;margin-top:28px} h2{margin:12px 0} h3{margin:20px 0 8px;font-size:17px}
      table{border-collapse:collapse;margin:6px 0;max-width:100%} th,td{padding:4px 10px;border-bottom:1px solid #ddd;
      text-align:left;vertical-align:top} td{overflow-wrap:anywhere} th{background:#f3f5f8;white-space:nowrap}
      td.date{white-space:nowrap} td.num{text-align:right;
      white-space:nowrap;font-variant-numeric:tabular-nums}
      svg{display:block;max-width:100%;height:auto;font-size:12px} svg text{fill:#222} svg text.light{fill:#fff}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:12px 20px}
      figure{margin:0} figcaption{font-weight:600;margin-bottom:2px}
      .row{display:flex;flex-wrap:wrap;gap:12px 28px;align-items:flex-start}
      .pair{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin:10px 0 16px}
      .pair-head{grid-column:1/3;font-weight:600;color:#555}
      blockquote{margin:0;padding:8px 12px;background:#f7f7f4;border-left:3px solid #b9c7d8;white-space:pre-wrap;
      overflow-wrap:anywhere} .meta{white-space:normal;color:#555;margin-bottom:4px;font-size:13px}
      .note{color:#555;font-size:13px;max-width:900px} .missing{color:#777}
      del{background:#fbe1e1} ins{background:#dff3df;text-decoration:none}
      """;

  private Report() {}

  /** Writes OUTPUT/report/index.html from the tables of the run at {@code output}; returns where it went. */
  public static Path write(SparkSession spark, String output, int top) {
    OutputLayout layout = new OutputLayout(spark, output);
    String html = page(ReportTables.of(spark, layout), layout.root().toString(), top);
    Path file = new Path(new Path(layout.root(), DIR), FILE);
    try {
      FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs instanceof LocalFileSystem local) {
        fs = local.getRawFileSystem(); // no .index.html.crc beside the page
      }
      try (OutputStream out = fs.create(file, true)) {
        out.write(html.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The whole page: a section for each part whose tables exist, a line for each that has none. */
  static String page(ReportTables tables, String output, int top) {
    StringBuilder nav = new StringBuilder("<nav>");
    StringBuilder body = new StringBuilder();
    StringBuilder missing = new StringBuilder();
    for (Section section : SECTIONS) {
      String html = section.render(tables, top);
      if (html.isEmpty()) {
        missing.append("<li>").append(Html.escape(section.title())).append(": ")
            .append(Html.escape(section.missingHint())).append("</li>");
        continue;
      }
      nav.append("<a href=\"#").append(section.id()).append("\">").append(Html.escape(section.title())).append("</a>");
      body.append("<section id=\"").append(section.id()).append("\"><h2>").append(Html.escape(section.title()))
          .append("</h2>").append(html).append("</section>");
    }
    nav.append("</nav>");
    String absent = missing.isEmpty() ? "" : "<p class=\"missing\">Not in this output:</p><ul class=\"missing\">"
        + missing + "</ul>";
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        // No script, no fetch: the page opens from disk and cannot run anything a corpus smuggles in.
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        + "img-src data:\"><title>wiretrace report</title><style>" + CSS + "</style></head><body><main><header>"
        + "<h1>wiretrace report</h1><p>Tables under " + Html.escape(output) + " · wiretrace " + Version.VERSION
        + "</p></header>" + nav + body + absent + "</main></body></html>\n";
  }
}
