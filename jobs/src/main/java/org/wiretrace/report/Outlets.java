package org.wiretrace.report;

import java.util.List;
import org.wiretrace.Columns;
import org.wiretrace.quotes.SpeakersTable;
import org.wiretrace.stories.StoriesTable;

/**
 * How the report and {@code wiretrace sql} show outlets. A null source means the outlet is unknown: it is shown as
 * {@link #UNKNOWN}, apart from the outlets, and never counted, charted or ranked as one of them.
 */
public final class Outlets {
  /** How an unknown outlet reads, on the page and in {@code wiretrace sql} output. */
  public static final String UNKNOWN = "(unknown outlet)";

  /** Every column of a published table that names outlets: a string, or an array of strings. */
  public static final List<String> COLUMNS = List.of(Columns.SOURCE, Columns.SOURCE_A, Columns.SOURCE_B,
      SpeakersTable.SOURCES, StoriesTable.FIRST_SOURCES);

  private Outlets() {}

  /** The outlet as shown: its name, or {@link #UNKNOWN} for null. */
  public static String label(String source) {
    return source == null ? UNKNOWN : source;
  }

  /** True for a column that names outlets ({@link #COLUMNS}), whatever its case. */
  public static boolean isOutletColumn(String column) {
    return column != null && COLUMNS.stream().anyMatch(column::equalsIgnoreCase);
  }
}
