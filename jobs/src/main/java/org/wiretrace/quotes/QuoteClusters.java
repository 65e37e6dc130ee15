package org.wiretrace.quotes;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat_ws;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.wiretrace.Columns;

/**
 * MemeTracker-style clusters: quotations whose normalized words are equal, or one contained in the other and at least
 * half as long, share a cluster_id. Candidates for containment meet on their first words ({@link QuoteText#head});
 * each quotation joins its longest container, and that container's own longest container (two hops). Quotations of
 * fewer than {@link QuoteText#MIN_CLUSTER_WORDS} words cluster only with the same words from the same speaker.
 */
final class QuoteClusters {
  static final double MIN_CONTAINED_SHARE = 0.5;

  private static final UserDefinedFunction NORMALIZE =
      udf((UDF1<String, String>) QuoteText::normalize, DataTypes.StringType);
  private static final UserDefinedFunction HEAD =
      udf((UDF1<String, String>) QuoteText::head, DataTypes.StringType);
  private static final UserDefinedFunction HEADS = udf((UDF1<String, List<String>>) QuoteClusters::heads,
      DataTypes.createArrayType(DataTypes.StringType));

  private QuoteClusters() {}

  static Dataset<Row> assign(Dataset<Row> quotes) {
    Dataset<Row> withNorm = quotes.withColumn("_norm", NORMALIZE.apply(col(Columns.TEXT)));
    // Distinct texts: a quotation carried by n outlets would otherwise meet itself n * n times in the self-join.
    Dataset<Row> container = longestContainer(withNorm.select("_norm").filter(words(col("_norm"))).distinct());
    Column key = when(words(col("_norm")), coalesce(col("_rep"), col("_norm")))
        .otherwise(concat_ws("|", col("_norm"), coalesce(col(Columns.SPEAKER_ID), col(Columns.DOC_ID))));
    return withNorm.join(container, withNorm.col("_norm").equalTo(container.col("_norm")), "left")
        .drop(container.col("_norm"))
        .withColumn(Columns.CLUSTER_ID, SpeakerIds.hash16(key))
        .drop("_norm", "_rep");
  }

  private static Column words(Column norm) {
    return size(split(norm, " ")).geq(QuoteText.MIN_CLUSTER_WORDS);
  }

  /** For each text contained in a longer one (at least half its length): the longest such container. */
  private static Dataset<Row> longestContainer(Dataset<Row> norms) {
    Dataset<Row> starts = norms.withColumn("_head", array(HEAD.apply(col("_norm"))));
    Dataset<Row> inner = norms.withColumn("_head", HEADS.apply(col("_norm")));
    Dataset<Row> shortSide = starts.select(col("_norm").as("s"), explode(col("_head")).as("h"));
    Dataset<Row> longSide = inner.select(col("_norm").as("l"), explode(col("_head")).as("h"));
    Column contained = length(col("s")).lt(length(col("l")))
        .and(length(col("s")).geq(length(col("l")).multiply(MIN_CONTAINED_SHARE)))
        .and(col("l").contains(col("s")));
    return shortSide.join(longSide, "h")
        .filter(contained)
        .groupBy(col("s").as("_norm"))
        .agg(max_by(col("l"), struct(length(col("l")), col("l"))).as("_rep"));
  }

  /** Every run of {@link QuoteText#MIN_CLUSTER_WORDS} consecutive words, where a contained text may start. */
  static List<String> heads(String normalized) {
    String[] words = normalized.split(" ");
    List<String> out = new ArrayList<>();
    for (int i = 0; i + QuoteText.MIN_CLUSTER_WORDS <= words.length; i++) {
      out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + QuoteText.MIN_CLUSTER_WORDS)));
    }
    return out;
  }
}
