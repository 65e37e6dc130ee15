package org.wiretrace;

import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Column;

/** Ids made from values: the same on every run, cluster and task retry. */
public final class Ids {
  private Ids() {}

  /** 16 hex digits of SHA-256 of a string value. */
  public static Column hash16(Column value) {
    return substring(sha2(value, 256), 1, 16);
  }
}
