package org.wiretrace.report;

/** One part of the report. Spark aggregates the tables; only the few rows a section shows reach the driver. */
interface Section {
  /** Anchor and heading. */
  String id();

  String title();

  /** What to run when the section's tables are missing. */
  String missingHint();

  /** The section's HTML body, or an empty string when none of its tables exist. */
  String render(ReportTables tables, int top);
}
