package org.wiretrace.bench;

import org.apache.spark.sql.SparkSession;

/** The local session of the benchmark tools (they run as plain mains from the Maven classpath). */
final class BenchSpark {
  private BenchSpark() {}

  static SparkSession session() {
    return SparkSession.builder()
        .master(System.getProperty("spark.master", "local[*]"))
        .appName("wiretrace-bench")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .getOrCreate();
  }
}
