package dev.opsgrade.slo;

import java.time.Instant;

/** Declared maintenance [start, end): excluded from availability, and alerts are silent. */
public record MaintenanceWindow(Instant start, Instant end, String reason) {
  public MaintenanceWindow {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a maintenance window must end after it starts");
    }
  }

  boolean covers(Instant at) {
    return !at.isBefore(start) && at.isBefore(end);
  }

  /** A bucket overlapping maintenance at all is left out: its failures may be the maintenance. */
  boolean overlaps(Bucket bucket) {
    return bucket.start().isBefore(end) && bucket.end().isAfter(start);
  }
}
