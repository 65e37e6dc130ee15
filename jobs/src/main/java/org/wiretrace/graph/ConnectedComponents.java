package org.wiretrace.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Connected components of document pairs, each labelled by its smallest doc_id (deterministic). Min-label
 * propagation: each document takes the smallest label among itself and its neighbours until no label changes, one
 * Spark job per round (rounds grow with the longest path in a component).
 */
public final class ConnectedComponents {
  public static final String COMPONENT = "component";

  private ConnectedComponents() {}

  /** (doc_id, component) for every document in a pair of the edges (doc_a, doc_b). */
  public static Dataset<Row> of(Dataset<Row> edges) {
    Dataset<Row> links = edges.select(col(DOC_A).as("src"), col(DOC_B).as("dst"))
        .union(edges.select(col(DOC_B).as("src"), col(DOC_A).as("dst")))
        .persist(StorageLevel.MEMORY_AND_DISK());
    // Start from the smallest neighbour (one round saved over starting from the document itself).
    Dataset<Row> labels = links.groupBy(col("src").as(DOC_ID))
        .agg(least(min(col("dst")), min(col("src"))).as(COMPONENT))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long changed = labels.count();
    while (changed > 0) {
      Dataset<Row> next = links.join(labels, links.col("dst").equalTo(labels.col(DOC_ID)))
          .select(col("src").as(DOC_ID), col(COMPONENT))
          .union(labels)
          .groupBy(DOC_ID).agg(min(COMPONENT).as(COMPONENT))
          .persist(StorageLevel.MEMORY_AND_DISK());
      changed = next.join(labels.withColumnRenamed(COMPONENT, "old"), DOC_ID)
          .filter(col(COMPONENT).notEqual(col("old"))).count();
      labels.unpersist();
      labels = next;
    }
    links.unpersist();
    return labels;
  }
}
