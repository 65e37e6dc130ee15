package org.wiretrace;

import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.spark.sql.Column;

/** Ids made from values: the same on every run, cluster and task retry. */
public final class Ids {
  private Ids() {}

  /** 16 hex digits of SHA-256 of a string value. */
  public static Column hash16(Column value) {
    return substring(sha2(value, 256), 1, 16);
  }

  /** The same 16 hex digits, of a string on the driver. */
  public static String sha16(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
