package dev.opsgrade.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Probe history, its rollups and availability: the same from SQLite and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
@ExtendWith(TestDatabases.class)
class ProbeStoreTest {
  private static final Instant DAY0 = Instant.parse("2026-11-01T00:00:00Z");

  @Parameter Dialect dialect;
  @TempDir Path tempDir;
  private TestDatabases.Target target;

  @BeforeEach
  void database(TestDatabases.Factory databases) throws Exception {
    target = databases.create(dialect, tempDir);
  }

  @Test
  void samplesComeBackAndAddUpInEveryRollup() {
    List<ProbeSample> samples = new ArrayList<>();
    for (int i = 0; i < 120; i++) { // two minutes at 1 s, every 10th failing
      boolean ok = i % 10 != 0;
      samples.add(
          new ProbeSample(
              "web", DAY0.plusSeconds(i), ok, ok ? 2 : 5, i % 2 == 0 ? 7.5 : 300, ok ? "" : "503"));
    }
    try (HistoryStore history = target.open()) {
      ProbeStore store = history.probes();
      store.record(samples.subList(0, 70));
      store.record(samples.subList(60, 120)); // overlap: stored once, counted once

      assertThat(store.results("web", DAY0, DAY0.plusSeconds(3600))).isEqualTo(samples);
      List<Rollup> minutes = store.rollups("web", Resolution.MINUTE, DAY0, DAY0.plusSeconds(3600));
      assertThat(minutes).extracting(Rollup::probes).containsExactly(60L, 60L);
      assertThat(minutes).extracting(Rollup::failures).containsExactly(6L, 6L);
      Rollup hour = store.rollups("web", Resolution.HOUR, DAY0, DAY0.plusSeconds(3600)).getFirst();
      Rollup day = store.rollups("web", Resolution.DAY, DAY0, DAY0.plus(Duration.ofDays(1))).get(0);
      LatencyHistogram summed = minutes.get(0).latency().plus(minutes.get(1).latency());
      assertThat(hour.latency()).isEqualTo(summed).isEqualTo(day.latency());
      assertThat(hour.probes()).isEqualTo(120);
      assertThat(hour.latencySumMillis()).isCloseTo(60 * 7.5 + 60 * 300, within(1e-9));
      assertThat(hour.latency().percentile(0.5)).contains(10.0);
      assertThat(hour.latency().percentile(0.51)).contains(500.0);
      assertThat(store.monitors()).containsExactly("web");
    }
  }

  @Test
  void availabilityOfEachWindowComesFromRollupsAndUnprobedTimeIsUnknown() {
    Instant end = DAY0.plus(Duration.ofDays(400));
    List<ProbeSample> samples = new ArrayList<>();
    // One probe an hour for the last 400 days; the last 10 days fail 1 in 4.
    for (int h = 1; h <= 400 * 24; h++) {
      Instant at = end.minus(Duration.ofHours(h)).plusSeconds(30);
      boolean ok = h > 240 || h % 4 != 0;
      samples.add(new ProbeSample("api", at, ok, ok ? 2 : 0, 20, ok ? "" : "timeout"));
    }
    try (HistoryStore history = target.open()) {
      ProbeStore store = history.probes();
      store.record(samples);
      for (int m = 1; m <= 120; m++) { // the scheduler ran during the last 2 hours only
        store.heartbeat(end.minus(Duration.ofMinutes(m)));
      }

      Availability day = store.availability("api", Duration.ofDays(1), end);
      assertThat(day.probes()).isEqualTo(24);
      assertThat(day.failures()).isEqualTo(6);
      assertThat(day.ratio()).contains(0.75);
      assertThat(day.observed()).isEqualTo(Duration.ofHours(2));
      assertThat(day.unknown()).isEqualTo(Duration.ofHours(22));

      Availability month = store.availability("api", Duration.ofDays(30), end);
      assertThat(month.observed()).isEqualTo(Duration.ofHours(2));
      assertThat(month.probes()).isEqualTo(720);
      assertThat(month.failures()).isEqualTo(60);

      Availability year = store.availability("api", Duration.ofDays(365), end);
      assertThat(year.probes()).isEqualTo(365 * 24);
      assertThat(year.failures()).isEqualTo(60);
      assertThat(year.ratio().orElseThrow()).isCloseTo(1 - 60.0 / (365 * 24), within(1e-12));
      assertThat(year.latency().percentile(0.99)).contains(25.0);

      assertThat(store.availability("nothing", Duration.ofDays(7), end).ratio()).isEmpty();
      assertThat(store.availability(List.of("api", "nothing"), Duration.ofDays(365), end))
          .containsEntry("api", year)
          .hasEntrySatisfying("nothing", a -> assertThat(a.probes()).isZero());
    }
  }

  @Test
  void pruningDropsRawResultsPastTheirWindowButKeepsTheRollups() {
    Instant now = DAY0.plus(Duration.ofDays(3));
    try (HistoryStore history = target.open()) {
      ProbeStore store = history.probes();
      store.record(
          List.of(
              new ProbeSample("web", DAY0, true, 2, 5, ""),
              new ProbeSample("web", now.minusSeconds(60), false, 0, 5, "refused")));
      store.heartbeat(DAY0);

      int deleted = store.prune(now, Retention.withRaw(Duration.ofDays(1)));

      assertThat(store.results("web", DAY0, now))
          .extracting(ProbeSample::detail)
          .containsExactly("refused");
      assertThat(deleted)
          .as("the raw row, its minute rollup and the heartbeat minute, past 2 days")
          .isEqualTo(3);
      Availability week = store.availability("web", Duration.ofDays(7), now);
      assertThat(week.probes()).isEqualTo(2);
      assertThat(week.failures()).isEqualTo(1);
      assertThat(week.observed()).as("kept in the hour sums").isEqualTo(Duration.ofMinutes(1));
    }
  }

  @Test
  void unknownSamplesAreKeptButNotCountedAndTheirMinutesAreNotObserved() {
    Instant end = DAY0.plus(Duration.ofHours(1));
    try (HistoryStore history = target.open()) {
      ProbeStore store = history.probes();
      for (int m = 1; m <= 10; m++) {
        store.heartbeat(end.minus(Duration.ofMinutes(m)));
      }
      Instant blindMinute = end.minus(Duration.ofMinutes(3));
      store.record(
          List.of(
              new ProbeSample("web", end.minus(Duration.ofMinutes(5)), true, 2, 4, ""),
              new ProbeSample("web", blindMinute, false, 0, 1, "network unreachable").asUnknown(),
              new ProbeSample("db", blindMinute.plusSeconds(1), false, 0, 1, "unreachable")
                  .asUnknown(),
              new ProbeSample("web", end.minus(Duration.ofMinutes(1)), false, 5, 9, "503")));

      Availability web = store.availability("web", Duration.ofDays(1), end);
      assertThat(web.probes()).isEqualTo(2);
      assertThat(web.failures()).isEqualTo(1);
      assertThat(web.observed()).isEqualTo(Duration.ofMinutes(9));
      assertThat(store.availability("web", Duration.ofDays(7), end).observed())
          .as("the blind minute is left out of the hour sums too")
          .isEqualTo(Duration.ofMinutes(9));
      assertThat(store.results("web", DAY0, end))
          .extracting(ProbeSample::unknown)
          .containsExactly(false, true, false);
      assertThat(store.availability("db", Duration.ofDays(1), end).ratio()).isEmpty();
    }
  }

  @Test
  void maintenanceDeclaredAtRunTimeIsKept() {
    try (HistoryStore history = target.open()) {
      ProbeStore store = history.probes();
      store.addMaintenance(
          new dev.opsgrade.slo.MaintenanceWindow(
              DAY0, DAY0.plusSeconds(3600), "db upgrade", java.util.Set.of("db", "api")));
      store.addMaintenance(
          new dev.opsgrade.slo.MaintenanceWindow(DAY0.minusSeconds(7200), DAY0, "old"));
      assertThat(store.maintenance(DAY0))
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.reason()).isEqualTo("db upgrade");
                assertThat(w.scope()).containsExactlyInAnyOrder("db", "api");
                assertThat(w.appliesTo("api", "x")).isTrue();
                assertThat(w.appliesTo("web", "x")).isFalse();
              });
      assertThat(store.maintenance(Instant.EPOCH)).hasSize(2);
    }
  }
}
