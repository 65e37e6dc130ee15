package org.wiretrace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Owns every path under the output root. A run writes its tables to {@code _staging/}; {@link #commit} then swaps
 * them in under a journal ({@code _commit.json}): each replaced or removed table and the old manifest first move to
 * {@code _trash/}, then the staged ones into place. A run killed at any moment leaves either the previous output, or
 * a journal from which {@link #recover} (run first by every command) puts the previous output back, table by table.
 * Each step is a rename: atomic on a local or HDFS file system, not on object stores (see the README).
 */
public final class OutputLayout {
  public static final String MANIFEST = "manifest.json";
  private static final String STAGING = "_staging";
  private static final String TRASH = "_trash";
  private static final String JOURNAL = "_commit.json";

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
    return exists(new Path(staged)) ? staged : tablePath(table);
  }

  /** Whether a committed table is there. */
  boolean hasCommitted(String table) {
    return exists(new Path(root, table));
  }

  /** Starts a run: clears what a failed or killed run left in staging. */
  void startStaging() {
    delete(new Path(root, STAGING));
  }

  void abandonStaging() {
    delete(new Path(root, STAGING));
  }

  /**
   * Publishes the staged {@code tables} and the manifest, and takes away the {@code removed} committed tables (those
   * computed from what this run replaced), under a journal.
   */
  void commit(Collection<String> tables, Collection<String> removed, String manifestJson) {
    Path staging = new Path(root, STAGING);
    Path trash = new Path(root, TRASH);
    try {
      writeString(new Path(staging, MANIFEST), manifestJson);
      List<String> moved = new ArrayList<>(tables);
      moved.addAll(removed);
      moved.add(MANIFEST);
      Map<String, Object> journal = new LinkedHashMap<>();
      journal.put("replaced", moved);
      journal.put("new", moved.stream().filter(name -> !exists(new Path(root, name))).toList());
      delete(trash);
      writeAtomically(new Path(root, JOURNAL), Manifest.JSON.writeValueAsString(journal));
      fs.mkdirs(trash);
      for (String name : moved) {
        Path target = new Path(root, name);
        if (exists(target)) {
          rename(target, new Path(trash, name));
        }
        CommitFault.reached("moved-out " + name);
        if (!removed.contains(name)) {
          rename(new Path(staging, name), target);
          CommitFault.reached("moved-in " + name);
        }
      }
      delete(new Path(root, JOURNAL)); // the commit point: from here on the new output stands
      delete(trash);
      delete(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts the previous output back if a commit was cut short (its journal is still there), and clears what a killed
   * run left behind. A run calls it before it writes the output.
   */
  public void recover() {
    rollBackCutCommit();
    delete(new Path(root, TRASH));
    delete(new Path(root, STAGING));
  }

  /**
   * Puts the previous output back if a commit was cut short, and nothing else: readers ({@code report}, {@code sql})
   * call it, and leave the staging area of a run that may still be computing alone.
   */
  public void rollBackCutCommit() {
    Path journal = new Path(root, JOURNAL);
    if (!exists(journal)) {
      return;
    }
    Path trash = new Path(root, TRASH);
    try {
      JsonNode entry = Manifest.JSON.readTree(readString(journal));
      List<String> created = new ArrayList<>();
      entry.path("new").forEach(name -> created.add(name.asText()));
      for (JsonNode node : entry.path("replaced")) {
        String name = node.asText();
        Path target = new Path(root, name);
        Path old = new Path(trash, name);
        if (exists(old)) {
          delete(target);
          rename(old, target);
        } else if (created.contains(name)) {
          delete(target);
        }
      }
    } catch (JsonProcessingException e) {
      // A journal cut while being written: it was written before any table moved, so nothing moved.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    delete(journal);
    delete(trash);
  }

  /** The committed manifest, or null before the first run. */
  String readManifest() {
    Path path = new Path(root, MANIFEST);
    if (!exists(path)) {
      return null;
    }
    try {
      return readString(path);
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

  private boolean exists(Path path) {
    try {
      return fs.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not move " + from + " to " + to);
    }
  }

  private void delete(Path path) {
    try {
      fs.delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String readString(Path path) throws IOException {
    try (var in = fs.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void writeString(Path path, String text) throws IOException {
    try (OutputStream out = fs.create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Written beside, then renamed: a reader sees the whole file or none. */
  private void writeAtomically(Path path, String text) throws IOException {
    Path partial = new Path(path.getParent(), "." + path.getName() + ".partial");
    writeString(partial, text);
    rename(partial, path);
  }
}
