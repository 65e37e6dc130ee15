package org.wiretrace.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A term used 3 times among a source's 10 terms and once among the other 20: corpus 4 of 30, the prior. */
class FightingWordsTest {

  @Test
  void zOfTheLogOddsRatioWithTheCorpusAsPrior() {
    // source: (3 + 4) / (10 + 30 − 3 − 4) = 7/33; rest: (1 + 4) / (20 + 30 − 1 − 4) = 5/45
    // δ = ln(7/33) − ln(5/45); σ² = 1/7 + 1/5
    double expected = (Math.log(7.0 / 33) - Math.log(5.0 / 45)) / Math.sqrt(1.0 / 7 + 1.0 / 5);
    assertEquals(expected, FightingWords.z(3, 10, 4, 30), 1e-12);
    assertEquals(1.1043261204865082, FightingWords.z(3, 10, 4, 30), 1e-9);
  }

  @Test
  void aTermUsedAtTheCorpusRateScoresZero() {
    assertEquals(0, FightingWords.z(1, 10, 3, 30), 1e-12);
  }

  @Test
  void aTermTheSourceAvoidsScoresBelowZero() {
    assertTrue(FightingWords.z(0, 10, 6, 30) < 0);
  }

  @Test
  void undefinedWhenTheTermIsTheWholeCorpus() {
    assertNull(FightingWords.z(5, 5, 5, 5));
  }
}
