package org.wiretrace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Owns every path under the output root. A run writes its tables to {@code _staging/} and only
 * {@link #commit} moves them into place, so a run that fails leaves the previous output as it was.
 */
public final class OutputLayout {
  public static final String MANIFEST = "manifest.json";
  private static final String STAGING = "_staging";

  private final FileSystem fs;
  private final Path root;

  public OutputLayout(SparkSession spark, String output) {
    try {
      Path path = new Path(output);
      this.fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      this.root = fs.makeQualified(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path root() {
    return root;
  }

  public String tablePath(String table) {
    return new Path(root, table).toString();
  }

  String stagingPath(String table) {
    return new Path(new Path(root, STAGING), table).toString();
  }

  /** Where a stage reads a table: this run's staging copy if it wrote one, else the committed one. */
  String readPath(String table) {
    String staged = stagingPath(table);
    return exists(staged) ? staged : tablePath(table);
  }

  public boolean hasTable(String table) {
    return exists(stagingPath(table)) || exists(tablePath(table));
  }

  /** Starts a run: clears what a crashed run may have left in staging. */
  void startStaging() {
    delete(new Path(root, STAGING));
  }

  void abandonStaging() {
    delete(new Path(root, STAGING));
  }

  /** Moves the staged tables and the manifest into place, replacing the previous ones of the same name. */
  void commit(Collection<String> tables, String manifestJson) {
    try {
      Path staging = new Path(root, STAGING);
      writeString(new Path(staging, MANIFEST), manifestJson);
      for (String table : tables) {
        Path target = new Path(root, table);
        delete(target);
        if (!fs.rename(new Path(staging, table), target)) {
          throw new IOException("could not move " + table + " into " + root);
        }
      }
      delete(new Path(root, MANIFEST));
      fs.rename(new Path(staging, MANIFEST), new Path(root, MANIFEST));
      delete(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The committed manifest, or null before the first run. */
  String readManifest() {
    Path path = new Path(root, MANIFEST);
    if (!exists(path.toString())) {
      return null;
    }
    try (var in = fs.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of the committed tables: directories under the root that hold Parquet files. */
  public List<String> tables() {
    List<String> names = new ArrayList<>();
    try {
      if (!fs.exists(root)) {
        return names;
      }
      for (FileStatus status : fs.listStatus(root)) {
        String name = status.getPath().getName();
        if (status.isDirectory() && !name.startsWith("_") && !name.startsWith(".") && holdsParquet(status.getPath())) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(null);
    return names;
  }

  private boolean holdsParquet(Path dir) throws IOException {
    for (FileStatus file : fs.listStatus(dir)) {
      if (file.getPath().getName().endsWith(".parquet")) {
        return true;
      }
    }
    return false;
  }

  private boolean exists(String path) {
    try {
      return fs.exists(new Path(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void delete(Path path) {
    try {
      fs.delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeString(Path path, String text) throws IOException {
    try (OutputStream out = fs.create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
