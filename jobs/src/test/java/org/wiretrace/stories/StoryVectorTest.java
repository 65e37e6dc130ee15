package org.wiretrace.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryVectorTest {
  private static final List<String> FEATURES = List.of("geneva", "lavrov", "blinken", "ukraine", "talks");
  private static final List<Double> WEIGHTS = List.of(0.1, 0.2, 0.3, 0.7, 1.3);

  /** The weights by feature, entered in the given order (a LinkedHashMap iterates in that order). */
  private static Map<String, Double> entered(List<Integer> order) {
    Map<String, Double> weights = new LinkedHashMap<>();
    order.forEach(i -> weights.put(FEATURES.get(i), WEIGHTS.get(i)));
    return weights;
  }

  @Test
  void theSameWeightsInAnyOrderGiveTheSameBits() {
    // Summed in entry order, these squares give 2.32 or 2.3200000000000003 depending on the order.
    StoryVector first = StoryVector.of(entered(List.of(0, 1, 2, 3, 4)));
    List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
    for (int shuffle = 0; shuffle < 50; shuffle++) {
      Collections.shuffle(order, new java.util.Random(shuffle));
      StoryVector other = StoryVector.of(entered(order));
      assertArrayEquals(first.keys(), other.keys());
      assertArrayEquals(first.weights(), other.weights(), 0.0);
    }
  }

  @Test
  void aUnitVectorOfTheWeightsWithItsCosineToItselfOne() {
    StoryVector v = StoryVector.of(entered(List.of(0, 1, 2, 3, 4)));
    double length = Math.sqrt(0.01 + 0.04 + 0.09 + 0.49 + 1.69);
    double[] sorted = v.weights().clone();
    java.util.Arrays.sort(sorted);
    assertArrayEquals(new double[] {0.1 / length, 0.2 / length, 0.3 / length, 0.7 / length, 1.3 / length}, sorted,
        1e-15);
    assertEquals(1.0, v.dot(v), 1e-12);
  }
}
