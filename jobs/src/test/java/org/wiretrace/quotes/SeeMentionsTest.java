package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeeMentionsTest {

  @Test
  void namesOutsideQuotationsEachPartOfACoordinationAndKnownSurnames() {
    String text = "Russian Foreign Minister Sergey Lavrov met Antony Blinken and Liz Truss in Geneva. "
        + "Lavrov said \"Nobody fears Blinken\" later.";
    QuoteDocument doc = AnnotatedDocs.scanned(text);
    SeeMentions.annotate(doc);
    Mentions mentions = doc.mentions();
    // "Geneva" alone is no known surname and no organisation; "Blinken" inside the quotation is not seen
    assertEquals(List.of("Russian Foreign Minister Sergey Lavrov", "Antony Blinken and Liz Truss", "Antony Blinken",
        "Liz Truss", "Lavrov"), mentions.seen().stream().map(s -> s.mention().text()).toList());
    assertEquals(List.of(0, 0, 0, 0, 1), mentions.seen().stream().map(Mentions.Seen::sentence).toList());
    assertEquals(text.indexOf("Antony"), mentions.seen().get(1).pos());
    assertEquals("Sergey Lavrov", mentions.fullName("Lavrov"));
    assertEquals("Antony Blinken", mentions.fullName("Blinken"));
    assertEquals("Boris Johnson", mentions.fullName("Boris Johnson"));
  }

  @Test
  void thePartsOfAnOrganisationsNameJoinedAfterItsOfAreNoMentions() {
    String text = "Dr. Liam Oduya of the Institute of Allergy and Infectious Diseases spoke. The Office of Health "
        + "and Ann Roe agreed.";
    QuoteDocument doc = AnnotatedDocs.scanned(text);
    SeeMentions.annotate(doc);
    List<String> seen = doc.mentions().seen().stream().map(s -> s.mention().text()).toList();
    assertFalse(seen.contains("Infectious Diseases"), seen.toString());
    assertTrue(seen.contains("the Institute of Allergy and Infectious Diseases"), seen.toString());
    assertTrue(seen.contains("Ann Roe"), seen.toString()); // a person after the "and" is one
  }

  @Test
  void anAwardsCategoryIsNoTitle() {
    // "the best actor Bafta" is an award, as "the best actress Oscar" is; "actor Tom Vance" is a title and a name
    String text = "Vance, who lost out on the best actor Bafta to Roe, met actor Tom Vance and the best actress Oscar.";
    QuoteDocument doc = AnnotatedDocs.scanned(text);
    SeeMentions.annotate(doc);
    List<String> seen = doc.mentions().seen().stream().map(s -> s.mention().name()).toList();
    assertFalse(seen.contains("Bafta"), seen.toString());
    assertFalse(seen.contains("Oscar"), seen.toString());
    assertTrue(seen.contains("Tom Vance"), seen.toString());
  }
}
