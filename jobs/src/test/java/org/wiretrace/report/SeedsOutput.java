package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.wiretrace.Columns;
import org.wiretrace.cli.Main;
import org.wiretrace.TestSpark;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.overlap.PassagesTable;
import org.wiretrace.overlap.SourceOverlapTable;
import org.wiretrace.terms.SourceTermsTable;

/**
 * One real run over seeds/ per test JVM, shared by the report tests. The terms and overlap stages are not on this
 * branch yet: their tables are fabricated from the seeds documents after the contracts in the briefing, so every
 * report section and recipe has something to show.
 */
final class SeedsOutput {
  static final Path DIR = Path.of("target/test-seeds-output");
  private static List<Row> outlets;

  private SeedsOutput() {}

  /** The output root, after the run. */
  static synchronized Path dir() {
    if (outlets == null) {
      assertEquals(0, Main.execute("run", "--input", "../seeds", "--output", DIR.toString()));
      outlets = TestSpark.session().read().parquet(DIR.resolve(DocumentsTable.NAME).toString())
          .where("source IN ('EFE', 'EIRNS')").orderBy("source").collectAsList();
      writeFabricatedTables();
    }
    return DIR;
  }

  /** The EFE and the EIRNS document of the seeds, in that order. */
  static List<Row> outletDocuments() {
    dir();
    return outlets;
  }

  private static void writeFabricatedTables() {
    String a = outlets.get(0).getAs(Columns.DOC_ID);
    String b = outlets.get(1).getAs(Columns.DOC_ID);
    TestSpark.rows(ReportFixtures.SOURCE_TERMS, new Object[] {"EFE", "geneva", 4L, 2.5},
            new Object[] {"EFE", "lavrov", 3L, 1.5}, new Object[] {"EIRNS", "nato", 6L, 3.0})
        .write().mode("overwrite").parquet(DIR.resolve(SourceTermsTable.NAME).toString());
    TestSpark.rows(ReportFixtures.SOURCE_OVERLAP, new Object[] {"EFE", "EIRNS", 1L, 1L, 1.0, 0L},
            new Object[] {"EIRNS", "EFE", 1L, 1L, 1.0, 1L})
        .write().mode("overwrite").parquet(DIR.resolve(SourceOverlapTable.NAME).toString());
    TestSpark.rows(ReportFixtures.PASSAGES, new Object[] {a, 0, 40, b, 10, 50, 7, "shared words"})
        .write().mode("overwrite").parquet(DIR.resolve(PassagesTable.NAME).toString());
  }
}
