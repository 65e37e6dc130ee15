package org.wiretrace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code manifest.json} says of each table: its rows, the stage and run that wrote it, its lineage (a
 * fingerprint of its content) and the lineage of every table it was computed from. A table belongs to the output
 * only while each of its inputs is still there with the lineage it was computed from: then it is current.
 */
public final class Manifest {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);

  /** One table's entry. */
  public record Table(long rows, String stage, String run, String lineage, Map<String, String> inputs) {}

  private final Map<String, Table> tables;
  /** Tables a manifest of an older wiretrace lists without a lineage: nothing can tell what they belong with. */
  private final Set<String> legacy;

  Manifest(Map<String, Table> tables, Set<String> legacy) {
    this.tables = tables;
    this.legacy = legacy;
  }

  /** The tables of a manifest's JSON; none for null, for unreadable JSON and for entries without a lineage. */
  static Manifest parse(String json) {
    Map<String, Table> tables = new TreeMap<>();
    Set<String> legacy = new TreeSet<>();
    if (json == null) {
      return new Manifest(tables, legacy);
    }
    try {
      JsonNode node = JSON.readTree(json).path("tables");
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode t = e.getValue();
        if (!t.path("lineage").isTextual()) {
          legacy.add(e.getKey());
          continue;
        }
        Map<String, String> inputs = new TreeMap<>();
        t.path("inputs").fields().forEachRemaining(i -> inputs.put(i.getKey(), i.getValue().asText()));
        tables.put(e.getKey(), new Table(t.path("rows").asLong(), t.path("stage").asText(), t.path("run").asText(),
            t.path("lineage").asText(), inputs));
      }
    } catch (JsonProcessingException e) {
      // An unreadable manifest vouches for no table: the stages that need one say what to run.
    }
    return new Manifest(tables, legacy);
  }

  Set<String> legacy() {
    return legacy;
  }

  public Map<String, Table> tables() {
    return tables;
  }

  /** The entry of a table, or null. */
  public Table get(String name) {
    return tables.get(name);
  }

  /** Whether the table has an entry whose inputs are all current with the lineage it recorded. */
  public boolean isCurrent(String name) {
    Table table = tables.get(name);
    if (table == null) {
      return false;
    }
    for (Map.Entry<String, String> input : table.inputs().entrySet()) {
      Table in = tables.get(input.getKey());
      if (in == null || !in.lineage().equals(input.getValue()) || !isCurrent(input.getKey())) {
        return false;
      }
    }
    return true;
  }

  /** The manifest's JSON: the run's description, then the tables. */
  String toJson(Map<String, Object> run) {
    Map<String, Object> out = new LinkedHashMap<>(run);
    out.put("tables", tables);
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
