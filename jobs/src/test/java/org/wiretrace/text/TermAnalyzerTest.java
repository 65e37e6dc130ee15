package org.wiretrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Lucene chain on the tokens news text makes hard. */
class TermAnalyzerTest {
  private final TermAnalyzer analyzer = new TermAnalyzer();

  private List<String> terms(String sentence) {
    return analyzer.tokens(sentence).stream().map(TermAnalyzer.Token::term).toList();
  }

  private List<Boolean> gaps(String sentence) {
    return analyzer.tokens(sentence).stream().map(TermAnalyzer.Token::afterGap).toList();
  }

  @Test
  void possessiveGoesWithEitherApostrophe() {
    assertEquals(List.of("blinken", "meeting"), terms("Blinken’s meetings"));
    assertEquals(List.of("blinken", "meeting"), terms("Blinken's meetings"));
    assertEquals("blinken", analyzer.tokens("Blinken’s").get(0).surface());
  }

  @Test
  void abbreviationStaysOneWordAndIsNotTheStopWordUs() {
    assertEquals(List.of("u.s", "official"), terms("U.S. officials"));
    assertEquals(List.of("told"), terms("he told them"));
  }

  @Test
  void numbersAreDroppedAndBreakPhrases() {
    assertEquals(List.of("rose", "percent"), terms("rose 150% percent"));
    assertEquals(List.of(false, true), gaps("rose 150% percent"));
    assertEquals(List.of("rossiya", "tv"), terms("Rossiya-1 TV"));
    assertEquals(List.of(false, true), gaps("Rossiya-1 TV"));
  }

  @Test
  void hyphenatedWordsSplitButStayOnePhrase() {
    assertEquals(List.of("mid", "january"), terms("mid-January"));
    assertEquals(List.of(false, false), gaps("mid-January"));
  }

  @Test
  void namesSurviveTheStemmerAndCommonWordsAreStemmed() {
    assertEquals(List.of("lavrov", "ryabkov", "geneva", "zakharova", "ukraine", "guarantee", "meeting"),
        terms("Lavrov Ryabkov Geneva Zakharova Ukraine guarantees meetings"));
    assertEquals(List.of("security", "guarantees"),
        analyzer.tokens("security guarantees").stream().map(TermAnalyzer.Token::surface).toList());
  }

  @Test
  void stopWordsAndPunctuationBreakPhrases() {
    assertEquals(List.of("minister", "foreign", "affair"), terms("Minister of Foreign Affairs"));
    assertEquals(List.of(false, true, false), gaps("Minister of Foreign Affairs"));
    assertEquals(List.of(false, true), gaps("Lavrov, Blinken"));
    assertEquals(List.of("agree"), terms("we don’t agree"));
  }

  @Test
  void hostileTextGivesNoTermsRatherThanAnError() {
    assertEquals(List.of(), terms(""));
    assertEquals(List.of(), terms("\u0000\uD800 ¿? 😀 …"));
  }
}
