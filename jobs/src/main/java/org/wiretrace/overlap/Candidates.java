package org.wiretrace.overlap;

import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;
import org.wiretrace.text.Words;

/**
 * Shingle sets of the documents and the candidate pairs to verify, found without comparing all pairs, by two indexes
 * whose results are unioned:
 * <ul>
 *   <li>a passim-style shingle index: documents sharing enough of the shingles that at most {@code max-df} documents
 *       contain. It finds partial reuse (one paragraph lifted into a different article) that MinHash cannot see, and
 *       drops boilerplate shingles whose posting lists would make pairs quadratic;</li>
 *   <li>banded MinHash LSH: documents agreeing on all rows of one band. It finds near-duplicates even when all their
 *       shingles are too common for the index (a wire story carried by hundreds of outlets).</li>
 * </ul>
 */
public final class Candidates {
  static final String SHINGLES = "shingles";
  static final StructType SETS_SCHEMA = new StructType()
      .add(DOC_ID, DataTypes.StringType, false)
      .add(Columns.N_WORDS, DataTypes.IntegerType, false)
      .add(SHINGLES, DataTypes.createArrayType(DataTypes.LongType, false), false);

  /** Two documents sharing a shingle, with their numbers of shingles. */
  private static final StructType SHARING = new StructType()
      .add(DOC_A, DataTypes.StringType, false).add("n_a", DataTypes.IntegerType, false)
      .add(DOC_B, DataTypes.StringType, false).add("n_b", DataTypes.IntegerType, false);

  private Candidates() {}

  /** Per document: its number of normalized words and its sorted set of shingle hashes (maybe empty). */
  public static Dataset<Row> sets(Dataset<Row> documents, int shingleWords) {
    return documents.select(DOC_ID, Columns.TEXT)
        .map((MapFunction<Row, Row>) doc -> {
          Words words = Words.of(doc.getString(1));
          return RowFactory.create(doc.getString(0), words.size(),
              Shingles.distinct(Shingles.hashes(words, shingleWords)));
        }, Encoders.row(SETS_SCHEMA));
  }

  /** Distinct candidate pairs (doc_a, doc_b) with doc_a < doc_b. */
  public static Dataset<Row> pairs(Dataset<Row> sets, OverlapOptions options) {
    Dataset<Row> withShingles = sets.filter(size(col(SHINGLES)).gt(0));
    return indexPairs(withShingles, options).union(lshPairs(withShingles, options.bands(), options.rows())).distinct();
  }

  /**
   * Pairs of documents sharing enough shingles found in at most max-df documents to be kept or to share a passage:
   * a pair sharing s shingles has Jaccard at most s / max(|A|, |B|) and containment at most s / min(|A|, |B|), and a
   * passage of n words holds n - k + 1 shingles. Pairs sharing a phrase or two are dropped here, before the costly
   * verification (they are most candidates: set phrases such as "the World Health Organization said").
   */
  static Dataset<Row> indexPairs(Dataset<Row> sets, OverlapOptions options) {
    // Postings meet by shingle in sorted runs (one shuffle, no partial aggregation: nearly every shingle is in one
    // document only, so combining them before the shuffle would only sort and spill them twice).
    int maxDf = options.maxDf();
    Dataset<Row> sharing = sets.select(explode(col(SHINGLES)).as("key"), col(DOC_ID).as("id"),
            size(col(SHINGLES)).as("n"))
        .repartition(col("key")).sortWithinPartitions("key", "id")
        .mapPartitions((MapPartitionsFunction<Row, Row>) postings -> pairsSharingAKey(postings, maxDf),
            Encoders.row(SHARING));
    Column minN = least(col("n_a"), col("n_b"));
    Column maxN = greatest(col("n_a"), col("n_b"));
    Column needed = least(lit(options.minPassageWords() - options.shingleWords() + 1),
        ceil(minN.multiply(options.minContainment())), ceil(maxN.multiply(options.minJaccard())));
    return sharing.groupBy(DOC_A, "n_a", DOC_B, "n_b").agg(count("*").as(DocPairsTable.SHARED))
        .filter(col(DocPairsTable.SHARED).geq(needed))
        .select(DOC_A, DOC_B);
  }

  /**
   * From postings (key, id, n) sorted by key, then id: every pair of documents (a before b) of each key found in 2 to
   * {@code maxDf} documents, once per key they share.
   */
  static Iterator<Row> pairsSharingAKey(Iterator<Row> postings, int maxDf) {
    return new Iterator<>() {
      private final List<Row> docs = new ArrayList<>();
      private Row pending = postings.hasNext() ? postings.next() : null;
      private Iterator<Row> pairs = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!pairs.hasNext() && pending != null) {
          docs.clear();
          long key = pending.getLong(0);
          while (pending != null && pending.getLong(0) == key) {
            docs.add(pending);
            pending = postings.hasNext() ? postings.next() : null;
          }
          pairs = docs.size() >= 2 && docs.size() <= maxDf ? allPairs(docs) : Collections.emptyIterator();
        }
        return pairs.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pairs.next();
      }
    };
  }

  private static Iterator<Row> allPairs(List<Row> docs) {
    List<Row> out = new ArrayList<>(docs.size() * (docs.size() - 1) / 2);
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        out.add(RowFactory.create(docs.get(i).getString(1), docs.get(i).getInt(2), docs.get(j).getString(1),
            docs.get(j).getInt(2)));
      }
    }
    return out.iterator();
  }

  /** Pairs of documents with the same key in at least one MinHash band. */
  static Dataset<Row> lshPairs(Dataset<Row> sets, int bands, int rows) {
    Dataset<Row> keys = sets.map((MapFunction<Row, Row>) set -> RowFactory.create(set.getString(0),
            Shingles.bandKeys(longs(set.getList(2)), bands, rows)),
        Encoders.row(new StructType().add(DOC_ID, DataTypes.StringType, false)
            .add("keys", DataTypes.createArrayType(DataTypes.LongType, false), false)));
    Dataset<Row> buckets = keys.select(col(DOC_ID), posexplode(col("keys")).as(new String[] {"band", "key"}))
        .groupBy("band", "key").agg(collect_list(DOC_ID).as("docs"))
        .filter(size(col("docs")).geq(2));
    return pairsInGroups(buckets);
  }

  /** Every pair (a < b) within each group's {@code docs} list. */
  private static Dataset<Row> pairsInGroups(Dataset<Row> groups) {
    return groups.select(explode(col("docs")).as(DOC_A), col("docs"))
        .select(col(DOC_A), explode(col("docs")).as(DOC_B))
        .filter(col(DOC_A).lt(col(DOC_B)));
  }

  static long[] longs(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }
}
