package org.wiretrace.overlap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.wiretrace.Columns;

/**
 * Near-duplicate clusters: connected components of the pairs at least {@code cluster-jaccard} similar, labelled by
 * their smallest doc_id (deterministic). Min-label propagation: each document takes the smallest label among itself
 * and its neighbours until no label changes, one Spark job per round (rounds grow with the longest path in a
 * component; near-duplicate components are dense, so a few rounds).
 */
final class NearDuplicates {
  static final String LABEL = "label";

  private NearDuplicates() {}

  /** (doc_id, label) for every document in a pair of the edges (doc_a, doc_b). */
  static Dataset<Row> components(Dataset<Row> edges) {
    Dataset<Row> links = edges.select(col(DOC_A).as("src"), col(DOC_B).as("dst"))
        .union(edges.select(col(DOC_B).as("src"), col(DOC_A).as("dst")))
        .persist(StorageLevel.MEMORY_AND_DISK());
    // Start from the smallest neighbour (one round saved over starting from the document itself).
    Dataset<Row> labels = links.groupBy(col("src").as(DOC_ID))
        .agg(least(min(col("dst")), min(col("src"))).as(LABEL))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long changed = labels.count();
    while (changed > 0) {
      Dataset<Row> next = links.join(labels, links.col("dst").equalTo(labels.col(DOC_ID)))
          .select(col("src").as(DOC_ID), col(LABEL))
          .union(labels)
          .groupBy(DOC_ID).agg(min(LABEL).as(LABEL))
          .persist(StorageLevel.MEMORY_AND_DISK());
      changed = next.join(labels.withColumnRenamed(LABEL, "old"), DOC_ID)
          .filter(col(LABEL).notEqual(col("old"))).count();
      labels.unpersist();
      labels = next;
    }
    links.unpersist();
    return labels;
  }

  /** Pairs with {@code cluster_id}: the cluster holding both documents, null when they are not in one. */
  static Dataset<Row> withClusterId(Dataset<Row> pairs, Dataset<Row> components) {
    Dataset<Row> a = components.select(col(DOC_ID).as(DOC_A), col(LABEL).as("label_a"));
    Dataset<Row> b = components.select(col(DOC_ID).as(DOC_B), col(LABEL).as("label_b"));
    return pairs.join(a, new String[] {DOC_A}, "left").join(b, new String[] {DOC_B}, "left")
        .withColumn(Columns.CLUSTER_ID, when(col("label_a").equalTo(col("label_b")), col("label_a")))
        .drop("label_a", "label_b");
  }
}
