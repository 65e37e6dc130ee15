package org.wiretrace.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.wiretrace.Stage;
import org.wiretrace.UsageError;
import org.wiretrace.ingest.Ingest;
import org.wiretrace.ingest.IngestOptions;
import org.wiretrace.overlap.Overlap;
import org.wiretrace.overlap.OverlapOptions;
import org.wiretrace.quotes.Quotes;
import org.wiretrace.stories.Stories;
import org.wiretrace.stories.StoriesOptions;
import org.wiretrace.terms.Terms;
import org.wiretrace.terms.TermsOptions;

/** Every stage wiretrace knows, in the order they run, each built with its own options. */
final class Stages {
  private Stages() {}

  static List<Stage> all(IngestOptions ingest, TermsOptions terms, OverlapOptions overlap, StoriesOptions stories) {
    return List.of(new Ingest(ingest), new Terms(terms), new Overlap(overlap), new Quotes(), new Stories(stories));
  }

  /** The stages named in a {@code --stages} list (all when it is empty), in pipeline order; unknown names fail. */
  static List<Stage> select(List<Stage> all, List<String> names) {
    List<String> known = all.stream().map(Stage::name).toList();
    for (String name : names) {
      if (!known.contains(name)) {
        throw new UsageError("unknown stage '" + name + "' (stages: " + String.join(",", known) + ")");
      }
    }
    return all.stream().filter(stage -> names.isEmpty() || names.contains(stage.name()))
        .collect(Collectors.toList());
  }
}
