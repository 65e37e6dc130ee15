package org.wiretrace;

import java.util.List;

/**
 * What one {@code wiretrace run} does: the stages it runs, in pipeline order, each built with its own options; the
 * input paths (recorded in the manifest); the output root the tables go under; whether long stages print progress
 * lines; and whether stages that do not read each other's tables run at once.
 */
public record RunPlan(List<Stage> stages, List<String> inputs, String output, boolean progress, boolean concurrent) {}
