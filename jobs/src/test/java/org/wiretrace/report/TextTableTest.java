package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.collection.immutable.ArraySeq;

class TextTableTest {

  @Test
  void alignsColumnsRightAlignsNumbersAndSpellsOutNull() {
    String table = TextTable.render(List.of("lang", "articles", "share"), List.of(
        RowFactory.create("en", 12L, 0.5), RowFactory.create(null, 3L, null)), 60, false);
    assertEquals("""
         lang | articles | share
        ------+----------+-------
         en   |       12 |   0.5
         NULL |        3 |  NULL
        (2 rows)
        """, table);
  }

  @Test
  void cutsLongTextKeepsItOnOneLineAndSaysWhenRowsWereLeftOut() {
    String table = TextTable.render(List.of("text"), List.of(RowFactory.create("line one\nline two\tand 😀 more")),
        14, true);
    assertEquals("""
         text
        ----------------
         line one line…
        (only the first 1 shown; raise --max-rows for more)
        """, table);
  }

  @Test
  void showsArraysStructsDatesAndDecimalsReadably() {
    assertEquals("[EFE, AFP]", TextTable.cell(ArraySeq.unsafeWrapArray(new String[] {"EFE", "AFP"})));
    assertEquals("{a, 1}", TextTable.cell(RowFactory.create("a", 1)));
    assertEquals("2022-01-18 09:30", TextTable.cell(LocalDateTime.of(2022, 1, 18, 9, 30)));
    assertEquals("0.3333", TextTable.cell(1.0 / 3));
    assertEquals("1.200e-05", TextTable.cell(0.000012));
    assertEquals("120000", TextTable.cell(120000.0));
    assertEquals("0", TextTable.cell(0.0));
    assertEquals("NaN", TextTable.cell(Double.NaN));
  }

  @Test
  void terminalEscapesFromTheCorpusAreNotPassedToTheTerminal() {
    assertEquals("a [31mred  bell", TextTable.cell("a\u001b[31mred\u0007\u009bbell"));
  }

  @Test
  void aNullInAnOutletColumnIsAnUnknownOutlet() {
    String table = TextTable.render(List.of("source", "SOURCE_B", "first_sources", "note"), List.of(
        RowFactory.create(null, null, ArraySeq.unsafeWrapArray(new String[] {"EFE", null}), null)), 40, false);
    assertEquals("""
         source           | SOURCE_B         | first_sources           | note
        ------------------+------------------+-------------------------+------
         (unknown outlet) | (unknown outlet) | [EFE, (unknown outlet)] | NULL
        (1 row)
        """, table);
    assertEquals(List.of("source", "source_a", "source_b", "sources", "first_sources"), Outlets.COLUMNS);
  }

  @Test
  void singularRowCount() {
    Row row = RowFactory.create(1);
    assertEquals(" n\n---\n 1\n(1 row)\n", TextTable.render(List.of("n"), List.of(row), 10, false));
  }
}
