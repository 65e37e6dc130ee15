package org.wiretrace.tools.eval;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.Columns;
import org.wiretrace.stories.StoryDocsTable;
import org.wiretrace.terms.DocTermsTable;
import org.wiretrace.tools.ToolSpark;

/**
 * {@code scripts/eval-stories GOLD.jsonl OUTPUT_DIR...}: pairwise precision, recall and F1 of the story_docs of one
 * or more runs against hand-labelled stories. See {@link #HELP}.
 */
public final class StoryEval {
  static final String HELP = """
      usage: scripts/eval-stories GOLD.jsonl OUTPUT_DIR...
        GOLD.jsonl: one object per labelled article: corpus (recovery or reuters), url (ReCOVery, the doc_id of a
          run with --id-col url) or newid (Reuters-21578, doc_id reuters-NEWID), story (a label: same label, same
          story).
        OUTPUT_DIR: runs with story_docs (and documents, doc_terms for the baseline), e.g. one over ReCOVery and one
          over Reuters-21578. Stories of different runs never meet.
      Pairs: every unordered pair of labelled articles found in the runs. A pair is a true positive when both the
        run and the gold put the two in one story; precision = TP / pairs the run puts together, recall = TP / pairs
        the gold puts together. Printed overall and per corpus.
      Baseline: plain TF-IDF cosine (doc_terms) of two articles published within a day of each other, over a grid
        of thresholds, as pairwise decisions and as connected components; the best F1 of each is printed.
      """;

  private StoryEval() {}

  /** A labelled article as found in a run: its gold story, run, predicted story, corpus and publication time. */
  record Labelled(String docId, String corpus, String gold, int run, String predicted, Long seconds) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args[0].startsWith("-")) {
      System.err.print(HELP);
      System.exit(args.length == 1 && args[0].startsWith("-h") ? 0 : 2);
    }
    Map<String, String[]> gold = readGold(Path.of(args[0]));
    SparkSession spark = ToolSpark.session("eval-stories");
    List<Labelled> found = new ArrayList<>();
    Map<String, Map<String, Double>> vectors = new HashMap<>();
    for (int run = 1; run < args.length; run++) {
      readRun(spark, args[run], run, gold, found, vectors);
    }
    spark.stop();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "labelled articles %d, found in the runs %d%n", gold.size(), found.size()));
    out.append(line("all", score(found, (x, y) -> x.predicted().equals(y.predicted()) && x.run() == y.run())));
    for (String corpus : List.of("recovery", "reuters")) {
      List<Labelled> part = found.stream().filter(l -> l.corpus().equals(corpus)).toList();
      if (!part.isEmpty()) {
        out.append(line(corpus, score(part, (x, y) -> x.predicted().equals(y.predicted()) && x.run() == y.run())));
      }
    }
    out.append(baseline(found, vectors));
    System.out.print(out);
  }

  interface SameStory {
    boolean test(Labelled x, Labelled y);
  }

  /** {tp, fp, fn} over every pair of the labelled articles. */
  static long[] score(List<Labelled> labelled, SameStory predicted) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < labelled.size(); i++) {
      for (int j = i + 1; j < labelled.size(); j++) {
        Labelled x = labelled.get(i);
        Labelled y = labelled.get(j);
        boolean p = predicted.test(x, y);
        boolean g = x.gold().equals(y.gold());
        tp += p && g ? 1 : 0;
        fp += p && !g ? 1 : 0;
        fn += !p && g ? 1 : 0;
      }
    }
    return new long[] {tp, fp, fn};
  }

  static double f1(long[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String line(String name, long[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    return String.format(Locale.ROOT, "%-9s pairs: precision %.3f recall %.3f F1 %.3f (tp %d, fp %d, fn %d)%n",
        name, p, r, f1(c), c[0], c[1], c[2]);
  }

  /** The best F1 of thresholded TF-IDF cosine within a day, as pair decisions and as connected components. */
  private static String baseline(List<Labelled> found, Map<String, Map<String, Double>> vectors) {
    double bestPairs = 0;
    double bestPairsT = 0;
    double bestComponents = 0;
    double bestComponentsT = 0;
    for (int step = 1; step < 20; step++) {
      double t = step * 0.05;
      SameStory linked = (x, y) -> x.run() == y.run() && withinDay(x, y)
          && cosine(vectors.get(x.docId()), vectors.get(y.docId())) >= t;
      double pairs = f1(score(found, linked));
      if (pairs > bestPairs) {
        bestPairs = pairs;
        bestPairsT = t;
      }
      int[] component = components(found, linked);
      double components = f1(score(found, (x, y) -> component[found.indexOf(x)] == component[found.indexOf(y)]));
      if (components > bestComponents) {
        bestComponents = components;
        bestComponentsT = t;
      }
    }
    return String.format(Locale.ROOT, "baseline  TF-IDF cosine within a day: best pairwise F1 %.3f (threshold %.2f), "
        + "as connected components %.3f (threshold %.2f)%n", bestPairs, bestPairsT, bestComponents, bestComponentsT);
  }

  private static boolean withinDay(Labelled x, Labelled y) {
    return x.seconds() != null && y.seconds() != null && Math.abs(x.seconds() - y.seconds()) <= 86_400;
  }

  private static int[] components(List<Labelled> found, SameStory linked) {
    int[] parent = new int[found.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < parent.length; i++) {
      for (int j = i + 1; j < parent.length; j++) {
        if (linked.test(found.get(i), found.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    int[] out = new int[parent.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = root(parent, i);
    }
    return out;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i] = parent[parent[i]];
    }
    return i;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a == null || b == null) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      dot += w == null ? 0 : w * e.getValue();
    }
    return dot / Math.sqrt(norm(a) * norm(b));
  }

  private static double norm(Map<String, Double> v) {
    return v.values().stream().mapToDouble(w -> w * w).sum();
  }

  /** doc_id → {corpus, story}. */
  static Map<String, String[]> readGold(Path file) throws IOException {
    Map<String, String[]> gold = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = json.readTree(line);
      String corpus = row.get("corpus").asText();
      String docId = row.has("newid") ? "reuters-" + row.get("newid").asText() : row.get("url").asText();
      gold.put(docId, new String[] {corpus, row.get("story").asText()});
    }
    return gold;
  }

  private static void readRun(SparkSession spark, String output, int run, Map<String, String[]> gold,
      List<Labelled> found, Map<String, Map<String, Double>> vectors) {
    Object[] ids = gold.keySet().toArray();
    List<Row> rows = spark.read().parquet(output + "/" + StoryDocsTable.NAME)
        .filter(col(Columns.DOC_ID).isin(ids))
        .select(Columns.DOC_ID, Columns.STORY_ID, Columns.PUBLISHED_AT).collectAsList();
    for (Row r : rows) {
      String[] g = gold.get(r.getString(0));
      LocalDateTime published = r.getAs(2);
      found.add(new Labelled(r.getString(0), g[0], g[1], run, r.getString(1),
          published == null ? null : published.toEpochSecond(ZoneOffset.UTC)));
    }
    for (Row t : spark.read().parquet(output + "/" + DocTermsTable.NAME).filter(col(Columns.DOC_ID).isin(ids))
        .select(Columns.DOC_ID, Columns.TERM, DocTermsTable.TFIDF).collectAsList()) {
      vectors.computeIfAbsent(t.getString(0), k -> new HashMap<>()).put(t.getString(1), t.getDouble(2));
    }
  }
}
