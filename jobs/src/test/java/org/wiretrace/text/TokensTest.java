package org.wiretrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void titlesAndMiddleInitialsKeepTheirDot() {
    assertEquals(List.of("Cmdr.", "Myers", "Vasquez", "and", "Donald", "J.", "Trump", "met", "Gov.", "J.B.",
        "Pritzker", "."), words("Cmdr. Myers Vasquez and Donald J. Trump met Gov. J.B. Pritzker."));
    // a capital letter ending a sentence keeps the sentence's full stop apart
    assertEquals(List.of("Plan", "B", ".", "the"), words("Plan B. the"));
  }
}
