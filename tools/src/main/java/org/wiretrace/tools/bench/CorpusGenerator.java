package org.wiretrace.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.wiretrace.UsageError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scripts/bench generate}: a synthetic news corpus of N articles as JSON Lines ({@code corpus/part-*.jsonl}
 * with id, source, date, title, text: {@code wiretrace run --format jsonl}), and its planted ground truth beside it
 * ({@code truth/quotes.jsonl}, {@code truth/reuse.jsonl}; see {@link CorpusWriter}). Text comes from a word chain
 * trained on BBC and Reuters-21578; lengths follow theirs. Articles stream to disk: memory holds the chain and the
 * last {@value #RECENT} articles (the ones a copy may take from). The same seed gives the same files.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Writes a synthetic news corpus.")
public final class CorpusGenerator implements Callable<Integer> {
  static final int RECENT = 2000;
  private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 0, 0);
  private static final int DAYS = 365;

  @Option(names = "--docs", required = true, description = "Number of articles.")
  long docs;

  @Option(names = "--out", required = true, description = "Output folder (must not exist or be empty).")
  Path out;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--corpora", defaultValue = "../shared/corpora",
      description = "Folder holding bbc/ and reuters21578/ (default: ${DEFAULT-VALUE}).")
  Path corpora;

  @Option(names = "--docs-per-file", defaultValue = "5000", description = "Articles per JSONL file.")
  int docsPerFile;

  @Option(names = "--quote-share", defaultValue = "0.6", description = "Share of articles with planted quotes.")
  double quoteShare;

  @Option(names = "--reuse-share", defaultValue = "0.08",
      description = "Share of articles that copy a passage from an earlier article of another outlet.")
  double reuseShare;

  /**
   * An article as generated: kept among the recent ones so that a later article can copy from it. {@code reused}
   * is the passage it copied from an earlier article, or null.
   */
  record Article(String id, String source, LocalDateTime date, String title, List<Plants.Paragraph> paragraphs,
      Plants.Reuse reused) {}

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new CorpusGenerator());
    cli.setExecutionExceptionHandler((error, command, parsed) -> {
      if (error instanceof UsageError) {
        System.err.println("bench generate: " + error.getMessage());
        return 2;
      }
      throw error;
    });
    System.exit(cli.execute(args));
  }

  @Override
  public Integer call() throws IOException {
    if (docs < 1 || docsPerFile < 1) {
      throw new UsageError("--docs and --docs-per-file must be at least 1");
    }
    if (Files.exists(out)) {
      try (var entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new UsageError("--out " + out + " is not empty");
        }
      }
    }
    long t0 = System.nanoTime();
    List<String> training = TrainingTexts.load(corpora);
    WordChain chain = WordChain.train(training);
    int[] lengths = training.stream().mapToInt(text -> text.split("\\s+").length).sorted().toArray();
    training = null;
    System.err.printf("bench generate: chain of %,d words from %,d articles in %.1f s%n", chain.vocabularySize(),
        lengths.length, (System.nanoTime() - t0) / 1e9);
    SplittableRandom random = new SplittableRandom(seed);
    int roster = Newsroom.rosterSize(docs);
    List<Article> recent = new ArrayList<>(RECENT);
    try (CorpusWriter writer = new CorpusWriter(out, docsPerFile)) {
      for (long i = 0; i < docs; i++) {
        Article article = article(i, chain, lengths, roster, recent, random);
        writer.write(article);
        if (recent.size() < RECENT) {
          recent.add(article);
        } else {
          recent.set((int) (i % RECENT), article);
        }
      }
      System.err.printf("bench generate: %,d articles, %,d planted quotations, %,d reused passages in %s (%.1f s)%n",
          docs, writer.quotes(), writer.reuses(), out, (System.nanoTime() - t0) / 1e9);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return 0;
  }

  private Article article(long i, WordChain chain, int[] lengths, int roster, List<Article> recent,
      SplittableRandom random) {
    String id = String.format("syn-%08d", i);
    String source = Newsroom.outlet(random);
    LocalDateTime date = START.plusMinutes((long) ((double) i / docs * DAYS * 24 * 60) + random.nextInt(600));
    String title = title(chain.sentence(random));
    int words = lengths[random.nextInt(lengths.length)];
    List<Plants.Paragraph> paragraphs = new ArrayList<>();
    int n = 0;
    while (n < words) {
      StringBuilder paragraph = new StringBuilder(chain.sentence(random));
      for (int s = random.nextInt(3); s > 0; s--) {
        paragraph.append(' ').append(chain.sentence(random));
      }
      n += wordCount(paragraph);
      paragraphs.add(Plants.Paragraph.plain(paragraph.toString()));
    }
    if (random.nextDouble() < quoteShare) {
      for (int q = 1 + random.nextInt(3); q > 0; q--) {
        paragraphs.add(1 + random.nextInt(paragraphs.size()), Plants.quote(chain, random, roster));
      }
    }
    if (random.nextDouble() < reuseShare && !recent.isEmpty()) {
      Article original = pickOriginal(recent, source, random);
      Plants.Reuse reused = original == null ? null : Plants.copy(original, paragraphs, chain, random);
      if (reused != null) {
        return new Article(id, source, original.date().plusHours(reused.lagHours()), title, paragraphs, reused);
      }
    }
    return new Article(id, source, date, title, paragraphs, null);
  }

  /** A recent article of another outlet, or null if a few tries found only this outlet's. */
  private static Article pickOriginal(List<Article> recent, String source, SplittableRandom random) {
    for (int tries = 0; tries < 5; tries++) {
      Article candidate = recent.get(random.nextInt(recent.size()));
      if (!candidate.source().equals(source)) {
        return candidate;
      }
    }
    return null;
  }

  private static String title(String sentence) {
    String[] words = sentence.substring(0, sentence.length() - 1).split(" ");
    return String.join(" ", Arrays.copyOf(words, Math.min(words.length, 9)));
  }

  private static int wordCount(CharSequence text) {
    int n = 1;
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) == ' ') {
        n++;
      }
    }
    return n;
  }
}
