package org.wiretrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.UsageError;

/** Resolves {@code --format auto}: by file extension, the most common one among the first files of each input. */
final class FormatDetector {
  /** Enough files to see what a directory holds without listing a whole bucket. */
  private static final int SAMPLE_FILES = 1000;

  private FormatDetector() {}

  static InputFormat detect(SparkSession spark, List<String> inputs) {
    InputFormat found = null;
    for (String input : inputs) {
      InputFormat format = detectOne(spark, input);
      if (found != null && found != format) {
        throw new UsageError("inputs hold different formats (" + name(found) + ", " + name(format)
            + "): run them separately or give --format");
      }
      found = format;
    }
    return found;
  }

  private static InputFormat detectOne(SparkSession spark, String input) {
    Map<InputFormat, Integer> counts = new EnumMap<>(InputFormat.class);
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(path, true);
      int seen = 0;
      while (files.hasNext() && seen++ < SAMPLE_FILES) {
        String name = files.next().getPath().getName();
        InputFormat format = name.startsWith(".") || name.startsWith("_") ? null : InputFormat.ofFile(name);
        if (format != null) {
          counts.merge(format, 1, Integer::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElseThrow(() -> new UsageError("cannot tell the format of " + input
            + " (no " + InputFormat.allExtensions() + " files): give --format"));
  }

  private static String name(InputFormat format) {
    return format.name().toLowerCase(Locale.ROOT);
  }
}
