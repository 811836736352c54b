package dev.opsgrade.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Availability, error budget and burn rates from counted buckets: pure, the clock is passed in. */
public final class SloMath {
  private SloMath() {}

  public static SloStatus evaluate(
      Objective objective, List<Bucket> buckets, List<MaintenanceWindow> maintenance, Instant now) {
    List<Bucket> counted =
        buckets.stream().filter(b -> maintenance.stream().noneMatch(m -> m.overlaps(b))).toList();
    Totals window = totals(counted, objective.window(), now);
    Optional<Double> availability = window.ratio().map(errors -> 1 - errors);
    double budgetLeft = 1 - window.ratio().orElse(0.0) / objective.budget();
    Map<BurnAlert, Double> longBurn = new EnumMap<>(BurnAlert.class);
    Map<BurnAlert, Double> shortBurn = new EnumMap<>(BurnAlert.class);
    Set<BurnAlert> firing = EnumSet.noneOf(BurnAlert.class);
    boolean silenced = maintenance.stream().anyMatch(m -> m.covers(now));
    for (BurnAlert alert : BurnAlert.values()) {
      double slow = burnRate(objective, counted, alert.longWindow(), now);
      double fast = burnRate(objective, counted, alert.shortWindow(), now);
      longBurn.put(alert, slow);
      shortBurn.put(alert, fast);
      if (!silenced && slow >= alert.threshold() && fast >= alert.threshold()) {
        firing.add(alert);
      }
    }
    return new SloStatus(
        objective, availability, budgetLeft, longBurn, shortBurn, firing, silenced);
  }

  /** How many times faster than allowed the budget burned over {@code window} before now. */
  public static double burnRate(
      Objective objective, List<Bucket> buckets, Duration window, Instant now) {
    return totals(buckets, window, now).ratio().orElse(0.0) / objective.budget();
  }

  private static Totals totals(List<Bucket> buckets, Duration window, Instant now) {
    Instant from = now.minus(window);
    long probes = 0;
    long failures = 0;
    for (Bucket bucket : buckets) {
      if (!bucket.start().isBefore(from) && bucket.start().isBefore(now)) {
        probes += bucket.probes();
        failures += bucket.failures();
      }
    }
    return new Totals(probes, failures);
  }

  /** Error ratio of a window; empty when nothing was probed in it. */
  private record Totals(long probes, long failures) {
    Optional<Double> ratio() {
      return probes == 0 ? Optional.empty() : Optional.of(failures / (double) probes);
    }
  }
}
