package org.wiretrace.report;

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
      svg.append(text(labelWidth - 6, y + 14, "end", Html.shorten(bar.label(), labelChars), bar.label()))
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
   * A matrix of shares in [0, 1] (null for no value): rows and columns share the labels; darker is higher, and
   * each cell prints its percentage.
   */
  static String heatmap(List<String> labels, Double[][] shares) {
    int cell = Math.max(28, Math.min(56, 760 / Math.max(1, labels.size())));
    int left = 170;
    // Room above for the slanted column labels: about 0.7 of their length.
    int top = 14 + (int) (0.72 * CHAR_PX * labels.stream().mapToInt(l -> Html.shorten(l, HEAT_LABEL_CHARS).length())
        .max().orElse(0));
    int size = labels.size() * cell;
    // Room on the right for the last column's label, which slants up to the right.
    StringBuilder svg = open(left + size + top, top + size + 10);
    for (int i = 0; i < labels.size(); i++) {
      String label = Html.shorten(labels.get(i), HEAT_LABEL_CHARS);
      svg.append(text(left - 6, top + i * cell + cell / 2 + 4, "end", label, labels.get(i)));
      int x = left + i * cell + cell / 2;
      svg.append(String.format(Locale.ROOT, "<g transform=\"translate(%d,%d) rotate(-45)\">", x, top - 6))
          .append(text(0, 0, "start", label, labels.get(i))).append("</g>");
    }
    for (int a = 0; a < labels.size(); a++) {
      for (int b = 0; b < labels.size(); b++) {
        Double share = shares[a][b];
        int x = left + b * cell;
        int y = top + a * cell;
        String fill = share == null ? "#f2f2f2" : shade(share);
        String tip = labels.get(a) + " in " + labels.get(b) + ": " + (share == null ? "no pairs" : Html.percent(share));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" "
            + "stroke=\"#fff\"><title>%s</title></rect>", x, y, cell, cell, fill, Html.escape(tip)));
        if (share != null) {
          svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\"%s>%s</text>",
              x + cell / 2, y + cell / 2 + 4, share > 0.5 ? " class=\"light\"" : "", Html.percent(share)));
        }
      }
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

  /** A text element; {@code tooltip} (the unshortened label) shows on hover when given. */
  private static String text(int x, int y, String anchor, String content, String tooltip) {
    String tip = tooltip == null ? "" : "<title>" + Html.escape(tooltip) + "</title>";
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s%s</text>", x, y, anchor, tip,
        Html.escape(content));
  }
}
