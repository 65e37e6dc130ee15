package org.wiretrace.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** Components named by their smallest doc_id, whatever the order of the pairs. */
class ConnectedComponentsTest {
  private static Map<String, String> labels(List<Row> edges) {
    return ConnectedComponents.unionFind(edges).stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
  }

  @Test
  void aChainAndAPairAreTwoComponentsNamedByTheirSmallestId() {
    List<Row> edges = List.of(RowFactory.create("c", "d"), RowFactory.create("e", "f"), RowFactory.create("b", "c"),
        RowFactory.create("a", "d"));
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "d", "a", "e", "e", "f", "e"), labels(edges));
    assertEquals(labels(edges), labels(List.of(edges.get(3), edges.get(1), edges.get(0), edges.get(2))));
  }
}
