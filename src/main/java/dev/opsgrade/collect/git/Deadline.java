package dev.opsgrade.collect.git;

/**
 * When a repository's secret scan must stop (System.nanoTime), and what that limit is, in words a
 * user can act on. An interrupted thread (the runner gave up) counts as past the deadline.
 */
record Deadline(long nanos, String description) {

  /** No deadline (146 years), only an interrupt stops. */
  static Deadline never() {
    return new Deadline(System.nanoTime() + Long.MAX_VALUE / 2, "none");
  }

  boolean passed() {
    return System.nanoTime() - nanos > 0 || Thread.currentThread().isInterrupted();
  }
}
