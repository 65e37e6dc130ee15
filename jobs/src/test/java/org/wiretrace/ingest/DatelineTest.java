package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {

  /** The paragraph left after the dateline. */
  private static String rest(Dateline dateline, String paragraph) {
    return paragraph.substring(dateline.length());
  }

  @Test
  void dateAndAgencyWithoutPlace() {
    String paragraph = "Jan. 18, 2022 (EIRNS)—A senior State Department official told reporters.";
    Dateline d = Dateline.find(paragraph, paragraph);
    assertEquals(LocalDate.of(2022, 1, 18), d.date());
    assertEquals("EIRNS", d.source());
    assertNull(d.place());
    assertEquals("A senior State Department official told reporters.", rest(d, paragraph));
  }

  @Test
  void placeDayAndAgencyWithTheYearNamedElsewhere() {
    String paragraph = "Washington, Jan 18 (EFE).- US Secretary of State Antony Blinken on Tuesday agreed.";
    String text = "Blinken talks\n\n" + paragraph + "\n\nThe 2022 talks follow those of December 2021 and of 2022.";
    Dateline d = Dateline.find(paragraph, text);
    assertEquals("Washington", d.place());
    assertEquals("EFE", d.source());
    assertEquals(LocalDate.of(2022, 1, 18), d.date());
    assertEquals("US Secretary of State Antony Blinken on Tuesday agreed.", rest(d, paragraph));
  }

  @Test
  void aDayWithoutAYearAnywhereStaysUnknown() {
    String paragraph = "Washington, Jan 18 (EFE).- US Secretary of State Antony Blinken on Tuesday agreed.";
    Dateline d = Dateline.find(paragraph, paragraph);
    assertEquals("EFE", d.source());
    assertNull(d.date());
  }

  @Test
  void otherWireStyles() {
    String reuters = "WASHINGTON (Reuters) - The United States said on Friday.";
    Dateline r = Dateline.find(reuters, reuters);
    assertEquals("WASHINGTON", r.place());
    assertEquals("Reuters", r.source());
    assertNull(r.date());
    assertEquals("The United States said on Friday.", rest(r, reuters));

    String afp = "Geneva | Russia's diplomatic chief Sergei Lavrov set the tone Friday.";
    Dateline a = Dateline.find(afp, afp);
    assertEquals("Geneva", a.place());
    assertNull(a.source());
    assertEquals("Russia's diplomatic chief Sergei Lavrov set the tone Friday.", rest(a, afp));

    String caps = "MOSCOW — Russia's foreign minister said on Friday.";
    assertEquals("MOSCOW", Dateline.find(caps, caps).place());
  }

  @Test
  void ordinarySentencesHaveNoDateline() {
    for (String paragraph : new String[] {
        "The talks in Geneva lasted about an hour and a half.",
        "Blinken (left) met Lavrov on Friday.",
        "In January 18 people were hurt.",
        "US Secretary of State Anthony Blinken and Russian Foreign Minister Sergey Lavrov held talks."}) {
      assertNull(Dateline.find(paragraph, paragraph), paragraph);
    }
  }

  @Test
  void theMostMentionedYearWinsAndTheLaterOneOnATie() {
    assertEquals("2021", Dateline.mostMentionedYear("2021 and 2021 then 2022"));
    assertEquals("2022", Dateline.mostMentionedYear("2021 then 2022"));
    assertNull(Dateline.mostMentionedYear("no year, only 1066 and 3000 and 20220"));
  }
}
