package org.wiretrace.stories;

/**
 * How alike two articles are as accounts of one event, in [0, 1]: a weighted mean of three cosines. The title and
 * lead weigh most (news writing states there what happened, to whom, where and when), then the names of people,
 * places and organisations, then the whole body's TF-IDF (what else the article is about, which two articles on one
 * broad topic share too). A block only one of
 * the two articles has counts as 0; a block neither has drops out and the others keep their proportions.
 */
public final class StorySimilarity {
  static final double NAMES = 0.3;
  static final double LEAD = 0.5;
  static final double BODY = 0.2;

  /** One article's vectors: name words, title-and-lead terms, body TF-IDF. */
  public record Article(StoryVector names, StoryVector lead, StoryVector body) {}

  private StorySimilarity() {}

  public static double score(Article a, Article b) {
    double sum = 0;
    double weight = 0;
    if (!a.names().isEmpty() || !b.names().isEmpty()) {
      sum += NAMES * a.names().dot(b.names());
      weight += NAMES;
    }
    if (!a.lead().isEmpty() || !b.lead().isEmpty()) {
      sum += LEAD * a.lead().dot(b.lead());
      weight += LEAD;
    }
    if (!a.body().isEmpty() || !b.body().isEmpty()) {
      sum += BODY * a.body().dot(b.body());
      weight += BODY;
    }
    return weight == 0 ? 0 : Math.min(1, sum / weight);
  }
}
