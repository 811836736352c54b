package dev.opsgrade.serve.web;

import dev.opsgrade.history.Resolution;
import dev.opsgrade.history.Rollup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Uptime ratios from rollups already read: successful probes over all probes, empty if none. */
final class Uptime {
  private Uptime() {}

  /** Over {@code window} before {@code now}, widened to whole buckets at its start. */
  static Optional<Double> ratio(
      List<Rollup> rollups, Resolution resolution, Duration window, Instant now) {
    Instant from = resolution.bucketOf(now.minus(window));
    long probes = 0;
    long failures = 0;
    for (Rollup rollup : rollups) {
      if (!rollup.bucket().isBefore(from) && !rollup.bucket().isAfter(now)) {
        probes += rollup.probes();
        failures += rollup.failures();
      }
    }
    return probes == 0 ? Optional.empty() : Optional.of((probes - failures) / (double) probes);
  }

  /** One ratio per UTC day from hourly rollups, oldest first, the last being today. */
  static List<Optional<Double>> daily(List<Rollup> hours, Instant now, int days) {
    Instant today = Resolution.DAY.bucketOf(now);
    long[] probes = new long[days];
    long[] failures = new long[days];
    Instant first = today.minus(Duration.ofDays(days - 1));
    for (Rollup hour : hours) {
      long day = Duration.between(first, Resolution.DAY.bucketOf(hour.bucket())).toDays();
      if (day >= 0 && day < days) {
        probes[(int) day] += hour.probes();
        failures[(int) day] += hour.failures();
      }
    }
    List<Optional<Double>> ratios = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      ratios.add(
          probes[i] == 0
              ? Optional.empty()
              : Optional.of((probes[i] - failures[i]) / (double) probes[i]));
    }
    return ratios;
  }
}
