package org.wiretrace.overlap;

import java.io.Serializable;
import org.wiretrace.UsageError;

/**
 * Options of the {@code overlap} stage; docs/tables.md says why each default is what it is. Values the stage cannot
 * work with are a usage error when the options are made.
 *
 * @param shingleWords words per shingle
 * @param maxDf shingles in more documents than this are boilerplate: not used to find candidate pairs
 * @param bands MinHash LSH bands
 * @param rows MinHash rows per band
 * @param minJaccard keep a pair whose shingle sets are at least this similar
 * @param minContainment ... or of which one document has at least this share of its shingles in the other
 * @param minPassageWords shortest shared passage reported, in words
 * @param maxGap edited words a passage may bridge between two identical runs
 * @param clusterJaccard pairs at least this similar link near-duplicate clusters
 */
public record OverlapOptions(int shingleWords, int maxDf, int bands, int rows, double minJaccard,
    double minContainment, int minPassageWords, int maxGap, double clusterJaccard) implements Serializable {
  public static final int DEFAULT_SHINGLE_WORDS = 5;
  public static final int DEFAULT_MAX_DF = 100;
  public static final int DEFAULT_BANDS = 64;
  public static final int DEFAULT_ROWS = 4;
  public static final double DEFAULT_MIN_JACCARD = 0.2;
  public static final double DEFAULT_MIN_CONTAINMENT = 0.5;
  public static final int DEFAULT_MIN_PASSAGE_WORDS = 12;
  public static final int DEFAULT_MAX_GAP = 8;
  public static final double DEFAULT_CLUSTER_JACCARD = 0.8;

  public static final OverlapOptions DEFAULTS = new OverlapOptions(DEFAULT_SHINGLE_WORDS, DEFAULT_MAX_DF,
      DEFAULT_BANDS, DEFAULT_ROWS, DEFAULT_MIN_JACCARD, DEFAULT_MIN_CONTAINMENT, DEFAULT_MIN_PASSAGE_WORDS,
      DEFAULT_MAX_GAP, DEFAULT_CLUSTER_JACCARD);

  public OverlapOptions {
    UsageError.require(shingleWords >= 1 && shingleWords <= 50, "--shingle-words must be between 1 and 50");
    UsageError.require(maxDf >= 2, "--max-df must be at least 2");
    UsageError.require(bands >= 1 && rows >= 1 && bands * rows <= 1024,
        "--bands and --rows must be positive, bands*rows <= 1024");
    UsageError.require(minJaccard > 0 && minJaccard <= 1, "--min-jaccard must be in (0, 1]");
    UsageError.require(minContainment > 0 && minContainment <= 1, "--min-containment must be in (0, 1]");
    UsageError.require(minPassageWords >= shingleWords, "--min-passage-words must be at least --shingle-words");
    UsageError.require(maxGap >= 0, "--max-gap must not be negative");
    UsageError.require(clusterJaccard > 0 && clusterJaccard <= 1, "--cluster-jaccard must be in (0, 1]");
  }

  /** The aligner these options describe. */
  PassageAligner aligner() {
    return new PassageAligner(shingleWords, minPassageWords, maxGap);
  }
}
