package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written readings of names' words agree with the patterns and splits they stand for. */
class NameWordsTest {
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}?\\.?");

  @Test
  void initialsAreCapitalsWithDots() {
    for (String word : new String[] {"J.", "J.B.", "A.J.", "U.S", "U.S.A", "J..", "É.", "J", "JB", "J.b.", "j.B.",
        "J.BB", "J.B.C.D.", ".J.", "", "Ann", "J.-P.", "\uD835\uDC00.", "\uD835\uDC00.\uD835\uDC01"}) {
      assertEquals(INITIALS.matcher(word).matches(), Mention.isInitials(word), word);
    }
  }

  @Test
  void wordsOfANameAreWhatSplittingAtSpacesGives() {
    for (String name : new String[] {"", " ", "  ", "Ann", "Ann Roe", "Ann  Roe", " Ann Roe", "Ann Roe ",
        "Ann Lee Roe  ", "Wayne Reese Jr."}) {
      assertEquals(name.split(" ").length, Mentions.words(name), "[" + name + "]");
    }
  }

  @Test
  void surnamesSkipSuffixes() {
    assertEquals("roe", Mentions.surname("Ann Roe"));
    assertEquals("reese", Mentions.surname("Wayne Reese Jr."));
    assertEquals("miller", Mentions.surname("Les Miller Jr "));
    assertEquals("jr", Mentions.surname("Jr"));
    assertEquals("", Mentions.surname(""));
    assertEquals("", Mentions.surname("Ann  Jr"));
  }
}
