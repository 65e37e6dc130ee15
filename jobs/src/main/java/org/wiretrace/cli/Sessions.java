package org.wiretrace.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.NioLocalFileSystem;

/** Builds the one SparkSession a command runs in. */
final class Sessions {
  private Sessions() {}

  /**
   * spark-submit sets {@code spark.master}; without it (a plain JVM) the job runs in local mode bound to loopback. An
   * explicit {@code --master} wins over both.
   */
  static SparkSession create(String master) {
    return SparkSession.builder().appName("wiretrace").config(conf(master)).getOrCreate();
  }

  /**
   * The Hadoop configuration a session of {@link #create} will have (file systems, credentials), made without
   * starting Spark: a bad input path is reported at once, not after Spark's start.
   */
  static Configuration hadoopConfiguration(String master) {
    return SparkHadoopUtil.get().newConfiguration(conf(master));
  }

  private static SparkConf conf(String master) {
    SparkConf conf = new SparkConf();
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
      // 200 shuffle partitions (the cluster default) make every local shuffle pay for 200 tiny tasks.
      conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(4 * Runtime.getRuntime().availableProcessors()));
      conf.setIfMissing("spark.hadoop." + NioLocalFileSystem.SETTING, NioLocalFileSystem.class.getName());
    }
    return conf;
  }
}
