package org.wiretrace.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Stable ids for articles that bring none: a hash of where the article sits and what it says. */
final class DocIds {
  private DocIds() {}

  /** 16 hex digits of SHA-256 over the parts, each followed by a NUL so that ("ab","c") differs from ("a","bc"). */
  static String hash(List<byte[]> parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        sha.update(part);
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String s) {
    return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
  }

  /** The path of a file relative to the input root it was found under, so ids survive moving the corpus. */
  static String relative(String path, List<String> roots) {
    String best = null;
    for (String root : roots) {
      String prefix = root.endsWith("/") ? root : root + "/";
      if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    if (best != null) {
      return path.substring(best.length());
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
