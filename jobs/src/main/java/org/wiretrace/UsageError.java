package org.wiretrace;

/** A problem with the command line or the inputs it names: reported as one line, exit code 2. */
public class UsageError extends RuntimeException {
  public UsageError(String message) {
    super(message);
  }

  /** Throws a usage error with {@code message} unless {@code ok}. */
  public static void require(boolean ok, String message) {
    if (!ok) {
      throw new UsageError(message);
    }
  }
}
