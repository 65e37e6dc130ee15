package org.wiretrace.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates news exports carry: ISO dates and timestamps (an offset is converted to UTC),
 * RFC 1123, Reuters' {@code 26-FEB-1987 15:01:01.79}, and written dates ({@code Jan. 18, 2022}, {@code 18 January
 * 2022}). Anything else is unknown (null), never a guess.
 */
public final class DateParser {
  static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  /** Reuters: day-MON-year and a time whose fraction or seconds may be cut short. */
  private static final Pattern REUTERS =
      Pattern.compile("(?i)^\\s*(\\d{1,2})-" + MONTH + "-(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm[:ss][.SSSSSS][.SSS][.S]").toFormatter());

  private DateParser() {}

  /** The date and time written in {@code text}, or null. A date without a time is midnight. */
  public static LocalDateTime parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    try {
      return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeParseException ignored) {
      // not ISO with an offset
    }
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
          .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeParseException ignored) {
      // not RFC 1123
    }
    for (DateTimeFormatter format : LOCAL_FORMATS) {
      try {
        return LocalDateTime.parse(s, format);
      } catch (DateTimeParseException ignored) {
        // try the next
      }
    }
    if (s.length() >= 10 && s.charAt(4) == '-') {
      try {
        return LocalDate.parse(s.substring(0, 10)).atStartOfDay();
      } catch (DateTimeParseException ignored) {
        // not an ISO date
      }
    }
    Matcher reuters = REUTERS.matcher(s);
    if (reuters.find()) {
      LocalDate date = date(reuters.group(3), reuters.group(2), reuters.group(1));
      if (date != null && reuters.group(4) != null) {
        int hour = Integer.parseInt(reuters.group(4));
        int minute = Integer.parseInt(reuters.group(5));
        int second = reuters.group(6) == null ? 0 : Integer.parseInt(reuters.group(6));
        if (hour < 24 && minute < 60 && second < 60) {
          return date.atTime(LocalTime.of(hour, minute, second));
        }
      }
      return date == null ? null : date.atStartOfDay();
    }
    LocalDate written = writtenDate(s);
    return written == null ? null : written.atStartOfDay();
  }

  /** A date written in words ({@code January 18, 2022}, {@code 18 Jan 2022}) anywhere in {@code text}, or null. */
  static LocalDate writtenDate(String text) {
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return date(m.group(3), m.group(1), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    return null;
  }

  /** The month number of an English month name or abbreviation, or 0. */
  static int month(String name) {
    String prefix = name.toLowerCase(Locale.ROOT);
    prefix = prefix.substring(0, Math.min(3, prefix.length()));
    int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
        .indexOf(prefix);
    return index + 1;
  }

  static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
