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
import static org.apache.spark.sql.functions.struct;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;

import org.apache.spark.api.java.function.MapFunction;
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
 *       contain. It finds partial reuse (one paragraph lifted into a different article) that MinHash cannot see, and drops
 *       boilerplate shingles whose posting lists would make pairs quadratic;</li>
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
    Dataset<Row> postings = sets.select(explode(col(SHINGLES)).as("key"),
            struct(col(DOC_ID).as("id"), size(col(SHINGLES)).as("n")).as("doc"))
        .groupBy("key").agg(collect_list("doc").as("docs"))
        .filter(size(col("docs")).between(2, options.maxDf()));
    Column minN = least(col("a.n"), col("b.n"));
    Column maxN = greatest(col("a.n"), col("b.n"));
    Column needed = least(lit(options.minPassageWords() - options.shingleWords() + 1),
        ceil(minN.multiply(options.minContainment())), ceil(maxN.multiply(options.minJaccard())));
    return postings.select(explode(col("docs")).as("a"), col("docs"))
        .select(col("a"), explode(col("docs")).as("b"))
        .filter(col("a.id").lt(col("b.id")))
        .groupBy(col("a"), col("b")).agg(count("*").as(DocPairsTable.SHARED))
        .filter(col(DocPairsTable.SHARED).geq(needed))
        .select(col("a.id").as(DOC_A), col("b.id").as(DOC_B));
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

  static long[] longs(java.util.List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }
}
