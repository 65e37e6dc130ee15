package org.wiretrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

  private static List<String> words(String text) {
    Tokens t = new Tokens(text, 0, text.length());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.word(i));
    }
    return out;
  }

  @Test
  void aPropertyIsAskedOncePerTokenUntilTheCaseChanges() {
    String text = "Reporters asked Ann Roe twice.";
    Tokens t = new Tokens(text, 0, text.length());
    int[] asked = {0};
    Tokens.Property capitalizedWord = new Tokens.Property((tokens, i) -> {
      asked[0]++;
      return tokens.isWord(i) && tokens.capitalized(i);
    });
    List<Boolean> answers = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < t.size(); i++) {
        answers.add(t.has(i, capitalizedWord));
      }
    }
    assertEquals(List.of(true, false, true, true, false, false), answers.subList(0, t.size()));
    assertEquals(answers.subList(0, t.size()), answers.subList(t.size(), 2 * t.size()));
    assertEquals(t.size(), asked[0]);
    t.readAsLowerCase(0); // "Reporters" opens the sentence as a common word
    assertFalse(t.has(0, capitalizedWord));
    assertEquals(t.size() + 1, asked[0]);
  }

  @Test
  void titlesAndMiddleInitialsKeepTheirDot() {
    assertEquals(List.of("Cmdr.", "Myers", "Vasquez", "and", "Donald", "J.", "Trump", "met", "Gov.", "J.B.",
        "Pritzker", "."), words("Cmdr. Myers Vasquez and Donald J. Trump met Gov. J.B. Pritzker."));
    // a capital letter ending a sentence keeps the sentence's full stop apart
    assertEquals(List.of("Plan", "B", ".", "the"), words("Plan B. the"));
  }
}
