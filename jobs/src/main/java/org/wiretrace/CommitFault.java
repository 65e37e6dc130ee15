package org.wiretrace;

/**
 * Fault injection for the kill tests: with {@code -Dwiretrace.fault=POINT}, the JVM halts at once (as under
 * {@code kill -9}: no finally block, no shutdown hook) when a commit reaches POINT, e.g. {@code "moved-out documents"}.
 * A commit takes milliseconds; a real kill cannot be aimed inside it.
 */
final class CommitFault {
  private static final String POINT = System.getProperty("wiretrace.fault");

  private CommitFault() {}

  static void reached(String point) {
    if (point.equals(POINT)) {
      Runtime.getRuntime().halt(137);
    }
  }
}
