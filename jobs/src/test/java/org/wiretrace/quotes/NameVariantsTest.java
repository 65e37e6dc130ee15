package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

  @Test
  void transliterationsShortFormsAndTyposAreOnePerson() {
    assertTrue(NameVariants.samePerson("Sergey Lavrov", "Sergei Lavrov"));
    assertTrue(NameVariants.samePerson("Antony Blinken", "Anthony Blinken"));
    assertTrue(NameVariants.samePerson("Tony Blinken", "Antony Blinken"));
    assertTrue(NameVariants.samePerson("Anthony Blinkin", "Anthony Blinken"));
    assertTrue(NameVariants.samePerson("Olaf Schulz", "Olaf Scholz"));
    assertTrue(NameVariants.samePerson("David Montieth", "David Monteith"), "two letters swapped");
    assertTrue(NameVariants.samePerson("Sergéi Lavrov", "Sergei Lavrov"));
  }

  @Test
  void sharedSurnameWithoutFirstNameEvidenceStaysApart() {
    assertFalse(NameVariants.samePerson("Boris Johnson", "Lyndon Johnson"));
    assertFalse(NameVariants.samePerson("Gordon Brown", "Nick Brown"));
    assertFalse(NameVariants.samePerson("Lavrov", "Sergey Lavrov"), "a bare surname is not evidence by itself");
    assertFalse(NameVariants.samePerson("Tony Blair", "Tony Blinken"));
  }

  @Test
  void similarSurnamesShareABlock() {
    assertEquals(NameVariants.block("Anthony Blinken"), NameVariants.block("Anthony Blinkin"));
    assertEquals(NameVariants.block("Olaf Schulz"), NameVariants.block("Olaf Scholz"));
  }

  @Test
  void canonicalIsTheMostFrequentFullNameAndABareSurnameJoinsOnlyAnUnambiguousGroup() {
    Map<String, String> blinken = NameVariants.canonical(Map.of("Antony Blinken", 3L, "Anthony Blinken", 5L,
        "Tony Blinken", 1L, "Anthony Blinkin", 1L, "Blinken", 2L));
    assertEquals("Anthony Blinken", blinken.get("Antony Blinken"));
    assertEquals("Anthony Blinken", blinken.get("Tony Blinken"));
    assertEquals("Anthony Blinken", blinken.get("Anthony Blinkin"));
    assertEquals("Anthony Blinken", blinken.get("Blinken"));
    Map<String, String> johnsons = NameVariants.canonical(Map.of("Boris Johnson", 2L, "Lyndon Johnson", 1L,
        "Johnson", 1L));
    assertEquals("Boris Johnson", johnsons.get("Boris Johnson"));
    assertEquals("Lyndon Johnson", johnsons.get("Lyndon Johnson"));
    assertEquals("Johnson", johnsons.get("Johnson"), "two Johnsons: the bare surname stays on its own");
    Map<String, String> typo = NameVariants.canonical(Map.of("Greg Trotter", 2L, "Tretter", 5L));
    assertEquals("Tretter", typo.get("Tretter"), "a bare surname one letter off is another person");
  }
}
