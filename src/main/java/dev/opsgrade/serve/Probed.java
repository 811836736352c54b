package dev.opsgrade.serve;

import dev.opsgrade.history.ProbeSample;
import java.time.Instant;

/** One probe of one monitor, as the scheduler hands it on: who, when, what it saw. */
public record Probed(Monitor monitor, Instant at, ProbeResult result) {
  public ProbeSample sample() {
    return new ProbeSample(
        monitor.name(),
        at,
        result.ok(),
        result.statusClass(),
        result.latency().toNanos() / 1e6,
        result.detail());
  }
}
