package org.wiretrace.overlap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wiretrace.Columns;
import org.wiretrace.graph.ConnectedComponents;

/**
 * Near-duplicate clusters: connected components ({@link ConnectedComponents}) of the pairs at least
 * {@code cluster-jaccard} similar, labelled by their smallest doc_id (near-duplicate components are dense, so the
 * labels settle in a few rounds).
 */
final class NearDuplicates {
  private NearDuplicates() {}

  /** Pairs with {@code cluster_id}: the cluster holding both documents, null when they are not in one. */
  static Dataset<Row> withClusterId(Dataset<Row> pairs, Dataset<Row> components) {
    Dataset<Row> a = components.select(col(DOC_ID).as(DOC_A), col(ConnectedComponents.COMPONENT).as("label_a"));
    Dataset<Row> b = components.select(col(DOC_ID).as(DOC_B), col(ConnectedComponents.COMPONENT).as("label_b"));
    return pairs.join(a, new String[] {DOC_A}, "left").join(b, new String[] {DOC_B}, "left")
        .withColumn(Columns.CLUSTER_ID, when(col("label_a").equalTo(col("label_b")), col("label_a")))
        .drop("label_a", "label_b");
  }
}
