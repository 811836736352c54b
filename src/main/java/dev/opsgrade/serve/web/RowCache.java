package dev.opsgrade.serve.web;

import dev.opsgrade.slo.MaintenanceWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The status matrix's rows, kept for {@code ttl}: a screen refreshing the page and Prometheus
 * scraping /metrics share one read of the history (it costs a few milliseconds of CPU per monitor,
 * see bench/RESULTS.md). A change of the maintenance windows reads afresh at once.
 */
final class RowCache {
  private record Entry(Instant at, List<MaintenanceWindow> maintenance, List<ServiceRow> rows) {}

  private final Clock clock;
  private final Duration ttl;
  private Entry entry;

  RowCache(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  synchronized List<ServiceRow> rows(
      List<MaintenanceWindow> maintenance, Supplier<List<ServiceRow>> read) {
    Instant now = clock.instant();
    if (entry == null
        || !entry.maintenance().equals(maintenance)
        || !now.isBefore(entry.at().plus(ttl))
        || now.isBefore(entry.at())) {
      entry = new Entry(now, List.copyOf(maintenance), read.get());
    }
    return entry.rows();
  }
}
