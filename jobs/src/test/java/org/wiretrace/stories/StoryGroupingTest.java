package org.wiretrace.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wiretrace.stories.StoryGrouping.Link;
import org.wiretrace.stories.StoryGrouping.Member;
import org.wiretrace.stories.StoryGrouping.Placed;

/** Time-local average linkage on small link sets whose outcome is worked out by hand. */
class StoryGroupingTest {
  private static final long DAY = 86_400;
  private static final long WINDOW = 5 * DAY;

  private static Map<String, String> stories(List<Member> members, double threshold, List<Link> links) {
    return new StoryGrouping(members, threshold, WINDOW).group(links).stream()
        .collect(Collectors.toMap(Placed::docId, Placed::storyKey));
  }

  private static Member at(String id, long day) {
    return new Member(id, day * DAY);
  }

  @Test
  void aWeakLinkBetweenTwoEventsDoesNotChainThem() {
    // a1-a2 and b1-b2 are 0.8 alike; a2-b1 0.4, over the 0.3 threshold: connected components would merge all four.
    // After a1+a2 and b1+b2 merge, the two groups' mean is 0.4 over their 4 pairs = 0.1 < 0.3.
    List<Member> members = List.of(at("a1", 0), at("a2", 0), at("b1", 0), at("b2", 0));
    Map<String, String> story = stories(members, 0.3,
        List.of(new Link(0, 1, 0.8), new Link(2, 3, 0.8), new Link(1, 2, 0.4)));
    assertEquals(Map.of("a1", "a1", "a2", "a1", "b1", "b1", "b2", "b1"), story);
  }

  @Test
  void aStoryFollowedForDaysGrowsThroughArticlesWithinTheWindow() {
    // Days 0, 4, 8, 12 with a 5-day window: only neighbours can be compared, so each merge's mean is one link of 0.5.
    List<Member> members = List.of(at("d0", 0), at("d4", 4), at("d8", 8), at("d12", 12));
    List<Placed> placed = new StoryGrouping(members, 0.3, WINDOW).group(
        List.of(new Link(0, 1, 0.5), new Link(1, 2, 0.5), new Link(2, 3, 0.5)));
    assertEquals(List.of("d0", "d0", "d0", "d0"), placed.stream().map(Placed::storyKey).toList());
    // d0 can be compared with d4 only (0.5); d4 with d0 and d8 (0.5 + 0.5) / 2.
    assertEquals(0.5, placed.get(0).similarity(), 1e-12);
    assertEquals(0.5, placed.get(1).similarity(), 1e-12);
  }

  @Test
  void anUndatedArticleIsComparedWithEveryOther() {
    // x undated, y on day 0, z on day 100. x+y merge (0.6); {x,y}-z: pairs x-z (comparable) and y-z (not): 0.6 / 1.
    List<Member> members = List.of(new Member("x", null), at("y", 0), at("z", 100));
    Map<String, String> story = stories(members, 0.5, List.of(new Link(0, 1, 0.6), new Link(0, 2, 0.6)));
    assertEquals(Map.of("x", "x", "y", "x", "z", "x"), story);
  }

  @Test
  void theBestMeanMergesFirstAndTheThresholdHolds() {
    // p-q 0.9 merge first; r links to p at 0.5 and to q at 0.1: mean 0.3 reaches 0.3 exactly, 0.31 does not.
    List<Member> members = List.of(at("p", 0), at("q", 0), at("r", 1));
    List<Link> links = List.of(new Link(0, 1, 0.9), new Link(0, 2, 0.5), new Link(1, 2, 0.1));
    assertEquals(Map.of("p", "p", "q", "p", "r", "p"), stories(members, 0.3, links));
    assertEquals(Map.of("p", "p", "q", "p", "r", "r"), stories(members, 0.31, links));
  }

  @Test
  void aMemberAloneHasNoSimilarity() {
    List<Placed> placed = new StoryGrouping(List.of(at("a", 0), at("b", 0)), 0.3, WINDOW)
        .group(List.of(new Link(0, 1, 0.2)));
    assertEquals(List.of("a", "b"), placed.stream().map(Placed::storyKey).toList());
    assertEquals(null, placed.get(0).similarity());
  }
}
