package org.wiretrace.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A bigram seen 2 times among 10 bigrams; 3 bigrams start with its first word, 4 end with its second. The 2×2 table
 * of observed counts is [[2, 1], [2, 5]], rows 3 and 7, columns 4 and 6.
 */
class AssociationTest {
  private static final double EPS = 1e-12;

  @Test
  void pmiIsLog2OfObservedOverExpected() {
    // expected = 3 · 4 / 10 = 1.2; log2(2 / 1.2) = log2(5/3)
    assertEquals(Math.log(5.0 / 3) / Math.log(2), Association.pmi(2, 3, 4, 10), EPS);
    assertEquals(0.7369655941662062, Association.pmi(2, 3, 4, 10), 1e-9);
  }

  @Test
  void tScore() {
    // (2 − 1.2) / √2
    assertEquals(0.565685424949238, Association.t(2, 3, 4, 10), 1e-9);
  }

  @Test
  void llrAgreesWithDunningsEntropyForm() {
    // G² = 2 (Σ k ln k − Σ row ln row − Σ col ln col + N ln N), computed separately from Σ O ln(O/E)
    double cells = xlnx(2) + xlnx(1) + xlnx(2) + xlnx(5);
    double margins = xlnx(3) + xlnx(7) + xlnx(4) + xlnx(6);
    double expected = 2 * (cells - margins + xlnx(10));
    assertEquals(expected, Association.llr(2, 3, 4, 10), EPS);
    assertEquals(1.2653740902226573, Association.llr(2, 3, 4, 10), 1e-9);
  }

  @Test
  void llrHandlesEmptyCells() {
    // The pair always occurs together: cells [[3, 0], [0, 7]]; G² = 2 (3 ln 3 + 7 ln 7 − 2 (3 ln 3 + 7 ln 7) + 10 ln 10)
    double expected = 2 * (-xlnx(3) - xlnx(7) + xlnx(10));
    assertEquals(expected, Association.llr(3, 3, 3, 10), EPS);
  }

  private static double xlnx(double x) {
    return x * Math.log(x);
  }
}
