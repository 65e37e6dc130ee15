package org.wiretrace.cli;

import org.wiretrace.overlap.OverlapOptions;
import picocli.CommandLine.Option;

/** The {@code overlap} stage's options on the command line of {@code wiretrace run}; docs/tables.md says why. */
final class OverlapArgs {
  @Option(names = "--shingle-words", paramLabel = "K", defaultValue = "" + OverlapOptions.DEFAULT_SHINGLE_WORDS,
      description = "Words per shingle (default: ${DEFAULT-VALUE}).")
  int shingleWords;

  @Option(names = "--max-df", paramLabel = "N", defaultValue = "" + OverlapOptions.DEFAULT_MAX_DF,
      description = "Shingles in more documents than this are boilerplate: not used to find candidate pairs "
          + "(default: ${DEFAULT-VALUE}).")
  int maxDf;

  @Option(names = "--bands", paramLabel = "B", defaultValue = "" + OverlapOptions.DEFAULT_BANDS,
      description = "MinHash LSH bands (default: ${DEFAULT-VALUE}).")
  int bands;

  @Option(names = "--rows", paramLabel = "R", defaultValue = "" + OverlapOptions.DEFAULT_ROWS,
      description = "MinHash rows per band (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(names = "--min-jaccard", paramLabel = "J", defaultValue = "" + OverlapOptions.DEFAULT_MIN_JACCARD,
      description = "Keep a pair whose shingle sets have at least this Jaccard similarity (default: ${DEFAULT-VALUE}).")
  double minJaccard;

  @Option(names = "--min-containment", paramLabel = "C", defaultValue = "" + OverlapOptions.DEFAULT_MIN_CONTAINMENT,
      description = "... or of which one document has at least this share of its shingles in the other "
          + "(default: ${DEFAULT-VALUE}).")
  double minContainment;

  @Option(names = "--min-passage-words", paramLabel = "N",
      defaultValue = "" + OverlapOptions.DEFAULT_MIN_PASSAGE_WORDS,
      description = "Shortest shared passage reported, in words (default: ${DEFAULT-VALUE}).")
  int minPassageWords;

  @Option(names = "--max-gap", paramLabel = "N", defaultValue = "" + OverlapOptions.DEFAULT_MAX_GAP,
      description = "Edited words a passage may bridge between two identical runs (default: ${DEFAULT-VALUE}).")
  int maxGap;

  @Option(names = "--cluster-jaccard", paramLabel = "J", defaultValue = "" + OverlapOptions.DEFAULT_CLUSTER_JACCARD,
      description = "Pairs at least this similar link near-duplicate clusters (default: ${DEFAULT-VALUE}).")
  double clusterJaccard;

  OverlapOptions options() {
    return new OverlapOptions(shingleWords, maxDf, bands, rows, minJaccard, minContainment, minPassageWords, maxGap,
        clusterJaccard);
  }
}
