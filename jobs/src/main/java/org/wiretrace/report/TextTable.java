package org.wiretrace.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;

/**
 * Query results as an aligned plain-text table (psql style) for a terminal: NULL spelled out (an unknown outlet, in a
 * column of {@link Outlets#COLUMNS}, as {@link Outlets#UNKNOWN}), strings on one line and cut to a width, numbers
 * right-aligned.
 */
public final class TextTable {
  public static final String NULL = "NULL";

  private TextTable() {}

  /** The table, then a line with the row count ("(3 rows)", or that more rows were left out). */
  public static String render(List<String> columns, List<Row> rows, int maxWidth, boolean more) {
    List<String[]> cells = new ArrayList<>();
    boolean[] numeric = new boolean[columns.size()];
    int[] widths = columns.stream().mapToInt(TextTable::width).toArray();
    boolean[] outlets = new boolean[columns.size()];
    for (int i = 0; i < outlets.length; i++) {
      outlets[i] = Outlets.isOutletColumn(columns.get(i));
    }
    for (Row row : rows) {
      String[] line = new String[columns.size()];
      for (int i = 0; i < line.length; i++) {
        Object value = row.get(i);
        numeric[i] |= value instanceof Number;
        line[i] = Html.shorten(outlets[i] ? outletCell(value) : cell(value), maxWidth);
        widths[i] = Math.max(widths[i], width(line[i]));
      }
      cells.add(line);
    }
    StringBuilder out = new StringBuilder();
    line(out, columns.toArray(String[]::new), widths, new boolean[columns.size()]);
    for (int i = 0; i < widths.length; i++) {
      out.append(i == 0 ? "" : "+").append("-".repeat(widths[i] + 2));
    }
    out.append('\n');
    cells.forEach(line -> line(out, line, widths, numeric));
    String count = rows.size() == 1 ? "(1 row)" : "(" + rows.size() + " rows)";
    String footer = more ? "(only the first " + rows.size() + " shown; raise --max-rows for more)" : count;
    return out.append(footer).append('\n').toString();
  }

  private static void line(StringBuilder out, String[] values, int[] widths, boolean[] rightAligned) {
    for (int i = 0; i < values.length; i++) {
      String pad = " ".repeat(widths[i] - width(values[i]));
      boolean last = i == values.length - 1;
      out.append(i == 0 ? " " : " | ")
          .append(rightAligned[i] ? pad + values[i] : last ? values[i] : values[i] + pad); // no trailing blanks
    }
    out.append('\n');
  }

  /** A value of an outlet column: null, or a null in an array, is an unknown outlet. */
  static String outletCell(Object value) {
    if (value == null) {
      return Outlets.UNKNOWN;
    }
    if (value instanceof scala.collection.Iterable<?> values) {
      List<String> names = new ArrayList<>();
      for (scala.collection.Iterator<?> it = values.iterator(); it.hasNext(); ) {
        Object v = it.next();
        names.add(v == null ? Outlets.UNKNOWN : cell(v));
      }
      return "[" + String.join(", ", names) + "]";
    }
    return cell(value);
  }

  /** How one value reads: on one line, control characters shown as spaces, decimals without float noise. */
  static String cell(Object value) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return Double.toString(d);
      }
      return d != 0 && Math.abs(d) < 1e-4 ? String.format(Locale.ROOT, "%.3e", d)
          : new BigDecimal(String.format(Locale.ROOT, "%.4f", d)).stripTrailingZeros().toPlainString();
    }
    if (value instanceof LocalDateTime time) {
      return time.toString().replace('T', ' ');
    }
    if (value instanceof Row row) {
      return row.mkString("{", ", ", "}");
    }
    if (value instanceof scala.collection.Iterable<?> values) {
      return values.mkString("[", ", ", "]");
    }
    StringBuilder text = new StringBuilder();
    String.valueOf(value).codePoints().forEach(cp -> text.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    return text.toString();
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
