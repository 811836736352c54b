package dev.opsgrade.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the history knows of one monitor over a window ending at {@code end}. {@code observed} is
 * the time the scheduler ran (its heartbeat); the rest of the window is unknown, not downtime, and
 * only probes count towards the ratio.
 */
public record Availability(
    String monitor,
    Duration window,
    Instant end,
    long probes,
    long failures,
    Duration observed,
    LatencyHistogram latency) {

  /** Successful probes over all probes; empty when nothing was probed. */
  public Optional<Double> ratio() {
    return probes == 0 ? Optional.empty() : Optional.of((probes - failures) / (double) probes);
  }

  public Duration unknown() {
    Duration rest = window.minus(observed);
    return rest.isNegative() ? Duration.ZERO : rest;
  }
}
