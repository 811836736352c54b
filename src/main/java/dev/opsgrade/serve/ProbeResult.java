package dev.opsgrade.serve;

import java.time.Duration;

/**
 * What one probe saw: {@code statusClass} is the HTTP status / 100, 0 when nothing answered; {@code
 * failure} names the kind of failure ({@link #LOCAL_NETWORK} kinds among them), empty when ok;
 * {@code detail} says why a failed probe failed.
 */
public record ProbeResult(
    boolean ok, int statusClass, Duration latency, String failure, String detail) {
  /** Failures that may mean opsgrade's own network is down rather than the target. */
  public static final java.util.Set<String> LOCAL_NETWORK =
      java.util.Set.of("network_unreachable", "dns_failure", "connection_error");

  public static ProbeResult up(int statusClass, Duration latency) {
    return new ProbeResult(true, statusClass, latency, "", "");
  }

  public static ProbeResult noAnswer(Duration latency, String failure, String why) {
    return new ProbeResult(false, 0, latency, failure, why);
  }

  /** Whether this failure could be opsgrade's own network rather than the target. */
  public boolean localNetworkFailure() {
    return !ok && statusClass == 0 && LOCAL_NETWORK.contains(failure);
  }
}
