package org.wiretrace;

import java.util.List;

/**
 * One analysis step. It reads tables through the {@link StageContext} (written earlier in this run, or left by a
 * previous run) and writes its own tables back through it, so every stage is a restartable Parquet checkpoint.
 */
public interface Stage {

  /** The name used in {@code --stages}. */
  String name();

  /** Tables this stage reads; the pipeline checks they exist before it starts. */
  List<String> needs();

  /** Tables this stage writes. */
  List<String> writes();

  void run(StageContext context);
}
