package org.wiretrace;

import java.util.List;
import java.util.stream.Collectors;
import org.wiretrace.ingest.Ingest;
import org.wiretrace.overlap.Overlap;
import org.wiretrace.quotes.Quotes;
import org.wiretrace.terms.Terms;

/** Every stage wiretrace knows, in the order they run. */
public final class Stages {

  public static final List<Stage> ALL = List.of(new Ingest(), new Terms(), new Overlap(), new Quotes());

  private Stages() {}

  public static List<String> names() {
    return ALL.stream().map(Stage::name).collect(Collectors.toList());
  }

  /** The stages named in a {@code --stages} list, in pipeline order; unknown names are a usage error. */
  public static List<Stage> select(List<String> names) {
    for (String name : names) {
      if (!names().contains(name)) {
        throw new UsageError("unknown stage '" + name + "' (stages: " + String.join(",", names()) + ")");
      }
    }
    return ALL.stream().filter(stage -> names.contains(stage.name())).collect(Collectors.toList());
  }
}
