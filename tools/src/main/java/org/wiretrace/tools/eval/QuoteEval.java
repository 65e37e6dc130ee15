package org.wiretrace.tools.eval;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.Columns;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.quotes.NameVariants;
import org.wiretrace.quotes.QuoteText;
import org.wiretrace.quotes.QuotesTable;
import org.wiretrace.quotes.SpeakersTable;
import org.wiretrace.tools.ToolSpark;

/**
 * {@code scripts/eval-quotes GOLD.jsonl OUTPUT_DIR}: scores the {@code quotes} table of a run against hand-made gold
 * quotations whose offsets are code points into the RAW input files. Prints precision, recall and F1 of quote spans
 * and speaker accuracy, over one or more runs. See {@link #HELP}.
 */
public final class QuoteEval {
  static final String HELP = """
      usage: scripts/eval-quotes GOLD.jsonl OUTPUT_DIR...
        GOLD.jsonl: one object per line: file (the raw input file: its name, or its path relative to any folder,
          e.g. bbc/tech/350.txt), begin/end (code points into the raw file, quote marks excluded), quote, speaker
          (canonical name; 'A; B' for several), speaker_type (person, organisation, document, anonymous, unknown;
          optional), cue, kind (direct, partial, scare or title). For a CSV record, url (its url column) says which
          record, and begin/end count code points into its body_text field as parsed from the CSV. For a
          Reuters-21578 story, newid (its NEWID) says which story of the .sgm file, and begin/end count code points
          into the whole file read as Latin-1. A line without begin, e.g. {"file": ..., "quotations": 0}, lists an
          annotated document that has no quotations. Other fields (speaker_org, ...) are ignored.
        OUTPUT_DIR: one or more wiretrace runs with the documents, quotes and speakers tables (e.g. one over a
          folder of text files and one over CSV files).
      Offsets: quotes.begin/end count code points into documents.text (the clean body). They are mapped to the raw
        file by finding each line of documents.text in the raw file, in order (ingest drops lines and line
        prefixes but never rewrites a kept line); a quote on a line that cannot be found is located by its text.
        A Reuters story (doc_id reuters-NEWID) is looked for in its own story of the .sgm file only, within its
        BODY: each paragraph of documents.text is found there in order, with character references decoded and
        the wire copy's line breaks and indents read as single spaces.
      Spans: only marked quotations count (predicted kinds direct, partial, scare, title; every gold row), as the
        gold has only those; reported speech (kind indirect) and the turns of a transcript (speaker_rule
        interview, no mark right before or at the quotation's start) have no marks and are not scored. A predicted span
        matches a gold span of the same document when their code-point ranges overlap by at least 80% of their
        union (one-to-one, best overlap first); 'exact' counts identical ranges only. Precision is the share of
        the output that is a real quotation: matched predicted quotations over all predicted quotations in the
        gold's documents. 'direct recall' is the recall of the gold's direct quotations of 3 words or more.
      Kinds: agreement of the gold's kind and the predicted kind over matched pairs, then each gold -> predicted
        pair with its count.
      Speakers: for each matched pair, right when a gold name equals (folded) the predicted speaker, the speakers
        table's name for its speaker_id or one of its variants, is the same person by the name-variant rule
        (Sergey/Sergei Lavrov, Tony/Antony Blinken, one-letter surname typos), or is the same anonymous descriptor
        once words without identity (senior, top, unidentified, a, the) are dropped. A gold speaker 'unknown' (the
        article does not say), and a gold title (a name in marks, nobody's speech), are right when the quotation
        has no speaker. Named-speaker accuracy is the speaker accuracy over the gold rows whose speaker_type is
        person (a gold row without speaker_type counts as person when its speaker is two or more capitalised words
        with no organisation word); it is given again over the gold's direct quotations of 3 words or more alone,
        the quotations issue 14's unseen articles were judged on. speaker_type accuracy compares the gold's
        speaker_type, where it has one, with the predicted one. When the run has speaker_confidence and
        speaker_rule (quotes tables written since 2026-12), the speaker accuracy is also given per confidence band and per rule, for calibration.
      """;
  static final double MIN_OVERLAP = 0.8;
  /** wiretrace's doc_id of a Reuters-21578 story is this and its NEWID. */
  static final String REUTERS_ID = "reuters-";
  private static final String NEWID = "newid=";

  private QuoteEval() {}

  /**
   * A quotation, gold or predicted: its document and raw range, speaker and kind; for a predicted one, every name
   * its speaker goes by ({@code names}). {@code speakerType} is the gold's or the stage's (null when absent);
   * {@code confidence} and {@code rule}: the stage's speaker_confidence and speaker_rule (null when absent);
   * {@code quote}: the quoted words (the gold's excerpt), null when absent.
   */
  record Span(String file, int begin, int end, String speaker, String kind, List<String> names, String speakerType,
      Double confidence, String rule, String quote) {
    Span(String file, int begin, int end, String speaker, String kind, List<String> names) {
      this(file, begin, end, speaker, kind, names, null, null, null, null);
    }
  }

  /** Gold quotations, and the keys of all annotated documents (those without quotations too). */
  record Gold(List<Span> spans, Set<String> documents) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args[0].startsWith("-")) {
      System.err.print(HELP);
      System.exit(args.length == 1 && args[0].startsWith("-h") ? 0 : 2);
    }
    Gold gold = readGold(Path.of(args[0]));
    SparkSession spark = ToolSpark.session("wiretrace-eval-quotes");
    List<Span> predicted = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      predicted.addAll(readPredicted(spark, args[i], gold.documents()));
    }
    spark.stop();
    System.out.print(score(gold.spans(), predicted));
  }

  /** Confidence bands of the calibration table: [0, 0.5), [0.5, 0.7), [0.7, 0.8), [0.8, 0.9), [0.9, 1]. */
  static final double[] BANDS = {0, 0.5, 0.7, 0.8, 0.9};

  /** Right and total counts of one group of matched pairs. */
  private static final class Tally {
    int right;
    int total;
    double confidence;

    void add(boolean ok, Double conf) {
      right += ok ? 1 : 0;
      total++;
      confidence += conf == null ? 0 : conf;
    }
  }

  /** The report: counts, P/R/F1 (overlap and exact), speaker accuracy (all, named, by band and rule), kinds, misses. */
  static String score(List<Span> gold, List<Span> predicted) {
    StringBuilder out = new StringBuilder();
    boolean[] used = new boolean[predicted.size()];
    int matched = 0;
    int exact = 0;
    int kindsRight = 0;
    int directGold = 0;
    int directFound = 0;
    Tally speakers = new Tally();
    Tally named = new Tally();
    Tally namedDirect = new Tally();
    Tally types = new Tally();
    Map<String, Integer> kinds = new TreeMap<>();
    Map<Integer, Tally> bands = new TreeMap<>();
    Map<String, Tally> rules = new TreeMap<>();
    Map<String, Tally> ruleTypes = new TreeMap<>();
    List<String> notes = new ArrayList<>();
    for (Span g : gold) {
      boolean direct = g.kind().equals("direct") && words(g) >= 3;
      directGold += direct ? 1 : 0;
      int best = -1;
      double bestOverlap = 0;
      for (int i = 0; i < predicted.size(); i++) {
        Span p = predicted.get(i);
        double overlap = overlap(g, p);
        if (!used[i] && p.file().equals(g.file()) && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0 || bestOverlap < MIN_OVERLAP) {
        notes.add("missed " + g.file() + " [" + g.begin() + "," + g.end() + ") " + g.kind() + " speaker "
            + g.speaker());
        continue;
      }
      used[best] = true;
      Span p = predicted.get(best);
      matched++;
      directFound += direct ? 1 : 0;
      exact += p.begin() == g.begin() && p.end() == g.end() ? 1 : 0;
      kindsRight += g.kind().equals(p.kind()) ? 1 : 0;
      kinds.merge(g.kind() + " -> " + p.kind(), 1, Integer::sum);
      if (!g.kind().equals(p.kind())) {
        notes.add("kind " + g.file() + " [" + g.begin() + "," + g.end() + ") gold " + g.kind() + ", got " + p.kind());
      }
      boolean right = g.kind().equals("title") ? p.names().stream().allMatch(java.util.Objects::isNull)
          : sameSpeaker(g.speaker(), p.names());
      speakers.add(right, p.confidence());
      if (isPerson(g)) {
        named.add(right, p.confidence());
        if (direct) {
          namedDirect.add(right, p.confidence());
        }
      }
      if (g.speakerType() != null && p.speakerType() != null) {
        types.add(g.speakerType().equals(p.speakerType()), null);
      }
      if (p.confidence() != null) {
        int band = 0;
        while (band + 1 < BANDS.length && p.confidence() >= BANDS[band + 1]) {
          band++;
        }
        bands.computeIfAbsent(band, k -> new Tally()).add(right, p.confidence());
      }
      if (p.rule() != null) {
        rules.computeIfAbsent(p.rule(), k -> new Tally()).add(right, p.confidence());
        ruleTypes.computeIfAbsent(p.rule() + " " + confidenceClass(p), k -> new Tally()).add(right, p.confidence());
      }
      if (!right) {
        notes.add("speaker " + g.file() + " [" + g.begin() + "," + g.end() + ") gold " + g.speaker() + ", got "
            + p.names() + (p.rule() == null ? "" : " by " + p.rule()));
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        Span p = predicted.get(i);
        notes.add("extra " + p.file() + " [" + p.begin() + "," + p.end() + ") " + p.kind());
      }
    }
    out.append(String.format(Locale.ROOT, "gold quotations %d, predicted marked quotations %d%n", gold.size(),
        predicted.size()));
    out.append(prf("spans (overlap >= 0.8)", matched, predicted.size(), gold.size()));
    out.append(prf("spans (exact)", exact, predicted.size(), gold.size()));
    out.append(String.format(Locale.ROOT, "direct recall (gold direct, 3+ words) %.3f (%d of %d)%n",
        ratio(directFound, directGold), directFound, directGold));
    out.append(String.format(Locale.ROOT, "speaker accuracy %.3f (%d of %d matched); %.3f of all gold%n",
        ratio(speakers.right, matched), speakers.right, matched, ratio(speakers.right, gold.size())));
    out.append(String.format(Locale.ROOT, "named-speaker accuracy %.3f (%d of %d matched with a person as gold "
        + "speaker)%n", ratio(named.right, named.total), named.right, named.total));
    out.append(String.format(Locale.ROOT, "named-speaker accuracy on direct quotations of 3+ words %.3f (%d of %d)%n",
        ratio(namedDirect.right, namedDirect.total), namedDirect.right, namedDirect.total));
    if (types.total > 0) {
      out.append(String.format(Locale.ROOT, "speaker_type accuracy %.3f (%d of %d matched with a gold "
          + "speaker_type)%n", ratio(types.right, types.total), types.right, types.total));
    }
    out.append(String.format(Locale.ROOT, "kind agreement %.3f (%d of %d matched)%n", ratio(kindsRight, matched),
        kindsRight, matched));
    if (!kinds.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      kinds.forEach((pair, n) -> pairs.add(pair + " " + n));
      out.append("kinds (gold -> predicted): ").append(String.join(", ", pairs)).append('\n');
    }
    bands.forEach((band, t) -> out.append(String.format(Locale.ROOT,
        "speaker_confidence [%.1f, %s): %d matched, mean confidence %.3f, speaker accuracy %.3f%n", BANDS[band],
        band + 1 < BANDS.length ? String.format(Locale.ROOT, "%.1f", BANDS[band + 1]) : "1.0]", t.total,
        t.confidence / t.total, ratio(t.right, t.total))));
    rules.forEach((rule, t) -> out.append(String.format(Locale.ROOT,
        "speaker_rule %s: %d matched, mean confidence %.3f, speaker accuracy %.3f%n", rule, t.total,
        t.confidence / t.total, ratio(t.right, t.total))));
    ruleTypes.forEach((key, t) -> out.append(String.format(Locale.ROOT,
        "speaker_rule %s: %d right of %d matched, confidence %.3f%n", key, t.right, t.total,
        t.confidence / t.total)));
    notes.forEach(n -> out.append("  ").append(n).append('\n'));
    return out.toString();
  }

  /**
   * What the stage's speaker_confidence depends on besides the rule, for recalibrating it as (right + 1) / (n + 2):
   * the predicted speaker_type, and for a quotation without a speaker whether its kind is direct.
   */
  private static String confidenceClass(Span p) {
    if ("none".equals(p.rule())) {
      return "direct".equals(p.kind()) ? "(direct)" : "(not direct)";
    }
    return "(" + p.speakerType() + ")";
  }

  private static int words(Span g) {
    return g.quote() == null ? Integer.MAX_VALUE : g.quote().strip().split("\\s+").length;
  }

  /** Words that make a capitalised gold speaker without speaker_type an organisation, not a person. */
  private static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "department", "government", "data",
      "office", "party", "council", "company", "group", "inc", "corp", "news", "microsoft", "countries");

  /** The gold row names a person: its speaker_type says so, or (without one) its speaker looks like a name. */
  static boolean isPerson(Span g) {
    if (g.speakerType() != null) {
      return g.speakerType().equals("person");
    }
    String[] words = g.speaker().strip().split("\\s+");
    if (words.length < 2 || g.speaker().contains(";")) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0)) || ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String prf(String label, int hits, int predicted, int gold) {
    double p = ratio(hits, predicted);
    double r = ratio(hits, gold);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(Locale.ROOT, "%s: precision (share of output that is a real quotation) %.3f recall %.3f "
        + "F1 %.3f%n", label, p, r, f);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The gold's speaker when the article does not say who speaks. */
  static final String UNKNOWN = "unknown";

  static double overlap(Span a, Span b) {
    int inter = Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
    int union = Math.max(a.end(), b.end()) - Math.min(a.begin(), b.begin());
    return inter <= 0 || union <= 0 ? 0 : (double) inter / union;
  }

  static boolean sameSpeaker(String gold, List<String> names) {
    if (gold.strip().equalsIgnoreCase(UNKNOWN)) { // the article does not say: right when nothing was attributed
      return names.stream().allMatch(java.util.Objects::isNull);
    }
    for (String g : gold.split(";")) {
      for (String n : names) {
        if (n == null) {
          continue;
        }
        String a = NameVariants.fold(g.trim());
        String b = NameVariants.fold(n);
        if (a.equals(b) || NameVariants.samePerson(a, b)
            || anonymousKey(a).equals(anonymousKey(b))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A descriptor without the words that carry no identity, articles included ("a … source" = "… source"). */
  private static String anonymousKey(String folded) {
    return QuoteText.speakerKey("anonymous", folded.replaceAll("^(a|an|the) ", ""));
  }

  static Gold readGold(Path path) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Span> spans = new ArrayList<>();
    Set<String> documents = new LinkedHashSet<>();
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        String key = documentKey(n.get("file").asText(), n.hasNonNull("url") ? n.get("url").asText() : null,
            n.hasNonNull("newid") ? n.get("newid").asText() : null);
        documents.add(key);
        if (n.has("begin")) {
          spans.add(new Span(key, n.get("begin").asInt(), n.get("end").asInt(), n.path("speaker").asText(UNKNOWN),
              n.path("kind").asText(""), List.of(), n.hasNonNull("speaker_type") ? n.get("speaker_type").asText()
              : null, null, null, n.hasNonNull("quote") ? n.get("quote").asText() : null));
        }
      }
    }
    return new Gold(spans, documents);
  }

  /** A gold document: its file, plus the record's url for a CSV record or "newid=N" for a Reuters story. */
  static String documentKey(String file, String url, String newId) {
    if (newId != null) {
      return file + " " + NEWID + newId;
    }
    return url == null ? file : file + " " + url;
  }

  /** The story a gold key names ("newid=N"), or null. */
  static String newId(String key) {
    String[] fileAndWhich = key.split(" ", 2);
    return fileAndWhich.length == 2 && fileAndWhich[1].startsWith(NEWID)
        ? fileAndWhich[1].substring(NEWID.length()) : null;
  }

  /**
   * The gold document a run's document is, or null: the gold file is its input path or ends it, and for a CSV
   * record the url is the same, for a Reuters story the doc_id is reuters-NEWID.
   */
  static String goldDocument(Set<String> gold, String inputPath, String url, String docId) {
    String path = URI.create(inputPath).getPath();
    for (String key : gold) {
      String[] fileAndWhich = key.split(" ", 2);
      boolean sameFile = path.equals(fileAndWhich[0]) || path.endsWith("/" + fileAndWhich[0]);
      String newId = newId(key);
      boolean sameRecord = fileAndWhich.length == 1
          || (newId == null ? fileAndWhich[1].equals(url) : (REUTERS_ID + newId).equals(docId));
      if (sameFile && sameRecord) {
        return key;
      }
    }
    return null;
  }

  /** Marked quotations of the gold's documents in one run, with offsets mapped into the raw files (or fields). */
  static List<Span> readPredicted(SparkSession spark, String output, Set<String> gold) throws IOException {
    Dataset<Row> documents = spark.read().parquet(output + "/" + DocumentsTable.NAME);
    Map<String, String> docKeys = new HashMap<>();
    for (Row d : documents.select(Columns.DOC_ID, Columns.INPUT_PATH, DocumentsTable.URL)
        .collectAsList()) {
      String key = goldDocument(gold, d.getString(1), d.getString(2), d.getString(0));
      if (key != null) {
        docKeys.put(d.getString(0), key);
      }
    }
    documents.filter(col(Columns.DOC_ID).isin(docKeys.keySet().toArray())).createOrReplaceTempView("documents");
    Dataset<Row> quotes = spark.read().parquet(output + "/" + QuotesTable.NAME);
    List<String> columns = List.of(quotes.columns());
    for (String optional : List.of(QuotesTable.SPEAKER_CONFIDENCE, QuotesTable.SPEAKER_RULE)) {
      if (!columns.contains(optional)) { // a run written before these columns existed
        quotes = quotes.withColumn(optional, org.apache.spark.sql.functions.lit(null)
            .cast(optional.equals(QuotesTable.SPEAKER_RULE) ? "string" : "double"));
      }
    }
    quotes.createOrReplaceTempView("quotes");
    spark.read().parquet(output + "/" + SpeakersTable.NAME).createOrReplaceTempView("speakers");
    List<Row> rows = spark.sql("SELECT d.doc_id, d.input_path, d.text, q.begin, q.end, q.kind, q.text, q.speaker,"
        + " s.name, s.variants, d.url, q.speaker_type, q.speaker_confidence, q.speaker_rule"
        + " FROM documents d JOIN quotes q ON q.doc_id = d.doc_id AND q.kind <> 'indirect'"
        + " LEFT JOIN speakers s ON s.speaker_id = q.speaker_id").collectAsList();
    Map<String, RawOffsets> maps = new HashMap<>();
    Map<String, String> sgmlFiles = new HashMap<>(); // a Reuters file holds ~1,000 stories: read it once
    List<Span> out = new ArrayList<>();
    for (Row r : rows) {
      if (isTurn(r.getString(2), r.getInt(3), r.getString(13))) {
        continue;
      }
      String key = docKeys.get(r.getString(0));
      RawOffsets map = maps.get(key);
      if (map == null) {
        String newId = newId(key);
        map = newId == null
            ? new OffsetMap(r.getString(2), rawText(spark, r.getString(1), r.getString(10)))
            : new ReutersStory(r.getString(2), sgmlFiles.computeIfAbsent(r.getString(1), QuoteEval::latin1), newId);
        maps.put(key, map);
      }
      int[] span = map.toRaw(r.getInt(3), r.getInt(4), r.getString(6));
      List<String> names = new ArrayList<>();
      names.add(r.getString(7));
      names.add(r.getString(8));
      if (!r.isNullAt(9)) {
        names.addAll(r.getList(9));
      }
      out.add(new Span(key, span[0], span[1], r.getString(7), r.getString(5), names, r.getString(11),
          r.isNullAt(12) ? null : r.getDouble(12), r.getString(13), r.getString(6)));
    }
    return out;
  }

  private static final String MARKS = "\"“”„«»‘’'`";

  /**
   * A transcript's turn ("Greg Lyons: We are …"): the interview rule's quotation that no mark opens, neither right
   * before it nor as its first char ('KS: “We will get through it.”' is a marked quotation). It is speech without
   * marks, which the gold does not annotate, so it is not scored.
   */
  static boolean isTurn(String text, int begin, String rule) {
    if (!"interview".equals(rule) || begin == 0) {
      return false;
    }
    int at = text.offsetByCodePoints(0, begin);
    return at > 0 && at < text.length() && MARKS.indexOf(text.charAt(at - 1)) < 0 && MARKS.indexOf(text.charAt(at)) < 0;
  }

  /** The raw text gold offsets count in: the file, or for a CSV record its body_text field as Spark parses it. */
  private static String rawText(SparkSession spark, String inputPath, String url) throws IOException {
    if (!inputPath.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return Files.readString(Path.of(URI.create(inputPath)), StandardCharsets.UTF_8);
    }
    List<Row> body = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(inputPath).filter(col("url").equalTo(url)).select("body_text").limit(1).collectAsList();
    return body.isEmpty() ? "" : body.get(0).getString(0);
  }

  /** A .sgm file as the Reuters gold counts in it: the whole file read as Latin-1. */
  private static String latin1(String inputPath) {
    try {
      return Files.readString(Path.of(URI.create(inputPath)), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where code-point offsets of a document's clean text fall in the raw text the gold counts in. */
  interface RawOffsets {
    /** [begin, end) in raw code points, or {-1, -1} when the span cannot be placed. */
    int[] toRaw(int begin, int end, String text);
  }

  /** Maps code-point offsets of a document's clean text to code-point offsets of its raw file, line by line. */
  static final class OffsetMap implements RawOffsets {
    private final String clean;
    private final String raw;
    private final List<int[]> lines = new ArrayList<>(); // clean char start, raw char start, length

    OffsetMap(String clean, String raw) {
      this.clean = clean;
      this.raw = raw;
      int cursor = 0;
      int start = 0;
      for (String line : clean.split("\n", -1)) {
        int at = line.isBlank() ? -1 : raw.indexOf(line, cursor);
        if (at >= 0) {
          lines.add(new int[] {start, at, line.length()});
          cursor = at + line.length();
        }
        start += line.length() + 1;
      }
    }

    /** [begin, end) in raw code points; by line when the line was found, else by the quote's text. */
    @Override
    public int[] toRaw(int begin, int end, String text) {
      int b = clean.offsetByCodePoints(0, begin);
      int e = clean.offsetByCodePoints(0, end);
      for (int[] line : lines) {
        if (b >= line[0] && e <= line[0] + line[2]) {
          int rb = line[1] + b - line[0];
          int re = line[1] + e - line[0];
          return new int[] {raw.codePointCount(0, rb), raw.codePointCount(0, re)};
        }
      }
      int at = raw.indexOf(clean.substring(b, e));
      if (at < 0) {
        return new int[] {-1, -1};
      }
      return new int[] {raw.codePointCount(0, at), raw.codePointCount(0, at + e - b)};
    }
  }
}
