package dev.opsgrade.serve.web;

import dev.opsgrade.history.Availability;
import dev.opsgrade.history.ProbeSample;
import dev.opsgrade.history.ProbeStore;
import dev.opsgrade.history.Resolution;
import dev.opsgrade.history.Rollup;
import dev.opsgrade.model.inventory.EndpointSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.slo.Bucket;
import dev.opsgrade.slo.MaintenanceWindow;
import dev.opsgrade.slo.Objective;
import dev.opsgrade.slo.SloMath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The status matrix from the probe history: availability from the rollups, the SLO from hourly
 * buckets with maintenance left out. Monitors are the inventory's endpoints and every monitor that
 * has probe history (the proxy's routes the daemon probes).
 */
final class ServiceRows {
  static final int BAR_DAYS = 30;
  private static final Duration LAST_PROBE = Duration.ofMinutes(15);

  private final Inventory inventory;
  private final ProbeStore probes;

  ServiceRows(Inventory inventory, ProbeStore probes) {
    this.inventory = inventory;
    this.probes = probes;
  }

  Objective objective() {
    return Objective.ofPercent(inventory.slo().target(), inventory.slo().window());
  }

  /** Every monitor by name: the inventory's endpoints and what the history has. */
  Set<String> monitors() {
    Set<String> names = new TreeSet<>(probes.monitors());
    inventory.endpoints().forEach(e -> names.add(e.name()));
    return names;
  }

  /** The endpoints marked {@code public: true}: the only names with a badge. */
  Set<String> publicBadges() {
    Set<String> names = new TreeSet<>();
    inventory.endpoints().stream()
        .filter(EndpointSpec::publicBadge)
        .forEach(e -> names.add(e.name()));
    return names;
  }

  List<ServiceRow> rows(Instant now, List<MaintenanceWindow> maintenance) {
    Set<String> badges = publicBadges();
    List<ServiceRow> rows = new ArrayList<>();
    for (String monitor : monitors()) {
      rows.add(row(monitor, badges.contains(monitor), now, maintenance));
    }
    return rows;
  }

  ServiceRow row(String monitor, boolean badge, Instant now, List<MaintenanceWindow> maintenance) {
    Availability day = probes.availability(monitor, Duration.ofDays(1), now);
    return new ServiceRow(
        monitor,
        badge,
        last(monitor, now),
        day.ratio(),
        probes.availability(monitor, Duration.ofDays(7), now).ratio(),
        probes.availability(monitor, Duration.ofDays(30), now).ratio(),
        daily(monitor, now),
        day.latency().percentile(0.95),
        SloMath.evaluate(objective(), hourly(monitor, now), maintenance, now));
  }

  private Optional<ProbeSample> last(String monitor, Instant now) {
    List<ProbeSample> recent = probes.results(monitor, now.minus(LAST_PROBE), now.plusMillis(1));
    return recent.isEmpty() ? Optional.empty() : Optional.of(recent.getLast());
  }

  /** Availability per UTC day, oldest first, the last being today. */
  private List<Optional<Double>> daily(String monitor, Instant now) {
    Instant today = Resolution.DAY.bucketOf(now);
    Instant from = today.minus(Duration.ofDays(BAR_DAYS - 1));
    List<Rollup> rollups = probes.rollups(monitor, Resolution.DAY, from, now.plusMillis(1));
    List<Optional<Double>> days = new ArrayList<>();
    for (int i = 0; i < BAR_DAYS; i++) {
      Instant start = from.plus(Duration.ofDays(i));
      days.add(
          rollups.stream()
              .filter(r -> r.bucket().equals(start) && r.probes() > 0)
              .findFirst()
              .map(r -> (r.probes() - r.failures()) / (double) r.probes()));
    }
    return days;
  }

  private List<Bucket> hourly(String monitor, Instant now) {
    Instant from = Resolution.HOUR.bucketOf(now.minus(objective().window()));
    return probes.rollups(monitor, Resolution.HOUR, from, now.plusMillis(1)).stream()
        .map(r -> new Bucket(r.bucket(), Resolution.HOUR.length(), r.probes(), r.failures()))
        .toList();
  }
}
