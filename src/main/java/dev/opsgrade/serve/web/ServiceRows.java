package dev.opsgrade.serve.web;

import dev.opsgrade.history.LatencyHistogram;
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
  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration MONTH = Duration.ofDays(30);

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

  /**
   * The endpoints marked {@code public: true} and the routes or endpoints named in
   * serve.public_badges: the only names with a badge.
   */
  Set<String> publicBadges() {
    Set<String> names = new TreeSet<>();
    inventory.endpoints().stream()
        .filter(EndpointSpec::publicBadge)
        .forEach(e -> names.add(e.name()));
    inventory.serve().ifPresent(serve -> names.addAll(serve.publicBadges()));
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

  /**
   * One monitor's row from three reads: the minute rollups of the last day (24 h uptime, p95), the
   * hourly rollups of 30 days or the SLO window if longer (7 d and 30 d uptime, the daily bar, the
   * SLO) and its latest raw samples. Windows are widened to whole buckets at their start, as {@link
   * ProbeStore#availability} does.
   */
  ServiceRow row(String monitor, boolean badge, Instant now, List<MaintenanceWindow> maintenance) {
    Instant end = now.plusMillis(1);
    List<Rollup> minutes =
        probes.rollups(monitor, Resolution.MINUTE, Resolution.MINUTE.bucketOf(now.minus(DAY)), end);
    Duration longest = objective().window().compareTo(MONTH) > 0 ? objective().window() : MONTH;
    List<Rollup> hours =
        probes.rollups(monitor, Resolution.HOUR, Resolution.HOUR.bucketOf(now.minus(longest)), end);
    LatencyHistogram latency =
        minutes.stream()
            .map(Rollup::latency)
            .reduce(LatencyHistogram.empty(), LatencyHistogram::plus);
    return new ServiceRow(
        monitor,
        badge,
        last(monitor, now),
        Uptime.ratio(minutes, Resolution.MINUTE, DAY, now),
        Uptime.ratio(hours, Resolution.HOUR, Duration.ofDays(7), now),
        Uptime.ratio(hours, Resolution.HOUR, MONTH, now),
        Uptime.daily(hours, now, BAR_DAYS),
        latency.percentile(0.95),
        SloMath.evaluate(objective(), buckets(hours, now), maintenance, now));
  }

  private Optional<ProbeSample> last(String monitor, Instant now) {
    List<ProbeSample> recent = probes.results(monitor, now.minus(LAST_PROBE), now.plusMillis(1));
    return recent.isEmpty() ? Optional.empty() : Optional.of(recent.getLast());
  }

  /** The hourly buckets inside the SLO's window. */
  private List<Bucket> buckets(List<Rollup> hours, Instant now) {
    Instant from = Resolution.HOUR.bucketOf(now.minus(objective().window()));
    return hours.stream()
        .filter(r -> !r.bucket().isBefore(from))
        .map(r -> new Bucket(r.bucket(), Resolution.HOUR.length(), r.probes(), r.failures()))
        .toList();
  }
}
