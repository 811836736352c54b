package dev.opsgrade.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.ProbeSample;
import dev.opsgrade.history.ProbeStore;
import dev.opsgrade.history.Resolution;
import dev.opsgrade.history.Rollup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix's uptime from rollups read once agrees with the history's own availability. */
class UptimeTest {
  @TempDir Path dir;

  @Test
  void ratiosFromOneReadMatchTheStoresAvailability() {
    Instant now = Instant.parse("2026-12-07T06:17:31Z");
    try (HistoryStore store = HistoryStore.openDefault(dir)) {
      ProbeStore probes = store.probes();
      List<ProbeSample> samples = new ArrayList<>();
      Instant start = now.minus(Duration.ofDays(40));
      int i = 0;
      for (Instant at = start; at.isBefore(now); at = at.plus(Duration.ofMinutes(20)), i++) {
        boolean ok = i % 9 != 0 && !(at.isAfter(now.minus(Duration.ofDays(3))) && i % 2 == 0);
        samples.add(new ProbeSample("m", at, ok, ok ? 2 : 0, 10, ""));
      }
      probes.record(samples);
      List<Rollup> hours =
          probes.rollups("m", Resolution.HOUR, now.minus(Duration.ofDays(31)), now.plusMillis(1));
      List<Rollup> minutes =
          probes.rollups("m", Resolution.MINUTE, now.minus(Duration.ofDays(2)), now.plusMillis(1));

      for (Duration window : List.of(Duration.ofDays(7), Duration.ofDays(30))) {
        assertThat(Uptime.ratio(hours, Resolution.HOUR, window, now))
            .as(window.toString())
            .isEqualTo(probes.availability("m", window, now).ratio());
      }
      assertThat(Uptime.ratio(minutes, Resolution.MINUTE, Duration.ofDays(1), now))
          .isEqualTo(probes.availability("m", Duration.ofDays(1), now).ratio());

      List<Optional<Double>> days = Uptime.daily(hours, now, 30);
      List<Rollup> dayRollups =
          probes.rollups(
              "m", Resolution.DAY, Resolution.DAY.bucketOf(now).minus(Duration.ofDays(29)), now);
      assertThat(days).hasSize(30);
      for (int d = 0; d < 30; d++) {
        Rollup day = dayRollups.get(d);
        assertThat(days.get(d)).contains((day.probes() - day.failures()) / (double) day.probes());
      }
    }
  }
}
