package org.wiretrace.stories;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.util.StringHelper;

/**
 * A sparse unit vector: feature hashes in ascending order and their weights, scaled to length 1 (empty when the
 * article has no such feature). The dot product of two is their cosine.
 */
public record StoryVector(long[] keys, double[] weights) {
  static final StoryVector EMPTY = new StoryVector(new long[0], new double[0]);

  /** The unit vector of the weights, by feature. */
  static StoryVector of(Map<String, Double> weights) {
    long[][] pairs = new long[weights.size()][];
    int n = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      pairs[n++] = new long[] {hash(e.getKey()), Double.doubleToLongBits(e.getValue())};
    }
    // Summed in key order: a map's order follows the order its entries came in, which the partitioning decides, and
    // a sum of doubles in another order can differ in its last bit.
    Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
    double norm = 0;
    for (long[] pair : pairs) {
      double weight = Double.longBitsToDouble(pair[1]);
      norm += weight * weight;
    }
    if (norm == 0) {
      return EMPTY;
    }
    double length = Math.sqrt(norm);
    long[] keys = new long[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      keys[i] = pairs[i][0];
      values[i] = Double.longBitsToDouble(pairs[i][1]) / length;
    }
    return new StoryVector(keys, values);
  }

  /** The cosine of two unit vectors: a merge over their sorted keys. */
  double dot(StoryVector other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < keys.length && j < other.keys.length) {
      if (keys[i] < other.keys[j]) {
        i++;
      } else if (keys[i] > other.keys[j]) {
        j++;
      } else {
        sum += weights[i++] * other.weights[j++];
      }
    }
    return sum;
  }

  boolean isEmpty() {
    return keys.length == 0;
  }

  /** 64 bits of two MurmurHash3 values of the feature's UTF-8: collisions negligible at any corpus size. */
  static long hash(String feature) {
    byte[] bytes = feature.getBytes(StandardCharsets.UTF_8);
    long high = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x2b7e1516);
    long low = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x28aed2a6);
    return (high << 32) | (low & 0xffffffffL);
  }
}
