package org.wiretrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    // a word longer than any honorific keeps its sentence's full stop apart; an honorific in capitals keeps its dot
    assertEquals(List.of("PROF.", "Lee", "spoke", "on", "Monday", "."), words("PROF. Lee spoke on Monday."));
  }

  @Test
  void aTokenIsAWordInAnyCase() {
    String text = "THE Ärztin said “no” to Mr. Fox";
    Tokens t = new Tokens(text, 0, text.length());
    assertTrue(t.is(0, "the"));
    assertTrue(t.is(0, "The"));
    assertFalse(t.is(0, "then"));
    assertFalse(t.is(0, "tho"));
    assertTrue(t.is(1, "ärztin")); // beyond ASCII: the full case folding
    assertFalse(t.is(1, "arztin"));
    assertTrue(t.is(3, "“"));
    assertFalse(t.is(3, "”"));
    assertTrue(t.is(7, "MR."));
    assertFalse(t.is(9, "fox")); // past the last token
    assertFalse(t.is(-1, "the"));
  }

  @Test
  void aSentenceEndGluedToTheNextSentenceIsAFullStop() {
    // a scrape that joined two paragraphs: "said.A" is two words and a full stop
    assertEquals(List.of("Ruth", "Ames", "said", ".", "A", "few", "cases", "came", "."),
        words("Ruth Ames said.A few cases came."));
    assertEquals(List.of("in", "Texas", ".", "Money", "left"), words("in Texas.Money left"));
    assertEquals(List.of("as", "Mr.", "Fox", "said"), words("as Mr.Fox said")); // the title keeps its dot
    // web addresses, a citation, capitals with dots and numbers stay one word
    assertEquals(List.of("see", "www.Example.com", "and", "Ann.Occup.Hyg", "on", "U.S.Army", "3.5"),
        words("see www.Example.com and Ann.Occup.Hyg on U.S.Army 3.5"));
    assertEquals(List.of("visit", "example.com", "or", "e.g.X"), words("visit example.com or e.g.X"));
  }

  @Test
  void aHandleIsOneWordAndAnEmailAddressIsNoHandle() {
    assertEquals(List.of("(", "@ann_lee", ")", "wrote", "to", "ann", "@", "example.com"),
        words("(@ann_lee) wrote to ann@example.com"));
    String text = "@ann_lee wrote";
    Tokens t = new Tokens(text, 0, text.length());
    assertTrue(t.isWord(0));
    assertTrue(t.capitalized(0)); // a name, whatever its case
  }
}
