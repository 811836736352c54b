package dev.opsgrade.history;

import java.time.Instant;

/**
 * One probe of one monitor. {@code statusClass} is the HTTP status divided by 100 (2 for 2xx), or 0
 * when no response came (refused, timed out, TLS failed); {@code detail} says why it failed, or is
 * empty. {@code unknown}: the probe failed for a reason of opsgrade's own (its network was down),
 * so it tells nothing about the target: stored, but not counted in any rollup.
 */
public record ProbeSample(
    String monitor,
    Instant at,
    boolean ok,
    int statusClass,
    double latencyMillis,
    String detail,
    boolean unknown) {
  public ProbeSample {
    if (monitor.isBlank()) {
      throw new IllegalArgumentException("a probe sample needs a monitor name");
    }
    if (latencyMillis < 0 || Double.isNaN(latencyMillis)) {
      throw new IllegalArgumentException("latency must be >= 0 ms, not " + latencyMillis);
    }
    if (unknown && ok) {
      throw new IllegalArgumentException("a probe that succeeded is not unknown");
    }
  }

  /** A sample that counts. */
  public ProbeSample(
      String monitor,
      Instant at,
      boolean ok,
      int statusClass,
      double latencyMillis,
      String detail) {
    this(monitor, at, ok, statusClass, latencyMillis, detail, false);
  }

  /** The same sample, marked as telling nothing about its target. */
  public ProbeSample asUnknown() {
    return new ProbeSample(monitor, at, false, statusClass, latencyMillis, detail, true);
  }
}
