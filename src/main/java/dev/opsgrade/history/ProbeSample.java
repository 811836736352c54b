package dev.opsgrade.history;

import java.time.Instant;

/**
 * One probe of one monitor. {@code statusClass} is the HTTP status divided by 100 (2 for 2xx), or 0
 * when no response came (refused, timed out, TLS failed); {@code detail} says why it failed, or is
 * empty.
 */
public record ProbeSample(
    String monitor, Instant at, boolean ok, int statusClass, double latencyMillis, String detail) {
  public ProbeSample {
    if (monitor.isBlank()) {
      throw new IllegalArgumentException("a probe sample needs a monitor name");
    }
    if (latencyMillis < 0 || Double.isNaN(latencyMillis)) {
      throw new IllegalArgumentException("latency must be >= 0 ms, not " + latencyMillis);
    }
  }
}
