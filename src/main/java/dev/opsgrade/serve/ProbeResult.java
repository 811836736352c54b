package dev.opsgrade.serve;

import java.time.Duration;

/**
 * What one probe saw: {@code statusClass} is the HTTP status / 100, 0 when nothing answered; {@code
 * detail} names why a failed probe failed.
 */
public record ProbeResult(boolean ok, int statusClass, Duration latency, String detail) {
  static ProbeResult noAnswer(Duration latency, String why) {
    return new ProbeResult(false, 0, latency, why);
  }
}
