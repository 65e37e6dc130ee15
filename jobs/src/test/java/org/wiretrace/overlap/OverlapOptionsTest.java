package org.wiretrace.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.wiretrace.Main;
import org.wiretrace.UsageError;

class OverlapOptionsTest {
  @Test
  void valuesTheStageCannotWorkWithAreUsageErrors() {
    OverlapOptions options = new OverlapOptions();
    options.check();
    options.minPassageWords = 4;
    assertEquals("--min-passage-words must be at least --shingle-words",
        assertThrows(UsageError.class, options::check).getMessage());
    // Checked before Spark starts: exit code 2.
    assertEquals(2, Main.execute("run", "--min-jaccard", "0"));
    assertEquals(2, Main.execute("run", "--bands", "0"));
  }
}
