package org.wiretrace.tools.bench;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.wiretrace.overlap.Candidates;
import org.wiretrace.overlap.OverlapOptions;
import org.wiretrace.overlap.PairMeasures;
import org.wiretrace.tools.ToolSpark;

/**
 * Candidate search of the overlap stage against Spark MLlib's {@code MinHashLSH.approxSimilarityJoin} on the same
 * shingle sets, both scored against an exact computation of the pairs with Jaccard at least {@code J}:
 * {@code OverlapBench DOCUMENTS_PARQUET [J] [MLLIB_TABLES] [RUNS]}. The exact pairs come from AllPairs prefix
 * filtering on the driver (a pair with Jaccard at least J shares a shingle among the rarest |x| - ceil(J|x|) + 1 of
 * each set, so none is missed); this is a benchmark tool, not part of the stage, so collecting the sets is fine.
 */
public final class OverlapBench {
  private OverlapBench() {}

  public static void main(String[] args) {
    String documents = args[0];
    double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.6;
    int mllibTables = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    SparkSession spark = ToolSpark.session("wiretrace-bench");
    spark.conf().set("spark.sql.shuffle.partitions", 4 * Runtime.getRuntime().availableProcessors());
    OverlapOptions options = OverlapOptions.DEFAULTS;
    Dataset<Row> sets = Candidates.sets(spark.read().parquet(documents), options.shingleWords())
        .persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> local = sets.collectAsList();
    Map<String, long[]> byDoc = new HashMap<>();
    for (Row r : local) {
      byDoc.put(r.getString(0), r.getList(2).stream().mapToLong(v -> (Long) v).toArray());
    }
    long start = System.nanoTime();
    Set<String> exact = exactPairs(byDoc, threshold);
    System.out.printf("documents %d, exact pairs with jaccard >= %.2f: %d (prefix filtering, %.1f s)%n",
        byDoc.size(), threshold, exact.size(), seconds(start));

    for (int run = 1; run <= runs; run++) {
      start = System.nanoTime();
      Dataset<Row> candidates = Candidates.pairs(sets, options).persist(StorageLevel.MEMORY_AND_DISK());
      long nCandidates = candidates.count();
      Dataset<Row> verified = PairMeasures.verified(candidates, sets);
      Set<String> similar = new HashSet<>();
      long nKept = 0;
      for (Row r : verified.collectAsList()) {
        nKept += r.getDouble(3) >= options.minJaccard() || r.getDouble(4) >= options.minContainment()
            || r.getDouble(5) >= options.minContainment() ? 1 : 0;
        if (r.getDouble(3) >= threshold) {
          similar.add(r.getString(0) + "\t" + r.getString(1));
        }
      }
      double ours = seconds(start);
      candidates.unpersist();
      System.out.printf("run %d wiretrace: %.1f s, candidates %d, kept %d, recall %s%n",
          run, ours, nCandidates, nKept, recall(similar, exact));

      start = System.nanoTime();
      Set<String> mllib = mllibPairs(spark, sets, threshold, mllibTables);
      System.out.printf("run %d mllib MinHashLSH (%d tables): %.1f s, pairs %d, recall %s%n",
          run, mllibTables, seconds(start), mllib.size(), recall(mllib, exact));
    }
  }

  /** MLlib's approximate self-join on the shingle sets as binary sparse vectors (hash folded to 2^30 indices). */
  private static Set<String> mllibPairs(SparkSession spark, Dataset<Row> sets, double threshold, int tables) {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("features", new VectorUDT());
    Dataset<Row> vectors = sets.filter(org.apache.spark.sql.functions.size(col("shingles")).gt(0))
        .map((org.apache.spark.api.java.function.MapFunction<Row, Row>) r -> {
          int[] indices = r.getList(2).stream().mapToInt(v -> (int) ((Long) v & ((1 << 30) - 1)))
              .sorted().distinct().toArray();
          double[] ones = new double[indices.length];
          Arrays.fill(ones, 1.0);
          return RowFactory.create(r.getString(0), Vectors.sparse(1 << 30, indices, ones));
        }, Encoders.row(schema)).persist(StorageLevel.MEMORY_AND_DISK());
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(tables).setSeed(42)
        .setInputCol("features").setOutputCol("hashes").fit(vectors);
    Set<String> pairs = new HashSet<>();
    // Widened by 1e-9 so that pairs at exactly Jaccard J count whether MLlib compares with < or <= (ours uses >=).
    for (Row r : model.approxSimilarityJoin(vectors, vectors, 1 - threshold + 1e-9, "distance")
        .select(col("datasetA.id"), col("datasetB.id")).filter(col("datasetA.id").lt(col("datasetB.id")))
        .collectAsList()) {
      pairs.add(r.getString(0) + "\t" + r.getString(1));
    }
    vectors.unpersist();
    return pairs;
  }

  /** Exact pairs "a b" (a < b) with Jaccard at least t, by AllPairs prefix filtering then exact verification. */
  static Set<String> exactPairs(Map<String, long[]> sets, double t) {
    Map<Long, Integer> df = new HashMap<>();
    sets.values().forEach(s -> Arrays.stream(s).forEach(h -> df.merge(h, 1, Integer::sum)));
    Comparator<Long> rarestFirst = Comparator.<Long>comparingInt(df::get).thenComparing(Comparator.naturalOrder());
    Map<Long, List<String>> index = new HashMap<>();
    for (Map.Entry<String, long[]> e : sets.entrySet()) {
      Long[] ordered = Arrays.stream(e.getValue()).boxed().sorted(rarestFirst).toArray(Long[]::new);
      int prefix = ordered.length - (int) Math.ceil(t * ordered.length - 1e-9) + 1;
      for (int i = 0; i < Math.min(prefix, ordered.length); i++) {
        index.computeIfAbsent(ordered[i], h -> new ArrayList<>()).add(e.getKey());
      }
    }
    Set<String> candidates = new HashSet<>();
    for (List<String> docs : index.values()) {
      for (String a : docs) {
        for (String b : docs) {
          if (a.compareTo(b) < 0) {
            candidates.add(a + "\t" + b);
          }
        }
      }
    }
    Set<String> out = new HashSet<>();
    for (String pair : candidates) {
      String[] ab = pair.split("\t");
      long[] a = sets.get(ab[0]);
      long[] b = sets.get(ab[1]);
      int shared = (int) Arrays.stream(a).filter(h -> Arrays.binarySearch(b, h) >= 0).count();
      if (shared / (double) (a.length + b.length - shared) >= t) {
        out.add(pair);
      }
    }
    return out;
  }

  private static String recall(Set<String> found, Set<String> exact) {
    long hits = exact.stream().filter(found::contains).count();
    return String.format("%d/%d = %.4f", hits, exact.size(), exact.isEmpty() ? 1.0 : hits / (double) exact.size());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
