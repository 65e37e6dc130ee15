package org.wiretrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The input paths of a run, qualified; the listing of a format's files; the binary-file reads that text and Reuters
 * input start from.
 */
final class InputFiles {
  static final String PATH = "path";
  static final String LENGTH = "length";
  static final String CONTENT = "content";
  private static final StructType FILE_SCHEMA = new StructType()
      .add(PATH, DataTypes.StringType, false)
      .add(LENGTH, DataTypes.LongType, false)
      .add(CONTENT, DataTypes.BinaryType, true);

  /**
   * A file of the input: its Hadoop path (to open it), its URI as Spark's {@code input_file_name()} gives it (the
   * {@code input_path} of its records), and its length.
   */
  record Listed(String path, String uri, long length) implements Serializable {}

  private InputFiles() {}

  /**
   * The files under the inputs whose names match {@code glob} (a file named directly, whatever its name), sorted,
   * skipping hidden names as Spark's file sources do: a name, or a folder's below the input, that starts with '.' or
   * '_' (checksums, markers, {@code _temporary}).
   */
  static List<Listed> list(SparkSession spark, List<String> inputs, String glob) {
    List<Listed> out = new ArrayList<>();
    try {
      GlobFilter filter = new GlobFilter(glob);
      for (String input : qualified(spark, inputs)) {
        Path root = new Path(input);
        FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.getFileStatus(root).isDirectory()) {
          out.add(listed(fs.getFileStatus(root)));
          continue;
        }
        int depth = root.depth();
        RemoteIterator<LocatedFileStatus> listing = fs.listFiles(root, true);
        while (listing.hasNext()) {
          LocatedFileStatus status = listing.next();
          if (filter.accept(status.getPath()) && !hiddenBelow(status.getPath(), depth)) {
            out.add(listed(status));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparing(Listed::uri));
    return out;
  }

  private static Listed listed(FileStatus status) {
    return new Listed(status.getPath().toString(), status.getPath().toUri().toString(), status.getLen());
  }

  private static boolean hiddenBelow(Path path, int rootDepth) {
    for (Path p = path; p != null && p.depth() > rootDepth; p = p.getParent()) {
      if (hidden(p.getName())) {
        return true;
      }
    }
    return false;
  }

  /** The session's Hadoop configuration, for tasks that open input files themselves ({@link #open}). */
  static Broadcast<SerializableConfiguration> hadoopConf(SparkSession spark) {
    return SerializableConfiguration.broadcast(spark.sparkContext());
  }

  /** A file opened for reading, in a task. */
  static InputStream open(Broadcast<SerializableConfiguration> conf, String path) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(conf.value().value()).open(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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

  /** Bytes of all files under the inputs (a listing, no reads), to size the output's partitions. */
  static long totalBytes(SparkSession spark, List<String> paths) {
    long bytes = 0;
    for (String path : paths) {
      try {
        Path p = new Path(path);
        bytes += p.getFileSystem(spark.sparkContext().hadoopConfiguration()).getContentSummary(p).getLength();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes;
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
   * match {@code glob}; a file named directly is read whatever its name. Contents are read lazily by Spark.
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
    return result.select(PATH, LENGTH, CONTENT).union(emptyFiles(spark, dirs, files, glob));
  }

  /**
   * Spark's file sources split a file into byte ranges and so never read a file of 0 bytes; these are listed here
   * (paths only) so that an empty file still becomes a rejects row rather than vanishing.
   */
  private static Dataset<Row> emptyFiles(SparkSession spark, List<String> dirs, List<String> files, String glob) {
    List<Row> empty = new ArrayList<>();
    try {
      GlobFilter filter = new GlobFilter(glob);
      for (String dir : dirs) {
        Path root = new Path(dir);
        RemoteIterator<LocatedFileStatus> listing =
            root.getFileSystem(spark.sparkContext().hadoopConfiguration()).listFiles(root, true);
        while (listing.hasNext()) {
          LocatedFileStatus status = listing.next();
          if (status.getLen() == 0 && filter.accept(status.getPath()) && !hidden(status.getPath().getName())) {
            empty.add(RowFactory.create(status.getPath().toString(), 0L, new byte[0]));
          }
        }
      }
      for (String file : files) {
        Path path = new Path(file);
        if (path.getFileSystem(spark.sparkContext().hadoopConfiguration()).getFileStatus(path).getLen() == 0) {
          empty.add(RowFactory.create(path.toString(), 0L, new byte[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spark.createDataFrame(empty, FILE_SCHEMA);
  }

  /** Spark's file listing skips names starting with '.' or '_' (checksums, markers) but partition folders (a=1). */
  private static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_") && !name.contains("=");
  }
}
