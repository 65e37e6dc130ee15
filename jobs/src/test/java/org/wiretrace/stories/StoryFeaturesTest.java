package org.wiretrace.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretrace.text.TermAnalyzer;

/** Names and title-and-lead terms of short texts, written out by hand. */
class StoryFeaturesTest {
  @Test
  void namesAreCapitalisedWordsInsideSentencesOrCapitalisedThereToo() {
    String text = "The talks in Geneva ended. Sergei Lavrov's team left on Friday.\n"
        + "Geneva hosted them. Officials said Lavrov and the U.S. side met at the Zürich hotel.";
    // "The", "Officials" open sentences and are never capitalised inside one; "Geneva" and "Sergei" open a sentence
    // or a line but "Geneva" is also capitalised inside one. Friday is a day, not a name.
    assertEquals(Map.of("geneva", 2, "lavrov", 2, "us", 1, "zurich", 1), StoryFeatures.names(text));
  }

  @Test
  void theLeadIsTheTitleAndTheFirstWordsOfTheBody() {
    assertEquals("one two three", StoryFeatures.firstWords("one two three four", 3).strip());
    assertEquals("a b", StoryFeatures.firstWords("a b", 3));
    Map<String, Integer> lead = StoryFeatures.lead("Ministers meet", "The ministers met in Geneva.",
        new TermAnalyzer());
    assertEquals(Map.of("minister", 2, "meet", 1, "met", 1, "geneva", 1), lead);
  }

  @Test
  void foldingDropsAccentsPossessivesAndInnerDots() {
    assertEquals(List.of("zurich", "o'brien", "us"),
        List.of(StoryFeatures.fold("Zürich’s"), StoryFeatures.fold("O’Brien"), StoryFeatures.fold("U.S")));
  }
}
