package org.wiretrace;

import java.util.List;

/**
 * What one {@code wiretrace run} does: the stages it runs, in pipeline order, each built with its own options; the
 * input paths (recorded in the manifest); and the output root the tables go under.
 */
public record RunPlan(List<Stage> stages, List<String> inputs, String output) {}
