package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms of one invented quotation, whose parents and roots were worked out by hand. */
class FormTreesTest {
  /** 13 words. */
  private static final String FULL = "we will build the new bridge over the river before the winter comes";
  /** FULL with build → rebuild: one edit, same length, later in text order, so FULL's parent. */
  private static final String REBUILD = "we will rebuild the new bridge over the river before the winter comes";
  /** A run of FULL (8 words), one edit from REBUILD: the fewer edits make FULL its parent, and REBUILD its root. */
  private static final String TRUNCATED = "we will build the new bridge over the";
  /** A run of REBUILD, one edit from FULL. */
  private static final String REBUILD_RUN = "will rebuild the new bridge over the river";
  private static final String OTHER = "the committee has not yet decided who will pay for the work";
  /** Under six words: joins nothing. */
  private static final String SHORT = "we will build the bridge";

  @Test
  void eachFormRootsWhereItsParentsLead() {
    Map<String, String> roots = FormTrees.roots(List.of(FULL, TRUNCATED, REBUILD, REBUILD_RUN, OTHER, SHORT));
    assertEquals(Map.of(FULL, REBUILD, TRUNCATED, REBUILD, REBUILD_RUN, REBUILD), roots);
  }
}
