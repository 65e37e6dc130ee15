package org.wiretrace.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: {@code Jan. 18, 2022 (EIRNS)—}, {@code Washington, Jan 18 (EFE).-},
 * {@code WASHINGTON (Reuters) -}, {@code Geneva | }. It names the place, the agency and the day; a day without a
 * year takes the year the text mentions most, else the date stays unknown.
 *
 * @param length how many characters of the paragraph the dateline takes, separator included
 */
public record Dateline(String place, String source, LocalDate date, int length) {
  private static final String MONTH_DAY = "(?<month>" + DateParser.MONTH + ")\\s+(?<day>\\d{1,2})"
      + "(?:,\\s*(?<year>\\d{4}))?";
  private static final String PLACE = "(?<place>\\p{Lu}[\\p{L}.'’ -]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.]+)?)";
  private static final String AGENCY = "\\((?<source>\\p{Lu}[\\p{L}&.-]{1,24}(?:[ /]\\p{Lu}[\\p{L}.]*){0,2})\\)";
  private static final String DASH = "\\s*(?:\\.?\\s*[-—–]+|:)\\s*";
  private static final Pattern[] PATTERNS = {
      // [Place, ]Month day[, year] (AGENCY) —
      Pattern.compile("^(?:" + PLACE + ",\\s+)?" + "(?i:" + MONTH_DAY + ")" + "\\s*" + AGENCY + DASH),
      // PLACE[, Month day] (AGENCY) —
      Pattern.compile("^" + PLACE + "(?:,\\s+(?i:" + MONTH_DAY + "))?\\s*" + AGENCY + DASH),
      // PLACE, Month day - (Reuters' own datelines)
      Pattern.compile("^(?<place>\\p{Lu}[\\p{Lu} .'-]{1,40}),\\s+(?i:" + MONTH_DAY + ")\\s+[-—–]+\\s*"),
      // Place | (French agency style)
      Pattern.compile("^(?<place>\\p{Lu}[\\p{L}.' -]{1,30}?)\\s+\\|\\s+"),
      // PLACE — (all capitals, then a dash)
      Pattern.compile("^(?<place>\\p{Lu}{2}[\\p{Lu} .'-]{1,40}?)\\s+[—–-]{1,2}\\s+"),
  };
  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

  /** The dateline at the start of {@code paragraph}, or null; {@code text} is searched for a missing year. */
  public static Dateline find(String paragraph, String text) {
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(paragraph);
      if (m.find()) {
        String place = group(m, "place");
        String source = group(m, "source");
        LocalDate date = null;
        String month = group(m, "month");
        if (month != null) {
          String year = group(m, "year");
          date = DateParser.date(year != null ? year : mostMentionedYear(text), month, group(m, "day"));
        }
        return new Dateline(place == null ? null : place.strip(), source, date, m.end());
      }
    }
    return null;
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  /** The year the text names most often (the latest on a tie), or null. */
  static String mostMentionedYear(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
