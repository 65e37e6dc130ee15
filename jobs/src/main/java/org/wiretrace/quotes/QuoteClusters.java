package org.wiretrace.quotes;

import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.bitwise_not;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.wiretrace.Columns;
import org.wiretrace.graph.ConnectedComponents;

/**
 * MemeTracker-style clusters of quotations by their normalized words. A form of at least
 * {@link QuoteForms#MIN_NEAR_WORDS} words joins a greater form it is a run of, or a few words from
 * ({@link QuoteForms#joins}): its parent is the longest such form (then the fewest edits), and its cluster is that of
 * its parent's root, the cluster's full form. Candidates meet in blocks of shared word runs
 * ({@link QuoteForms#pieceKeys}, {@link QuoteForms#runKeys}): no pair outside a block is compared. Shorter forms
 * cluster by equal words; those under {@link QuoteText#MIN_CLUSTER_WORDS} words only with the same speaker. Up to
 * {@value #DRIVER_FORMS} distinct forms (most corpora's) are linked in the driver ({@link FormTrees}) after one Spark
 * job; more in Spark, where a link costs a few shuffles and a job each.
 */
final class QuoteClusters {
  /** About 100 MB of forms and their piece keys in the driver. */
  static final int DRIVER_FORMS = 100_000;
  private static final String NORM = "_norm";
  private static final String ROOT = "_root";
  private static final String CHILD = "_child";
  private static final String PARENT = "_parent";
  private static final String KEY = "_key";
  private static final String EDITS = "_edits";
  private static final String HASH = "_hash";
  private static final String WORDS = "_words";
  private static final String CHILD_HASH = "_child_hash";
  private static final String CHILD_WORDS = "_child_words";
  private static final String BITS = "_bits";
  private static final String CHILD_BITS = "_child_bits";
  private static final String PARENT_BITS = "_parent_bits";
  private static final String PARENT_HASH = "_parent_hash";
  private static final String PARENT_WORDS = "_parent_words";
  private static final StructType ROOTS = new StructType()
      .add(NORM, DataTypes.StringType, false)
      .add(ROOT, DataTypes.StringType, false);

  private static final UserDefinedFunction NORMALIZE =
      udf((UDF1<String, String>) QuoteText::normalize, DataTypes.StringType);
  private static final UserDefinedFunction PIECE_KEYS = udf((UDF1<String, List<String>>) QuoteForms::pieceKeys,
      DataTypes.createArrayType(DataTypes.StringType));
  private static final UserDefinedFunction RUN_KEYS = udf((UDF1<String, List<String>>) QuoteForms::runKeys,
      DataTypes.createArrayType(DataTypes.StringType));
  private static final UserDefinedFunction WORD_BITS = udf((UDF1<String, List<Long>>) QuoteForms::wordBits,
      DataTypes.createArrayType(DataTypes.LongType));
  private static final UserDefinedFunction MAX_EDITS =
      udf((UDF1<Integer, Integer>) QuoteForms::maxEdits, DataTypes.IntegerType);
  private static final UserDefinedFunction JOINS =
      udf((UDF2<String, String, Integer>) QuoteForms::joins, DataTypes.IntegerType);
  private static final UserDefinedFunction RELATION =
      udf((UDF2<String, String, String>) QuoteForms::relation, DataTypes.StringType);
  private static final UserDefinedFunction WORD_EDITS =
      udf((UDF2<String, String, Integer>) QuoteForms::edits, DataTypes.IntegerType);

  private QuoteClusters() {}

  /** The quotations with cluster_id, and their relation and word_edits to the cluster's full form. */
  static Dataset<Row> assign(Dataset<Row> quotes) {
    return assign(quotes, DRIVER_FORMS);
  }

  /** As {@link #assign(Dataset)}, linking forms in the driver only up to {@code driverForms} of them. */
  static Dataset<Row> assign(Dataset<Row> quotes, int driverForms) {
    // Distinct texts: a quotation carried by n outlets would otherwise meet itself n * n times in the blocks.
    Dataset<Row> forms = quotes.select(nearForm().as(NORM)).filter(col(NORM).isNotNull()).distinct();
    List<Row> few = forms.limit(driverForms + 1).collectAsList();
    Dataset<Row> roots = few.size() > driverForms ? rootsOfLinks(parents(forms))
        : inDriver(quotes, few.stream().map(r -> r.getString(0)).toList());
    return withRoots(quotes, roots);
  }

  /** As {@link #assign(Dataset)}, given every distinct {@link #nearForm} of the quotations. */
  static Dataset<Row> assign(Dataset<Row> quotes, List<String> forms) {
    return withRoots(quotes, inDriver(quotes, forms));
  }

  /** The normalized words of a quotation long enough to join a form it is near, null for a shorter one. */
  static Column nearForm() {
    Column norm = NORMALIZE.apply(col(Columns.TEXT));
    return when(words(norm).geq(QuoteForms.MIN_NEAR_WORDS), norm);
  }

  private static Dataset<Row> withRoots(Dataset<Row> quotes, Dataset<Row> roots) {
    Dataset<Row> withNorm = quotes.withColumn(NORM, NORMALIZE.apply(col(Columns.TEXT)));
    Column full = coalesce(col(ROOT), col(NORM));
    Column key = when(words(col(NORM)).geq(QuoteText.MIN_CLUSTER_WORDS), full)
        .otherwise(concat_ws("|", col(NORM), coalesce(col(Columns.SPEAKER_ID), col(Columns.DOC_ID))));
    return withNorm.join(roots, NORM, "left")
        .withColumn(Columns.CLUSTER_ID, SpeakerIds.hash16(key))
        .withColumn(QuoteVariantsTable.RELATION, RELATION.apply(col(NORM), full))
        .withColumn(QuoteVariantsTable.WORD_EDITS, WORD_EDITS.apply(col(NORM), full))
        .drop(NORM, ROOT);
  }

  private static Column words(Column norm) {
    return size(split(norm, " "));
  }

  /** (form, root) for every form that joins another, linked in the driver; a form without a row is its own root. */
  private static Dataset<Row> inDriver(Dataset<Row> quotes, List<String> forms) {
    List<Row> roots = new ArrayList<>();
    FormTrees.roots(forms).forEach((form, root) -> roots.add(RowFactory.create(form, root)));
    return quotes.sparkSession().createDataFrame(roots, ROOTS);
  }

  /**
   * (form, parent) for every form that joins another: the longest it may join, then the fewest edits. Keys and forms
   * meet as 64-bit hashes, with the tests {@link QuoteForms#joins} starts with on numbers (word counts; words missing
   * from the parent, {@link QuoteForms#wordBits}); texts are joined back once the candidate pairs are distinct: a form
   * has a run key for every 3-5 words, so carrying its text along would multiply the text by its length. A hash
   * collision only adds a candidate, which {@link QuoteForms#joins} then rejects.
   */
  private static Dataset<Row> parents(Dataset<Row> distinctForms) {
    Dataset<Row> forms = distinctForms.select(col(NORM), xxhash64(col(NORM)).as(HASH), words(col(NORM)).as(WORDS),
            WORD_BITS.apply(col(NORM)).as(BITS))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> children = forms.select(col(HASH).as(CHILD_HASH), col(WORDS).as(CHILD_WORDS),
            col(BITS).as(CHILD_BITS), explode(PIECE_KEYS.apply(col(NORM))).as(KEY))
        .withColumn(KEY, xxhash64(col(KEY)));
    Dataset<Row> parents = forms.select(col(HASH).as(PARENT_HASH), col(WORDS).as(PARENT_WORDS),
            col(BITS).as(PARENT_BITS), explode(RUN_KEYS.apply(col(NORM))).as(KEY))
        .withColumn(KEY, xxhash64(col(KEY)));
    Column missing = lit(0);
    for (int i = 0; i < QuoteForms.WORD_BITS / Long.SIZE; i++) {
      Column childOnly = col(CHILD_BITS).getItem(i).bitwiseAND(bitwise_not(col(PARENT_BITS).getItem(i)));
      missing = missing.plus(bit_count(childOnly));
    }
    // A parent is never shorter than its child, has at most about twice its words below MIN_CONTAINED_WORDS, and
    // lacks at most maxEdits of its words.
    Column mayJoin = col(PARENT_WORDS).geq(col(CHILD_WORDS))
        .and(col(CHILD_WORDS)
            .geq(least(lit(QuoteForms.MIN_CONTAINED_WORDS), floor(col(PARENT_WORDS).plus(1).divide(2)))))
        .and(missing.leq(MAX_EDITS.apply(col(CHILD_WORDS))));
    return children.join(parents, KEY)
        .filter(mayJoin)
        .select(CHILD_HASH, PARENT_HASH)
        .distinct()
        .join(forms.select(col(HASH).as(CHILD_HASH), col(NORM).as(CHILD)), CHILD_HASH)
        .join(forms.select(col(HASH).as(PARENT_HASH), col(NORM).as(PARENT)), PARENT_HASH)
        .withColumn(EDITS, JOINS.apply(col(CHILD), col(PARENT)))
        .filter(col(EDITS).geq(0))
        .groupBy(col(CHILD).as(NORM))
        .agg(max_by(col(PARENT), struct(words(col(PARENT)), negate(col(EDITS)), col(PARENT))).as(ROOT));
  }

  /**
   * (form, root) for every form in a parent link, the root of a form without a parent being itself. Each form has one
   * parent, always a greater form, so the links make trees, and a tree is a connected component: the root is the one
   * member without a parent.
   */
  private static Dataset<Row> rootsOfLinks(Dataset<Row> parents) {
    Dataset<Row> links = parents.persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> members =
        ConnectedComponents.of(links.select(col(NORM).as(Columns.DOC_A), col(ROOT).as(Columns.DOC_B)));
    Dataset<Row> tops = members.join(links, members.col(Columns.DOC_ID).equalTo(links.col(NORM)), "left_anti")
        .select(col(ConnectedComponents.COMPONENT), col(Columns.DOC_ID).as(ROOT));
    return members.join(tops, ConnectedComponents.COMPONENT).select(col(Columns.DOC_ID).as(NORM), col(ROOT));
  }

}
