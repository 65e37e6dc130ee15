package org.wiretrace.cli;

import org.wiretrace.stories.StoriesOptions;
import picocli.CommandLine.Option;

/** The {@code stories} stage's options on the command line of {@code wiretrace run}; docs/tables.md says why. */
final class StoriesArgs {
  @Option(names = "--story-window-days", paramLabel = "D", defaultValue = "" + StoriesOptions.DEFAULT_WINDOW_DAYS,
      description = "Compare two dated articles only when published at most D days apart; undated articles are "
          + "compared with every candidate (default: ${DEFAULT-VALUE}).")
  int windowDays;

  @Option(names = "--story-threshold", paramLabel = "S", defaultValue = "" + StoriesOptions.DEFAULT_THRESHOLD,
      description = "Mean similarity two groups of articles need to be one story (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--story-keys", paramLabel = "K", defaultValue = "" + StoriesOptions.DEFAULT_KEYS_PER_ARTICLE,
      description = "Each article's most distinctive names and title-and-lead terms used to find candidate pairs "
          + "(default: ${DEFAULT-VALUE}).")
  int keys;

  @Option(names = "--story-max-key-df", paramLabel = "N", defaultValue = "" + StoriesOptions.DEFAULT_MAX_KEY_DF,
      description = "A name or term in more articles than N finds no candidates (default: ${DEFAULT-VALUE}).")
  int maxKeyDf;

  StoriesOptions options() {
    return new StoriesOptions(windowDays, threshold, keys, maxKeyDf);
  }
}
