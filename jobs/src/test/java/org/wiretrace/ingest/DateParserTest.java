package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DateParserTest {

  private static LocalDateTime at(int year, int month, int day, int hour, int minute, int second) {
    return LocalDateTime.of(year, month, day, hour, minute, second);
  }

  @Test
  void isoDatesAndTimestamps() {
    assertEquals(at(2022, 1, 18, 0, 0, 0), DateParser.parse("2022-01-18"));
    assertEquals(at(2022, 1, 18, 10, 30, 0), DateParser.parse("2022-01-18T10:30:00"));
    assertEquals(at(2022, 1, 18, 10, 30, 5), DateParser.parse("2022-01-18 10:30:05"));
    assertEquals(at(2022, 1, 18, 10, 30, 0), DateParser.parse(" 2022-01-18 10:30 "));
  }

  @Test
  void anOffsetIsConvertedToUtc() {
    assertEquals(at(2022, 1, 18, 8, 0, 0), DateParser.parse("2022-01-18T10:00:00+02:00"));
    assertEquals(at(2022, 1, 17, 23, 30, 0), DateParser.parse("2022-01-18T00:30:00+01:00"));
    assertEquals(at(2022, 1, 18, 15, 0, 0), DateParser.parse("Tue, 18 Jan 2022 10:00:00 -0500"));
  }

  @Test
  void reutersDatesIncludingTheMalformedOnes() {
    assertEquals(at(1987, 2, 26, 15, 1, 1), DateParser.parse("26-FEB-1987 15:01:01.79"));
    assertEquals(at(1987, 4, 7, 16, 22, 0), DateParser.parse(" 7-APR-1987 16:22:00.0"));
    assertEquals(at(1987, 3, 3, 9, 15, 5), DateParser.parse("3-MAR-1987  09:15:05.40"));
    // reut2-017.sgm: an hour of 605 keeps the day and drops the time; a comment after the time is ignored.
    assertEquals(at(1987, 3, 31, 0, 0, 0), DateParser.parse("31-MAR-1987 605:12:19.12"));
    assertEquals(at(1987, 4, 9, 0, 0, 0), DateParser.parse("9-APR-1987 00:00:00.00    # date added by S Finch"));
    assertNull(DateParser.parse("31-FEB-1987 10:00:00.00"));
  }

  @Test
  void datesWrittenInWords() {
    assertEquals(at(2022, 1, 18, 0, 0, 0), DateParser.parse("Jan. 18, 2022"));
    assertEquals(at(2022, 1, 21, 0, 0, 0), DateParser.parse("January 21st, 2022"));
    assertEquals(at(2022, 1, 18, 0, 0, 0), DateParser.parse("18 January 2022"));
    assertEquals(at(2020, 9, 3, 0, 0, 0), DateParser.parse("Published Sept. 3, 2020"));
  }

  @Test
  void anythingElseIsUnknownNotGuessed() {
    assertNull(DateParser.parse(null));
    assertNull(DateParser.parse("  "));
    assertNull(DateParser.parse("yesterday"));
    assertNull(DateParser.parse("Jan 18"));
    assertNull(DateParser.parse("2022-13-45"));
    assertNull(DateParser.parse("Foo 18, 2022"));
  }
}
