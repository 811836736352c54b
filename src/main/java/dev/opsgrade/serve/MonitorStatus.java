package dev.opsgrade.serve;

import java.time.Instant;
import java.util.Optional;

/**
 * Where one monitor stands now: its last probe (empty before the first), whether notifications call
 * it down and since when, and whether maintenance covers it now.
 */
public record MonitorStatus(
    Monitor monitor,
    Optional<Probed> last,
    boolean down,
    Optional<Instant> downSince,
    boolean inMaintenance) {

  /**
   * "up", "down", "failing" (failed, not yet told), "maintenance" or "unknown" (not yet probed).
   */
  public String state() {
    if (inMaintenance) {
      return "maintenance";
    }
    if (last.isEmpty()) {
      return "unknown";
    }
    if (down) {
      return "down";
    }
    return last.get().result().ok() ? "up" : "failing";
  }
}
