package org.wiretrace;

import java.util.List;

/**
 * One analysis step. It reads tables through the {@link StageContext} (written earlier in this run, or left by a
 * previous run) and writes its own tables back through it, so every stage is a restartable Parquet checkpoint. A
 * stage is built with its own options; it never sees the command line.
 */
public interface Stage {

  /** The name used in {@code --stages}. */
  String name();

  /** Tables this stage cannot run without; the pipeline checks they exist before it starts. */
  List<String> needs();

  /** Tables this stage reads when they exist (e.g. TF-IDF weights for a cosine), and does without otherwise. */
  default List<String> uses() {
    return List.of();
  }

  /** Tables this stage writes. */
  List<String> writes();

  /** The options the stage runs with, recorded in the manifest; null for a stage without options. */
  default Record options() {
    return null;
  }

  void run(StageContext context);
}
