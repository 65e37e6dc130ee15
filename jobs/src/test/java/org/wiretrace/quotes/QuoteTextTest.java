package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteTextTest {

  @Test
  void normalizedQuotationsIgnoreCaseAndPunctuation() {
    assertEquals("russia fears no one not even the united states",
        QuoteText.normalize("Russia fears no one, not even the United States,"));
    assertEquals(QuoteText.normalize("“We don’t want a conflict.”"), QuoteText.normalize("we dont want a conflict"));
  }

  @Test
  void splitWordsCountsWhatSplittingOnWhiteSpaceGives() {
    for (String text : new String[] {"", " ", "\t\n", "We won", "We  won.\n", " We won", "\r\nWe\u000Bwon \f",
        "one", "a\u00A0b c", "“Not yet,” she said"}) {
      assertEquals(text.split("\\s+").length, QuoteText.splitWords(text), text);
    }
  }

  @Test
  void anonymousDescriptorsDropWordsWithoutIdentityOrganisationsKeepTheirNames() {
    assertEquals(QuoteText.speakerKey("anonymous", "senior State Department official"),
        QuoteText.speakerKey("anonymous", "unidentified State Department official"));
    assertNotEquals(QuoteText.speakerKey("anonymous", "State Department official"),
        QuoteText.speakerKey("anonymous", "Pentagon official"));
    assertNotEquals(QuoteText.speakerKey("organisation", "senior party"),
        QuoteText.speakerKey("organisation", "party"));
  }

  @Test
  void namesInsideAreTheCapitalizedWordsInsideItsSentences() {
    assertEquals(Set.of("Tom", "Acme Foods", "Peter Roe-Webb"), QuoteText.namesInside("I think Tom's situation is "
        + "hard. Nobody at Acme Foods blames him, I'm sure. It was Peter Roe-Webb who did it."));
    assertEquals(Set.of("Lund"), QuoteText.namesInside("We won. \"Great\" is the word: Everyone agrees. Tom Lund "
        + "did."));
  }
}
