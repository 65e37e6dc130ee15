package org.wiretrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The input paths of a run, qualified, and the binary-file reads that text and Reuters input start from. */
final class InputFiles {
  private InputFiles() {}

  static List<String> qualified(SparkSession spark, List<String> paths) {
    List<String> out = new ArrayList<>();
    for (String path : paths) {
      try {
        Path p = new Path(path);
        out.add(p.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(p).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static boolean isDirectory(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus status = fs.getFileStatus(p);
      return status.isDirectory();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Files under the inputs as (path, length, content) rows: a directory is searched recursively for names that
   * match {@code glob}; a file named directly is read whatever its name.
   */
  static Dataset<Row> binaryFiles(SparkSession spark, List<String> paths, String glob) {
    List<String> dirs = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String path : paths) {
      (isDirectory(spark, path) ? dirs : files).add(path);
    }
    Dataset<Row> result = null;
    if (!dirs.isEmpty()) {
      result = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
          .option("pathGlobFilter", glob).load(dirs.toArray(String[]::new));
    }
    if (!files.isEmpty()) {
      Dataset<Row> named = spark.read().format("binaryFile").load(files.toArray(String[]::new));
      result = result == null ? named : result.unionByName(named);
    }
    return result;
  }
}
