package org.wiretrace.stories;

import org.wiretrace.UsageError;

/**
 * Options of the {@code stories} stage; docs/tables.md says why each default is what it is.
 *
 * @param windowDays two dated articles are compared only when published at most this many days apart (undated ones
 *     are compared with every candidate); a story followed longer grows through articles within the window
 * @param threshold the mean similarity two groups of articles need to be one story
 * @param keysPerArticle each article's most distinctive names and title-and-lead terms used to find candidates
 * @param maxKeyDf a name or term in more articles than this finds no candidates (too common to say which event)
 */
public record StoriesOptions(int windowDays, double threshold, int keysPerArticle, int maxKeyDf) {
  public static final int DEFAULT_WINDOW_DAYS = 7;
  public static final double DEFAULT_THRESHOLD = 0.25;
  public static final int DEFAULT_KEYS_PER_ARTICLE = 10;
  public static final int DEFAULT_MAX_KEY_DF = 1000;
  public static final StoriesOptions DEFAULTS = new StoriesOptions(DEFAULT_WINDOW_DAYS, DEFAULT_THRESHOLD,
      DEFAULT_KEYS_PER_ARTICLE, DEFAULT_MAX_KEY_DF);

  public StoriesOptions {
    UsageError.require(windowDays >= 0 && windowDays <= 3650, "--story-window-days must be between 0 and 3650");
    UsageError.require(threshold > 0 && threshold <= 1, "--story-threshold must be in (0, 1]");
    UsageError.require(keysPerArticle >= 1 && keysPerArticle <= 100, "--story-keys must be between 1 and 100");
    UsageError.require(maxKeyDf >= 2, "--story-max-key-df must be at least 2");
  }

  long windowSeconds() {
    return windowDays * 86_400L;
  }
}
