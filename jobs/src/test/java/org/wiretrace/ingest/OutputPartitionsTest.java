package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Output partitions by input size: at most 128 MiB of input each, at least 1 MiB each while cores are idle. */
class OutputPartitionsTest {
  private static final long MIB = 1L << 20;

  @Test
  void aSmallCorpusGivesOneFile() {
    assertEquals(1, Ingest.outputPartitions(0, 2));
    assertEquals(1, Ingest.outputPartitions(30_000, 2));
    assertEquals(1, Ingest.outputPartitions(MIB, 64));
  }

  @Test
  void aMidSizedCorpusIsSpreadOverTheCoresInPartsOfAMebibyteOrMore() {
    assertEquals(2, Ingest.outputPartitions(5 * MIB, 2));
    assertEquals(5, Ingest.outputPartitions(5 * MIB, 64));
    assertEquals(6, Ingest.outputPartitions(5 * MIB + 1, 64));
  }

  @Test
  void aLargeCorpusGetsOnePartPer128MebibytesWhateverTheCores() {
    assertEquals(8192, Ingest.outputPartitions(1L << 40, 8));
    assertEquals(1024, Ingest.outputPartitions(128L << 30, 1024));
    assertEquals(1025, Ingest.outputPartitions((128L << 30) + 1, 2));
  }
}
