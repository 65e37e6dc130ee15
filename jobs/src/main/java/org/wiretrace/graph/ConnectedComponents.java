package org.wiretrace.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Connected components of document pairs, each labelled by its smallest doc_id (deterministic). Up to
 * {@value #DRIVER_EDGES} pairs (most corpora's) are joined in the driver by union-find, one Spark job; more are
 * labelled by min-label propagation, one round of Spark jobs per step of the longest path in a component.
 */
public final class ConnectedComponents {
  public static final String COMPONENT = "component";
  /** About 100 MB of pairs of ids in the driver. */
  static final int DRIVER_EDGES = 1_000_000;
  private static final StructType LABELS = new StructType()
      .add(DOC_ID, DataTypes.StringType, false)
      .add(COMPONENT, DataTypes.StringType, false);

  private ConnectedComponents() {}

  /** (doc_id, component) for every document in a pair of the edges (doc_a, doc_b). */
  public static Dataset<Row> of(Dataset<Row> edges) {
    List<Row> few = edges.select(DOC_A, DOC_B).limit(DRIVER_EDGES + 1).collectAsList();
    if (few.size() <= DRIVER_EDGES) {
      return edges.sparkSession().createDataFrame(unionFind(few), LABELS);
    }
    return propagated(edges);
  }

  /** Each document with the smallest doc_id of its component. */
  static List<Row> unionFind(List<Row> edges) {
    Map<String, String> parent = new HashMap<>();
    for (Row edge : edges) {
      String a = root(parent, edge.getString(0));
      String b = root(parent, edge.getString(1));
      if (!a.equals(b)) {
        // The smaller id is the root, so a component's root is its smallest doc_id.
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    List<Row> labels = new ArrayList<>(parent.size());
    for (String doc : parent.keySet()) {
      labels.add(RowFactory.create(doc, root(parent, doc)));
    }
    return labels;
  }

  private static String root(Map<String, String> parent, String doc) {
    String root = parent.computeIfAbsent(doc, d -> d);
    while (!root.equals(parent.get(root))) {
      String up = parent.get(root);
      parent.put(root, parent.get(up)); // path halving
      root = up;
    }
    return root;
  }

  private static Dataset<Row> propagated(Dataset<Row> edges) {
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
   * A round's result, cached, as a plan of its own: an iteration that reads the previous round twice (here join and
   * union) would otherwise double its query plan with every round. Unlike a local checkpoint, a lost block is
   * recomputed from its lineage.
   */
  private static Dataset<Row> settled(Dataset<Row> labels) {
    return labels.sparkSession().createDataFrame(labels.rdd(), labels.schema())
        .persist(StorageLevel.MEMORY_AND_DISK());
  }
}
