package dev.opsgrade.slo;

import java.time.Instant;
import java.util.Set;

/**
 * Declared maintenance [start, end) of the monitors or groups named in {@code scope} (empty: of
 * everything): excluded from availability, and alerts are silent.
 */
public record MaintenanceWindow(Instant start, Instant end, String reason, Set<String> scope) {
  public MaintenanceWindow {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a maintenance window must end after it starts");
    }
    scope = Set.copyOf(scope);
  }

  public MaintenanceWindow(Instant start, Instant end, String reason) {
    this(start, end, reason, Set.of());
  }

  public boolean covers(Instant at) {
    return !at.isBefore(start) && at.isBefore(end);
  }

  /** Whether it applies to a monitor of this name in this group. */
  public boolean appliesTo(String monitor, String group) {
    return scope.isEmpty() || scope.contains(monitor) || scope.contains(group);
  }

  /** A bucket overlapping maintenance at all is left out: its failures may be the maintenance. */
  boolean overlaps(Bucket bucket) {
    return bucket.start().isBefore(end) && bucket.end().isAfter(start);
  }
}
