package dev.opsgrade.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.slo.MaintenanceWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rows are read once per period, and afresh as soon as the maintenance windows change. */
class RowCacheTest {
  @Test
  void readsOncePerPeriodAndAgainWhenMaintenanceChanges() {
    SessionsTest.HandClock clock = new SessionsTest.HandClock();
    RowCache cache = new RowCache(clock, Duration.ofSeconds(15));
    AtomicInteger reads = new AtomicInteger();
    List<MaintenanceWindow> none = List.of();

    cache.rows(none, () -> List.of(row(reads)));
    clock.now = clock.now.plusSeconds(14);
    cache.rows(none, () -> List.of(row(reads)));
    assertThat(reads).hasValue(1);

    clock.now = clock.now.plusSeconds(1);
    cache.rows(none, () -> List.of(row(reads)));
    assertThat(reads).hasValue(2);

    MaintenanceWindow window =
        new MaintenanceWindow(clock.now, clock.now.plusSeconds(60), "upgrade");
    List<ServiceRow> rows = cache.rows(List.of(window), () -> List.of(row(reads)));
    assertThat(reads).hasValue(3);
    assertThat(rows).extracting(ServiceRow::name).containsExactly("m3");
  }

  private static ServiceRow row(AtomicInteger reads) {
    int n = reads.incrementAndGet();
    return new ServiceRow(
        "m" + n,
        false,
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        List.of(),
        java.util.Optional.empty(),
        dev.opsgrade.slo.SloMath.evaluate(
            dev.opsgrade.slo.Objective.ofPercent(99.9, Duration.ofDays(30)),
            List.of(),
            List.of(),
            Instant.EPOCH.plusSeconds(86400 * 40)));
  }
}
