package org.wiretrace.overlap;

import java.io.Serializable;
import org.wiretrace.UsageError;
import picocli.CommandLine.Option;

/** Options of the {@code overlap} stage (a picocli mixin of {@code wiretrace run}); docs/tables.md says why. */
public final class OverlapOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  @Option(names = "--shingle-words", paramLabel = "K", defaultValue = "5",
      description = "Words per shingle (default: ${DEFAULT-VALUE}).")
  public int shingleWords = 5;

  @Option(names = "--max-df", paramLabel = "N", defaultValue = "100",
      description = "Shingles in more documents than this are boilerplate: not used to find candidate pairs "
          + "(default: ${DEFAULT-VALUE}).")
  public int maxDf = 100;

  @Option(names = "--bands", paramLabel = "B", defaultValue = "64",
      description = "MinHash LSH bands (default: ${DEFAULT-VALUE}).")
  public int bands = 64;

  @Option(names = "--rows", paramLabel = "R", defaultValue = "4",
      description = "MinHash rows per band (default: ${DEFAULT-VALUE}).")
  public int rows = 4;

  @Option(names = "--min-jaccard", paramLabel = "J", defaultValue = "0.2",
      description = "Keep a pair whose shingle sets have at least this Jaccard similarity (default: ${DEFAULT-VALUE}).")
  public double minJaccard = 0.2;

  @Option(names = "--min-containment", paramLabel = "C", defaultValue = "0.5",
      description = "... or of which one document has at least this share of its shingles in the other "
          + "(default: ${DEFAULT-VALUE}).")
  public double minContainment = 0.5;

  @Option(names = "--min-passage-words", paramLabel = "N", defaultValue = "12",
      description = "Shortest shared passage reported, in words (default: ${DEFAULT-VALUE}).")
  public int minPassageWords = 12;

  @Option(names = "--max-gap", paramLabel = "N", defaultValue = "8",
      description = "Edited words a passage may bridge between two identical runs (default: ${DEFAULT-VALUE}).")
  public int maxGap = 8;

  @Option(names = "--cluster-jaccard", paramLabel = "J", defaultValue = "0.8",
      description = "Pairs at least this similar link near-duplicate clusters (default: ${DEFAULT-VALUE}).")
  public double clusterJaccard = 0.8;

  /** Throws a usage error for values the stage cannot work with. */
  public void check() {
    require(shingleWords >= 1 && shingleWords <= 50, "--shingle-words must be between 1 and 50");
    require(maxDf >= 2, "--max-df must be at least 2");
    require(bands >= 1 && rows >= 1 && bands * rows <= 1024, "--bands and --rows must be positive, bands*rows <= 1024");
    require(minJaccard > 0 && minJaccard <= 1, "--min-jaccard must be in (0, 1]");
    require(minContainment > 0 && minContainment <= 1, "--min-containment must be in (0, 1]");
    require(minPassageWords >= shingleWords, "--min-passage-words must be at least --shingle-words");
    require(maxGap >= 0, "--max-gap must not be negative");
    require(clusterJaccard > 0 && clusterJaccard <= 1, "--cluster-jaccard must be in (0, 1]");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new UsageError(message);
    }
  }

  /** The aligner these options describe. */
  PassageAligner aligner() {
    return new PassageAligner(shingleWords, minPassageWords, maxGap);
  }
}
