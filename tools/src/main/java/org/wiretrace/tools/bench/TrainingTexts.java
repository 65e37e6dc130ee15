package org.wiretrace.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.wiretrace.UsageError;
import org.wiretrace.ingest.ReutersSgml;

/**
 * The article bodies of the real corpora under {@code ../shared/corpora} that the synthetic corpora are made from:
 * BBC News (first line of each file is the title) and Reuters-21578, read in place, in a fixed order.
 */
final class TrainingTexts {
  /** Shorter bodies are briefs and tables, not articles: their lengths would skew the length distribution. */
  static final int MIN_ARTICLE_WORDS = 40;

  private TrainingTexts() {}

  static List<String> load(Path corpora) {
    Path bbc = corpora.resolve("bbc");
    Path reuters = corpora.resolve("reuters21578");
    if (!Files.isDirectory(bbc) || !Files.isDirectory(reuters)) {
      throw new UsageError("--corpora " + corpora + " does not hold bbc/ and reuters21578/");
    }
    List<String> texts = new ArrayList<>();
    for (Path file : sorted(bbc, ".txt")) {
      String text = read(file);
      int firstLineEnd = text.indexOf('\n');
      texts.add(firstLineEnd < 0 ? text : text.substring(firstLineEnd + 1));
    }
    for (Path file : sorted(reuters, ".sgm")) {
      for (ReutersSgml.Story story : ReutersSgml.parse(read(file))) {
        if (story.body().split("\\s+").length >= MIN_ARTICLE_WORDS) {
          texts.add(story.body());
        }
      }
    }
    return texts;
  }

  /** Latin-1 reads every byte of both corpora (one BBC file is not valid UTF-8; Reuters is Latin-1). */
  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> sorted(Path root, String suffix) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
