package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.wiretrace.OutputLayout;
import org.wiretrace.TestSpark;
import org.wiretrace.cli.Main;

/**
 * The corpora the report tests read: each is written by the test as input files, run through the whole pipeline
 * ({@code wiretrace run}, every stage) once per test JVM, and its output kept under target/report-corpora/. No
 * table is made up: every expected value in the tests is worked out by hand from the input below.
 */
final class ReportCorpora {
  static final Path ROOT = Path.of("target/report-corpora");
  private static final Path SEEDS = Path.of("../seeds");
  /**
   * Each corpus's run, in the order the report tests first ask for them. The first request starts a background
   * thread that runs them one after another, so that one corpus runs while the tests of another are busy; a test
   * asking for a corpus runs it itself when the background has not started it yet, else waits for it.
   */
  private static final Map<String, FutureTask<Path>> RUNS = new LinkedHashMap<>();
  private static final AtomicBoolean PREFETCH = new AtomicBoolean();

  static {
    RUNS.put("reuse", new FutureTask<>(() -> reuseRun("reuse")));
    RUNS.put("seeds", new FutureTask<>(() -> run("seeds", List.of(SEEDS))));
    RUNS.put("bare", new FutureTask<>(() -> bareRun("bare")));
    RUNS.put("many", new FutureTask<>(() -> manyRun("many")));
    RUNS.put("one-outlet", new FutureTask<>(() -> oneOutletRun("one-outlet")));
    RUNS.put("rejected", new FutureTask<>(() -> rejectedRun("rejected")));
  }

  // --- reuse: the seeds plus five articles, two with a made-up outlet that reuses the seeds, two without one --------

  /** The made-up outlet of the reuse corpus: an agency a dateline can name ("Geneva, Jan 19, 2022 (AT&T Wire).-"). */
  static final String WIRE = "AT&T Wire";
  static final String HOSTILE_TITLE = "<script>alert(\"t\")</script> & 'Geneva' </svg><img src=x onerror=alert(1)>";
  /** The quoted words, carried by three documents: wire-1 (AT&T Wire) and both articles with no outlet. */
  static final String HOSTILE_QUOTE = "Russia fears <img src=x onerror=alert(2)> & nobody";
  /** EFE's second paragraph, 34 words, which wire-1 reuses word for word (as wire-2, a copy of EFE, does). */
  static final String EFE_PARAGRAPH = "The two men spoke by telephone and agreed that the meetings held last week "
      + "between Russia, the US and Washington’s allies over the Ukraine crisis were worthwhile, the State Department "
      + "said in a statement.";
  /** EIRNS's second paragraph, which the first article with no outlet reuses. */
  static final String EIRNS_PARAGRAPH = "Russian Foreign Ministry Spokeswoman Maria Zakharova confirmed to Rossiya-1 TV "
      + "Channel later in the day that “active work is underway on such a meeting between the heads of the Russian "
      + "and U.S. diplomatic agencies.”";
  static final String WIRE_2_TITLE = "Blinken & Lavrov agree to meet <Friday> in Geneva";
  static final String HARBOUR_TITLE = "Oslo harbour festival draws record crowds";

  // --- one outlet, long names and texts ---------------------------------------------------------------------------

  /** The only outlet of the one-outlet corpus: markup, quotes, an ampersand, and over 400 characters. */
  static final String LONG_OUTLET = "AT&T \"Wire\" <script>alert('b')</script> " + "and Sons ".repeat(45).strip();
  static final String LONG_TITLE = "A very long title " + "that goes on and on ".repeat(40).strip();

  // --- hundreds of outlets ----------------------------------------------------------------------------------------

  static final int MANY = 200;
  /** Words of each paragraph of the hundreds-of-outlets corpus: two of them make an article. */
  static final int PARAGRAPH_WORDS = 15;

  private ReportCorpora() {}

  /** The seeds as they are: five outlets' articles on the Blinken–Lavrov talks, one of them naming no outlet. */
  static Path seeds() {
    return get("seeds");
  }

  /**
   * The seeds plus text files of made-up articles (rejects included), so that passages, doc_pairs and source_overlap
   * exist for real, mixed with articles of no outlet that share text:
   * <ul>
   *   <li>wire-1 (AT&T Wire, 2022-01-19): a lead of its own, an emoji, then {@link #EFE_PARAGRAPH} word for word,
   *       then {@link #HOSTILE_QUOTE}; title {@link #HOSTILE_TITLE}.
   *   <li>wire-2 (AT&T Wire, 2022-01-20): the EFE seed's file with another title and dateline: the same body.
   *   <li>unsigned-1 (no outlet, no date): {@link #EIRNS_PARAGRAPH} word for word, then the hostile quotation.
   *   <li>unsigned-2 (no outlet, no date): the hostile quotation with words of its own.
   *   <li>harbour (AT&T Wire, 2022-01-25): an unrelated story, told by no one else.
   *   <li>empty.txt (no bytes: rejected as empty) and binary.txt (control bytes: rejected as binary).
   * </ul>
   * So: 10 documents, 5 known outlets (AT&T Wire with 3), 3 documents of no known outlet (seed 002 and the two
   * unsigned ones), 4 dated documents (EIRNS on the 18th, wire-1, wire-2, harbour), 2 rejects.
   */
  static Path reuse() {
    return get("reuse");
  }

  private static Path reuseRun(String name) {
    Path extra = input(name);
    String efe = read(SEEDS.resolve("001_ee71d46b01f8e00a.txt"));
    write(extra.resolve("wire-1.txt"), HOSTILE_TITLE + "\n\nGeneva, Jan 19, 2022 (" + WIRE + ").- 😀 Blinken and "
        + "Lavrov will meet in Geneva on Friday, officials in both capitals confirmed.\n\n" + EFE_PARAGRAPH
        + "\n\n“" + HOSTILE_QUOTE + "”, Lavrov told reporters on Wednesday.\n");
    write(extra.resolve("wire-2.txt"), efe
        .replace("Blinken, Lavrov agree to meet Friday in Geneva to reduce tensions", WIRE_2_TITLE)
        .replace("Washington, Jan 18 (EFE).-", "Washington, Jan 20, 2022 (" + WIRE + ").-"));
    write(extra.resolve("unsigned-1.txt"), "Zakharova confirms preparations for the Geneva meeting\n\n"
        + EIRNS_PARAGRAPH + "\n\nDiplomats in Moscow expect the meeting to take place on Friday. “" + HOSTILE_QUOTE
        + "”, the minister declared before leaving for Switzerland.\n");
    write(extra.resolve("unsigned-2.txt"), "Moscow is not afraid, the minister says\n\n“" + HOSTILE_QUOTE
        + "”, Sergey Lavrov insisted at a news conference in Moscow.\n");
    write(extra.resolve("harbour.txt"), HARBOUR_TITLE + "\n\nOslo, Jan 25, 2022 (" + WIRE + ").- The winter "
        + "harbour festival in Oslo drew a record number of visitors this weekend. Ice sculptors from Tromsø and "
        + "Bergen carved lanterns along the quay, and fishing boats offered rides across the fjord. The festival "
        + "closes on Sunday with a concert on the old pier.\n");
    write(extra.resolve("empty.txt"), "");
    byte[] binary = new byte[400];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (1 + i % 8);
    }
    write(extra.resolve("binary.txt"), binary);
    return run(name, List.of(SEEDS, extra));
  }

  /**
   * No outlet and no date anywhere: three text files with a title and plain prose; the second reuses the first's last
   * paragraph ({@link #BARE_SHARED}), the third is about something else. Anna Berg is quoted in the first and the
   * third, Per Olsen in the second.
   */
  static Path bare() {
    return get("bare");
  }

  private static Path bareRun(String name) {
    Path in = input(name);
    write(in.resolve("b1.txt"), "Lighthouse keepers return to the northern coast\n\nThe old lighthouse on the "
        + "northern cape will have keepers again after twenty years of automatic operation.\n\n“The light will "
        + "shine again for the ships,” Anna Berg said.\n\n" + BARE_SHARED + "\n");
    write(in.resolve("b2.txt"), "Volunteers repaint the northern lighthouse\n\n" + BARE_SHARED + "\n\nA team of "
        + "volunteers repainted the tower in red and white stripes over two weekends. “The stripes were the hardest "
        + "part,” Per Olsen said.\n");
    write(in.resolve("b3.txt"), "Orchard harvest starts early in the valley\n\nApple growers in the valley began "
        + "picking two weeks earlier than usual after a warm and dry summer. “We have never picked apples this "
        + "early,” Anna Berg said.\n");
    return run(name, List.of(in));
  }

  /** The paragraph two articles of the bare corpus share: 21 words. */
  static final String BARE_SHARED = "The lamp room was rebuilt with a new lens, and the stone tower now welcomes "
      + "visitors on summer weekends and holidays.";

  /**
   * {@value #MANY} outlets of one article each (JSON Lines): outlet i is "Outlet NNN &lt;i&gt;&amp;&lt;/i&gt; Co",
   * except outlet 000, whose name is over 300 characters. Articles come in pairs (2k, 2k + 1) that share one
   * paragraph of {@value #PARAGRAPH_WORDS} made-up words, half of each article: article 2k is its own paragraph then
   * the shared one, article 2k + 1 the shared one then its own. Article i is dated 2022-02-01 plus i hours; every
   * seventh has no title.
   */
  static Path many() {
    return get("many");
  }

  private static Path manyRun(String name) {
    List<String> paragraphs = madeUpParagraphs(MANY + MANY / 2);
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < MANY; i++) {
      String own = paragraphs.get(i);
      String shared = paragraphs.get(MANY + i / 2);
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("id", String.format("m%03d", i));
      record.put("source", manyOutlet(i));
      record.put("title", i % 7 == 0 ? null : "Dispatch " + own.split(" ")[0]);
      record.put("published_at", String.format("2022-02-%02dT%02d:00:00", 1 + i / 24, i % 24));
      record.put("text", i % 2 == 0 ? own + "\n\n" + shared : shared + "\n\n" + own);
      records.add(record);
    }
    Path in = input(name);
    writeJsonLines(in.resolve("articles.jsonl"), records);
    return run(name, List.of(in));
  }

  static String manyOutlet(int i) {
    return i == 0 ? "Outlet 000 with a name " + "that never seems to end ".repeat(14).strip()
        : String.format("Outlet %03d <i>&</i> Co", i);
  }

  /**
   * One outlet ({@link #LONG_OUTLET}), three articles (JSON Lines): o1 (2022-03-01 08:00, title {@link #LONG_TITLE})
   * is 40 paragraphs of 60 made-up words and a quotation of 120 words; o2 (2022-03-02 10:30) reuses o1's third and
   * fourth paragraphs (120 words, over 600 characters); o3 has no date and no title.
   */
  static Path oneOutlet() {
    return get("one-outlet");
  }

  private static Path oneOutletRun(String name) {
    List<String> paragraphs = oneOutletParagraphs();
    String quote = paragraphs.get(44) + " " + paragraphs.get(43);
    String longText = String.join("\n\n", paragraphs.subList(0, 40)) + "\n\n“" + quote.replace(".", "")
        + "”, the mayor said.";
    Map<String, Object> o1 = record("o1", LONG_TITLE, "2022-03-01T08:00:00", longText);
    Map<String, Object> o2 = record("o2", "Second", "2022-03-02T10:30:00", paragraphs.get(40) + "\n\n"
        + paragraphs.get(2) + "\n\n" + paragraphs.get(3) + "\n\n" + paragraphs.get(41));
    Map<String, Object> o3 = record("o3", null, null, paragraphs.get(42));
    Path in = input(name);
    writeJsonLines(in.resolve("articles.jsonl"), List.of(o1, o2, o3));
    return run(name, List.of(in));
  }

  /** The 45 paragraphs of 60 made-up words the one-outlet corpus is written from. */
  static List<String> oneOutletParagraphs() {
    return madeUpParagraphs(45, 60);
  }

  private static Map<String, Object> record(String id, String title, String published, String text) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", id);
    record.put("source", LONG_OUTLET);
    record.put("title", title);
    record.put("published_at", published);
    record.put("text", text);
    return record;
  }

  /** Every input record rejected: an empty file and a binary one. */
  static Path rejected() {
    return get("rejected");
  }

  private static Path rejectedRun(String name) {
    Path in = input(name);
    write(in.resolve("empty.txt"), "   \n");
    write(in.resolve("binary.txt"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8});
    return run(name, List.of(in));
  }

  /** The report page of a run, as {@code wiretrace report} renders it (top 10), parsed. */
  static Document page(Path output) {
    return Jsoup.parse(html(output));
  }

  static String html(Path output) {
    OutputLayout layout = new OutputLayout(TestSpark.session(), output.toString());
    return Report.page(ReportTables.of(TestSpark.session(), layout), output.toString(), 10);
  }

  /** The report's tables of a run, to leave some out. */
  static Map<String, Dataset<Row>> tables(Path output) {
    OutputLayout layout = new OutputLayout(TestSpark.session(), output.toString());
    return new LinkedHashMap<>(ReportTables.of(TestSpark.session(), layout).byName());
  }

  /**
   * {@code count} paragraphs of {@code words} made-up lower-case words ending in a full stop, from a fixed seed, no
   * word in two paragraphs.
   */
  static List<String> madeUpParagraphs(int count, int words) {
    Random random = new Random(7);
    Set<String> used = new HashSet<>();
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      List<String> paragraph = new ArrayList<>();
      while (paragraph.size() < words) {
        String word = IntStream.range(0, 5 + random.nextInt(4)).mapToObj(i -> String.valueOf((char) ('a'
            + random.nextInt(26)))).collect(Collectors.joining());
        if (used.add(word)) {
          paragraph.add(word);
        }
      }
      paragraphs.add(String.join(" ", paragraph) + ".");
    }
    return paragraphs;
  }

  private static List<String> madeUpParagraphs(int count) {
    return madeUpParagraphs(count, PARAGRAPH_WORDS);
  }

  /** The output of a corpus's run, once per JVM. */
  private static Path get(String name) {
    if (PREFETCH.compareAndSet(false, true)) {
      Thread prefetch = new Thread(() -> RUNS.values().forEach(FutureTask::run), "report-corpora");
      prefetch.setDaemon(true);
      prefetch.start();
    }
    FutureTask<Path> task = RUNS.get(name);
    task.run(); // returns at once when the run is done or under way in the other thread
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error; // an assertion of the run: the test fails with it
      }
      throw new IllegalStateException("the " + name + " corpus could not be run", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs every stage over {@code inputs} into target/report-corpora/NAME/output. */
  private static Path run(String name, List<Path> inputs) {
    Path output = ROOT.resolve(name).resolve("output");
    List<String> args = new ArrayList<>(List.of("run", "--output", output.toString()));
    inputs.forEach(input -> args.addAll(List.of("--input", input.toString())));
    assertEquals(0, Main.execute(args.toArray(String[]::new)), "wiretrace run on the " + name + " corpus");
    return output;
  }

  /** An empty input folder for a corpus. */
  private static Path input(String name) {
    Path in = ROOT.resolve(name).resolve("input");
    try {
      if (Files.exists(in)) {
        try (Stream<Path> files = Files.walk(in)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
      Files.createDirectories(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return in;
  }

  private static void writeJsonLines(Path file, List<Map<String, Object>> records) {
    ObjectMapper json = new ObjectMapper();
    write(file, records.stream().map(record -> {
      try {
        return json.writeValueAsString(record);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }).collect(Collectors.joining("\n", "", "\n")));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
