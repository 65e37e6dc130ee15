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
    Dataset<Row> labels = settled(links.groupBy(col("src").as(DOC_ID))
        .agg(least(min(col("dst")), min(col("src"))).as(COMPONENT)));
    long changed = labels.count();
    while (changed > 0) {
      Dataset<Row> next = settled(links.join(labels, links.col("dst").equalTo(labels.col(DOC_ID)))
          .select(col("src").as(DOC_ID), col(COMPONENT))
          .union(labels)
          .groupBy(DOC_ID).agg(min(COMPONENT).as(COMPONENT)));
      changed = next.join(labels.withColumnRenamed(COMPONENT, "old"), DOC_ID)
          .filter(col(COMPONENT).notEqual(col("old"))).count();
      labels.unpersist();
      labels = next;
    }
    links.unpersist();
    return labels;
  }

  /**
   * A round's labels, cached, as a plan of their own: each round reads the previous one twice (join and union), so
   * without the cut the query plan would double with every round.
   */
  private static Dataset<Row> settled(Dataset<Row> labels) {
    return labels.sparkSession().createDataFrame(labels.rdd(), labels.schema())
        .persist(StorageLevel.MEMORY_AND_DISK());
  }
}
