package org.wiretrace.overlap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.lucene.util.StringHelper;
import org.wiretrace.text.Words;

/**
 * Word shingles hashed to 64 bits, and their MinHash band keys. A shingle is {@code k} consecutive normalized words;
 * its hash is two MurmurHash3 (x86, 32-bit) values of the words' UTF-8 joined by spaces, with different seeds: 64
 * bits keep accidental collisions negligible (about 1 in 10^10 pairs of shingles) at a billion distinct shingles.
 */
public final class Shingles {
  private static final int SEED_HIGH = 0x9747b28c;
  private static final int SEED_LOW = 0x5bd1e995;

  private Shingles() {}

  /** The hash of the shingle starting at each word position ({@code size - k + 1} of them; none when shorter). */
  public static long[] hashes(Words words, int k) {
    int n = Math.max(0, words.size() - k + 1);
    long[] out = new long[n];
    StringBuilder shingle = new StringBuilder();
    for (int i = 0; i < n; i++) {
      shingle.setLength(0);
      for (int j = i; j < i + k; j++) {
        shingle.append(j == i ? "" : " ").append(words.terms()[j]);
      }
      out[i] = hash(shingle.toString());
    }
    return out;
  }

  static long hash(String shingle) {
    byte[] bytes = shingle.getBytes(StandardCharsets.UTF_8);
    long high = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, SEED_HIGH);
    long low = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, SEED_LOW);
    return (high << 32) | (low & 0xffffffffL);
  }

  /** The set of shingle hashes, sorted ascending (the form the verification and the band keys read). */
  public static long[] distinct(long[] hashes) {
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  /**
   * Banded MinHash: {@code bands * rows} min-hashes, each the minimum over the set of a different mix of the shingle
   * hash, grouped into bands of {@code rows}; a band's key hashes its band number and its rows. Two sets share a
   * band key with probability {@code 1 - (1 - J^rows)^bands} for Jaccard similarity J (AND within a band, OR
   * across bands). Empty for an empty set.
   */
  public static long[] bandKeys(long[] set, int bands, int rows) {
    if (set.length == 0) {
      return new long[0];
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long key = mix(band + 1L);
      for (int row = 0; row < rows; row++) {
        long seed = mix(band * (long) rows + row + 0x632be59bd9b4e019L);
        long min = Long.MAX_VALUE;
        for (long h : set) {
          min = Math.min(min, mix(h ^ seed));
        }
        key = mix(key ^ min);
      }
      keys[band] = key;
    }
    return keys;
  }

  /** The SplitMix64 finalizer: a bijection on 64-bit values that scatters every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
