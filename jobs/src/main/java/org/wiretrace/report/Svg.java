package org.wiretrace.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** Inline SVG charts built as text: no script, no external file, every label escaped through {@link Html}. */
final class Svg {
  /** Average width of a character of the 12 px labels, with a margin for wide ones. */
  private static final double CHAR_PX = 7.5;
  private static final int HEAT_LABEL_CHARS = 22;
  private static final String BAR = "#3b6ea5";

  /** One bar: a label, the value that sets its length, and the text printed beside it. */
  record Bar(String label, double value, String valueText) {}

  private Svg() {}

  /** Horizontal bars, one per row in the order given, the longest value spanning the plot. */
  static String bars(List<Bar> bars, int width) {
    return bars(bars, width, bars.stream().mapToDouble(Bar::value).max().orElse(1));
  }

  /** Horizontal bars on a fixed scale: a value of {@code max} spans the plot (1 for shares). */
  static String bars(List<Bar> bars, int width, double max) {
    int rowHeight = 20;
    int labelWidth = width >= 700 ? 240 : 160;
    int labelChars = (int) ((labelWidth - 10) / CHAR_PX);
    // Room for the longest value text (about 7 px a character at 12 px).
    int valueWidth = 8 + (int) CHAR_PX * bars.stream().mapToInt(bar -> bar.valueText().length()).max().orElse(0);
    int plot = width - labelWidth - valueWidth;
    StringBuilder svg = open(width, bars.size() * rowHeight + 4);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = i * rowHeight + 2;
      double length = max > 0 ? Math.max(1, plot * Math.max(0, bar.value()) / max) : 1;
      svg.append(text(labelWidth - 6, y + 14, "end", Html.shorten(nonNull(bar.label()), labelChars), bar.label()))
          .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
              + "<title>%s: %s</title></rect>", labelWidth, y + 2, length, rowHeight - 6, BAR,
              Html.escape(bar.label()), Html.escape(bar.valueText())))
          .append(text((int) (labelWidth + length + 4), y + 14, "start", bar.valueText(), null));
    }
    return svg.append("</svg>").toString();
  }

  /** Vertical columns over ordered categories (periods), with at most about twelve axis labels. */
  static String columns(List<Bar> columns, int width) {
    int height = 180;
    int axis = 24;
    int top = 22;
    double max = columns.stream().mapToDouble(Bar::value).max().orElse(1);
    int left = 40;
    double step = Math.min(48, (double) (width - 2 * left) / Math.max(1, columns.size()));
    // Axis labels no closer than their own width (a date is about 10 characters).
    int labelEvery = Math.max(1, (int) Math.ceil(12 * CHAR_PX / step));
    StringBuilder svg = open(width, height + axis);
    for (int i = 0; i < columns.size(); i++) {
      Bar column = columns.get(i);
      double h = max > 0 ? (height - top) * column.value() / max : 0;
      double x = left + i * step;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
              + "<title>%s: %s</title></rect>", x + step * 0.1, height - h, Math.max(1, step * 0.8), h, BAR,
          Html.escape(column.label()), Html.escape(column.valueText())));
      if (i % labelEvery == 0) {
        svg.append(text((int) (x + step / 2), height + 16, "middle", column.label(), null));
      }
    }
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
        left, height, width - 10, height));
    svg.append(text(left, 12, "start", "max " + Html.format((long) max), null));
    return svg.append("</svg>").toString();
  }

  /**
   * One cell of a heatmap: {@code value} in [0, 1] sets the shade (null: no value, drawn grey), {@code text} is printed
   * in the cell (may be empty) and {@code tip} shows on hover.
   */
  record Cell(Double value, String text, String tip) {}

  /**
   * A square matrix: rows and columns share the labels (in that order); darker is higher. Labels are shortened to
   * {@value #HEAT_LABEL_CHARS} characters, the full one on hover.
   */
  static String heatmap(List<String> labels, Cell[][] cells) {
    int cell = Math.max(28, Math.min(56, 760 / Math.max(1, labels.size())));
    int left = 170;
    List<String> shortLabels = labels.stream().map(l -> Html.shorten(nonNull(l), HEAT_LABEL_CHARS)).toList();
    // Room above for the slanted column labels: about 0.7 of their length.
    int top = 14 + (int) (0.72 * CHAR_PX * shortLabels.stream().mapToInt(String::length).max().orElse(0));
    int size = labels.size() * cell;
    // Room on the right for the last column's label, which slants up to the right.
    StringBuilder svg = open(left + size + top, top + size + 10);
    for (int i = 0; i < labels.size(); i++) {
      svg.append(text(left - 6, top + i * cell + cell / 2 + 4, "end", shortLabels.get(i), labels.get(i)));
      int x = left + i * cell + cell / 2;
      svg.append(String.format(Locale.ROOT, "<g transform=\"translate(%d,%d) rotate(-45)\">", x, top - 6))
          .append(text(0, 0, "start", shortLabels.get(i), labels.get(i))).append("</g>");
    }
    for (int a = 0; a < labels.size(); a++) {
      for (int b = 0; b < labels.size(); b++) {
        Cell c = cells[a][b] == null ? new Cell(null, "", "") : cells[a][b];
        int x = left + b * cell;
        int y = top + a * cell;
        String fill = c.value() == null ? "#f2f2f2" : shade(c.value());
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" "
            + "stroke=\"#fff\"><title>%s</title></rect>", x, y, cell, cell, fill, Html.escape(c.tip())));
        if (c.text() != null && !c.text().isEmpty()) {
          boolean dark = c.value() != null && c.value() > 0.5;
          svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\"%s>%s</text>",
              x + cell / 2, y + cell / 2 + 4, dark ? " class=\"light\"" : "", Html.escape(c.text())));
        }
      }
    }
    return svg.append("</svg>").toString();
  }

  /** One row of a timeline: a label and the times of its dots. */
  record Track(String label, List<LocalDateTime> times) {}

  /**
   * Dots on a time axis, one row per track in the order given, from the earliest to the latest time of all tracks
   * (a day either side when they are all one moment); the first and last times label the axis.
   */
  static String timeline(List<Track> tracks, int width) {
    List<LocalDateTime> all = tracks.stream().flatMap(t -> t.times().stream()).sorted().toList();
    int rowHeight = 20;
    int labelWidth = width >= 700 ? 240 : 160;
    int labelChars = (int) ((labelWidth - 10) / CHAR_PX);
    int plotLeft = labelWidth + 10;
    int plotWidth = width - plotLeft - 70;
    int height = tracks.size() * rowHeight + 34;
    StringBuilder svg = open(width, height);
    if (all.isEmpty()) {
      return svg.append("</svg>").toString();
    }
    LocalDateTime first = all.get(0);
    LocalDateTime last = all.get(all.size() - 1);
    LocalDateTime from = first.equals(last) ? first.minusDays(1) : first;
    LocalDateTime to = first.equals(last) ? last.plusDays(1) : last;
    double span = Duration.between(from, to).getSeconds();
    for (int i = 0; i < tracks.size(); i++) {
      Track track = tracks.get(i);
      int y = i * rowHeight + 14;
      svg.append(text(labelWidth - 6, y + 4, "end", Html.shorten(nonNull(track.label()), labelChars), track.label()))
          .append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#e4e4e4\"/>",
              plotLeft, y, plotLeft + plotWidth, y));
      for (LocalDateTime time : track.times()) {
        double x = plotLeft + plotWidth * Duration.between(from, time).getSeconds() / span;
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\" "
            + "fill-opacity=\"0.75\"><title>%s</title></circle>", x, y, BAR,
            Html.escape(nonNull(track.label()) + ": " + Html.format(time))));
      }
    }
    int axis = tracks.size() * rowHeight + 6;
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
        plotLeft, axis, plotLeft + plotWidth, axis));
    int firstX = plotLeft + (int) (plotWidth * Duration.between(from, first).getSeconds() / span);
    svg.append(text(firstX, axis + 18, "middle", Html.format(first), null));
    if (!first.equals(last)) {
      svg.append(text(plotLeft + plotWidth, axis + 18, "middle", Html.format(last), null));
    }
    return svg.append("</svg>").toString();
  }

  /** White to dark blue. */
  static String shade(double share) {
    double s = Math.max(0, Math.min(1, share));
    return String.format(Locale.ROOT, "rgb(%d,%d,%d)", Math.round(255 - 215 * s), Math.round(255 - 160 * s),
        Math.round(255 - 90 * s));
  }

  private static StringBuilder open(int width, int height) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
        width, height, width, height));
  }

  private static String nonNull(String label) {
    return label == null ? "" : label;
  }

  /** A text element; {@code tooltip} (the unshortened label) shows on hover when given. */
  private static String text(int x, int y, String anchor, String content, String tooltip) {
    String tip = tooltip == null ? "" : "<title>" + Html.escape(tooltip) + "</title>";
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s%s</text>", x, y, anchor, tip,
        Html.escape(content));
  }
}
