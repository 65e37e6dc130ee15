package org.wiretrace.tools;

import org.apache.spark.sql.SparkSession;

/**
 * The one local session of the tools (they run as plain mains from the Maven classpath, not through spark-submit):
 * {@code local[*]} unless {@code -Dspark.master} says otherwise, bound to loopback (127.0.0.1), no web UI.
 */
public final class ToolSpark {
  private ToolSpark() {}

  public static SparkSession session(String appName) {
    return SparkSession.builder()
        .master(System.getProperty("spark.master", "local[*]"))
        .appName(appName)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .getOrCreate();
  }
}
