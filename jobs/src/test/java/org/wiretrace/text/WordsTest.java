package org.wiretrace.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void wordsAreLowerCasedFoldedAndCarryCodePointOffsets() {
    // The emoji is two UTF-16 chars but one code point (and a token of its own): "Sergei" starts at code point 2.
    String text = "😀 Sergei LAVROV’s talks in Zürich—on Jan. 21.";
    Words words = Words.of(text);
    assertArrayEquals(new String[] {"😀", "sergei", "lavrov's", "talks", "in", "zurich", "on", "jan", "21"}, words.terms());
    assertEquals(2, words.begins()[1]);
    assertEquals(8, words.ends()[1]);
    int zurich = text.codePointCount(0, text.indexOf("Zürich"));
    assertEquals(zurich, words.begins()[5]);
    assertEquals(zurich + 6, words.ends()[5]);
  }

  @Test
  void textWithoutWordsHasNone() {
    assertEquals(0, Words.of("").size());
    assertEquals(0, Words.of(" — … \n\t ").size());
  }
}
