package org.wiretrace.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.wiretrace.cli.Main;
import org.wiretrace.UsageError;

class OverlapOptionsTest {
  @Test
  void valuesTheStageCannotWorkWithAreUsageErrors() {
    OverlapOptions d = OverlapOptions.DEFAULTS;
    assertEquals("--min-passage-words must be at least --shingle-words", assertThrows(UsageError.class,
        () -> new OverlapOptions(d.shingleWords(), d.maxDf(), d.bands(), d.rows(), d.minJaccard(),
            d.minContainment(), 4, d.maxGap(), d.clusterJaccard())).getMessage());
    // Checked before Spark starts: exit code 2.
    assertEquals(2, Main.execute("run", "--min-jaccard", "0"));
    assertEquals(2, Main.execute("run", "--bands", "0"));
  }
}
