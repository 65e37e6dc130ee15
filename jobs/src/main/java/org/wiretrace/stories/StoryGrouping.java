package org.wiretrace.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Groups the articles of one connected set of links into stories by average linkage that is local in time: two
 * groups merge when the mean similarity over their pairs of articles that could be compared (both published within
 * the window, or either undated) reaches the threshold, best pair first. Pairs never scored count as 0, so a chain
 * of weak links between two events does not merge them; pairs too far apart in time to be compared do not count,
 * so a story followed for weeks can still grow article by article.
 */
public final class StoryGrouping {

  /** An article: its id and publication time in seconds (null when undated). */
  public record Member(String docId, Long seconds) {}

  /** A scored pair of members, by index into the member list. */
  public record Link(int a, int b, double similarity) {}

  /** Where a member went: the smallest doc_id of its story, and its mean similarity to the comparable others. */
  public record Placed(String docId, String storyKey, Double similarity) {}

  private final List<Member> members;
  private final double threshold;
  private final long windowSeconds;

  /** @param members in doc_id order: a story is named by its member of smallest index */
  public StoryGrouping(List<Member> members, double threshold, long windowSeconds) {
    this.members = members;
    this.threshold = threshold;
    this.windowSeconds = windowSeconds;
  }

  /** A group of members: its indices, its members' sorted publication seconds, and how many are undated. */
  private static final class Group {
    final int id;
    final List<Integer> indices = new ArrayList<>();
    long[] seconds = new long[0];
    int undated;
    final Map<Integer, Double> linkSums = new HashMap<>();
    int version;

    Group(int id) {
      this.id = id;
    }
  }

  private record Candidate(double mean, int a, int b, int versionA, int versionB) {}

  public List<Placed> group(List<Link> links) {
    Group[] groups = new Group[members.size()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = new Group(i);
      groups[i].indices.add(i);
      Long h = members.get(i).seconds();
      if (h == null) {
        groups[i].undated = 1;
      } else {
        groups[i].seconds = new long[] {h};
      }
    }
    for (Link link : links) {
      groups[link.a()].linkSums.merge(link.b(), link.similarity(), Double::sum);
      groups[link.b()].linkSums.merge(link.a(), link.similarity(), Double::sum);
    }
    // Best mean first; ties go to the pair of groups with the smallest member indices (members sorted by doc_id).
    PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble(Candidate::mean).reversed()
        .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
    for (Group g : groups) {
      g.linkSums.forEach((other, sum) -> {
        if (g.id < other) {
          offer(queue, g, groups[other], sum);
        }
      });
    }
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      Group a = groups[c.a()];
      Group b = groups[c.b()];
      if (a == null || b == null || a.version != c.versionA() || b.version != c.versionB()) {
        continue;
      }
      merge(a, b, groups);
      for (Map.Entry<Integer, Double> e : a.linkSums.entrySet()) {
        Group other = groups[e.getKey()];
        offer(queue, a.id < other.id ? a : other, a.id < other.id ? other : a, e.getValue());
      }
    }
    return placed(groups, links);
  }

  private void offer(PriorityQueue<Candidate> queue, Group low, Group high, double linkSum) {
    long comparable = comparablePairs(low, high);
    double mean = comparable == 0 ? 0 : linkSum / comparable;
    if (mean >= threshold) {
      queue.add(new Candidate(mean, low.id, high.id, low.version, high.version));
    }
  }

  /** Folds b into a (a keeps the smaller id, so a group is named by its first member). */
  private void merge(Group a, Group b, Group[] groups) {
    a.indices.addAll(b.indices);
    long[] seconds = Arrays.copyOf(a.seconds, a.seconds.length + b.seconds.length);
    System.arraycopy(b.seconds, 0, seconds, a.seconds.length, b.seconds.length);
    Arrays.sort(seconds);
    a.seconds = seconds;
    a.undated += b.undated;
    a.linkSums.remove(b.id);
    b.linkSums.remove(a.id);
    for (Map.Entry<Integer, Double> e : b.linkSums.entrySet()) {
      Group other = groups[e.getKey()];
      other.linkSums.remove(b.id);
      other.linkSums.merge(a.id, e.getValue(), Double::sum);
      a.linkSums.merge(e.getKey(), e.getValue(), Double::sum);
    }
    groups[b.id] = null;
    a.version++;
  }

  /** Pairs (x in a, y in b) that could have been compared: both dated within the window, or either undated. */
  long comparablePairs(Group a, Group b) {
    long sizeA = a.seconds.length + a.undated;
    long sizeB = b.seconds.length + b.undated;
    long dated = 0;
    for (long h : a.seconds) {
      dated += upperBound(b.seconds, h + windowSeconds) - lowerBound(b.seconds, h - windowSeconds);
    }
    return sizeA * sizeB - (long) a.seconds.length * b.seconds.length + dated;
  }

  private static int lowerBound(long[] sorted, long value) {
    int i = Arrays.binarySearch(sorted, value);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && sorted[i - 1] == value) {
      i--;
    }
    return i;
  }

  private static int upperBound(long[] sorted, long value) {
    int i = Arrays.binarySearch(sorted, value);
    if (i < 0) {
      return -i - 1;
    }
    while (i + 1 < sorted.length && sorted[i + 1] == value) {
      i++;
    }
    return i + 1;
  }

  /** Each member with its story key and its mean similarity to the other members it could be compared with. */
  private List<Placed> placed(Group[] groups, List<Link> links) {
    int[] storyOf = new int[members.size()];
    for (Group g : groups) {
      if (g != null) {
        g.indices.forEach(i -> storyOf[i] = g.id);
      }
    }
    double[] linkSum = new double[members.size()];
    for (Link link : links) {
      if (storyOf[link.a()] == storyOf[link.b()]) {
        linkSum[link.a()] += link.similarity();
        linkSum[link.b()] += link.similarity();
      }
    }
    Map<Integer, List<Integer>> byStory = new HashMap<>();
    for (int i = 0; i < storyOf.length; i++) {
      byStory.computeIfAbsent(storyOf[i], k -> new ArrayList<>()).add(i);
    }
    List<Placed> out = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      int comparable = 0;
      for (int j : byStory.get(storyOf[i])) {
        if (j != i && comparable(members.get(i), members.get(j))) {
          comparable++;
        }
      }
      out.add(new Placed(members.get(i).docId(), members.get(storyOf[i]).docId(),
          comparable == 0 ? null : linkSum[i] / comparable));
    }
    return out;
  }

  boolean comparable(Member x, Member y) {
    return x.seconds() == null || y.seconds() == null || Math.abs(x.seconds() - y.seconds()) <= windowSeconds;
  }
}
