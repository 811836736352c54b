package dev.opsgrade.slo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class SloMathTest {
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private static final Objective THREE_NINES = Objective.ofPercent(99.9, Duration.ofDays(30));

  /** One bucket a minute for {@code minutes} before now, 1000 probes each. */
  private static List<Bucket> minutes(int minutes, IntPredicate failingMinuteAgo, long failures) {
    List<Bucket> buckets = new ArrayList<>();
    for (int ago = minutes; ago >= 1; ago--) {
      buckets.add(
          new Bucket(
              NOW.minus(Duration.ofMinutes(ago)),
              Duration.ofMinutes(1),
              1000,
              failingMinuteAgo.test(ago) ? failures : 0));
    }
    return buckets;
  }

  @Test
  void availabilityAndBudgetOverTheWindow() {
    // 30 days of minutes, 43 failing minutes at 1000 of 1000: 43,000 of 43,200,000 probes.
    List<Bucket> buckets = minutes(30 * 24 * 60, ago -> ago % 1000 == 500, 1000);
    SloStatus status = SloMath.evaluate(THREE_NINES, buckets, List.of(), NOW);
    assertThat(status.availability().orElseThrow()).isCloseTo(1 - 43.0 / 43_200, within(1e-12));
    assertThat(status.budgetLeft()).isCloseTo(1 - (43.0 / 43_200) / 0.001, within(1e-9));
    assertThat(status.firing()).isEmpty();
  }

  @Test
  void anOutageOfTheLastHourFiresTheFastAlertAndItStopsWhenItEnds() {
    List<Bucket> outage = minutes(24 * 60, ago -> ago <= 60, 20); // 2 % errors = 20x burn
    SloStatus burning = SloMath.evaluate(THREE_NINES, outage, List.of(), NOW);
    assertThat(burning.longBurn().get(BurnAlert.FAST)).isCloseTo(20, within(1e-9));
    assertThat(burning.longBurn().get(BurnAlert.SLOW))
        .as("one bad hour in six")
        .isCloseTo(20.0 / 6, within(1e-9));
    assertThat(burning.firing()).containsExactly(BurnAlert.FAST);

    List<Bucket> recovered = minutes(24 * 60, ago -> ago > 10 && ago <= 60, 20);
    assertThat(SloMath.evaluate(THREE_NINES, recovered, List.of(), NOW).firing())
        .as("the 5 minute window is clean again")
        .doesNotContain(BurnAlert.FAST);
  }

  @Test
  void aSlowBurnFiresOnlyTheSlowAlert() {
    List<Bucket> buckets = minutes(24 * 60, ago -> ago <= 6 * 60, 8); // 8x burn
    SloStatus status = SloMath.evaluate(THREE_NINES, buckets, List.of(), NOW);
    assertThat(status.firing()).containsExactly(BurnAlert.SLOW);
  }

  @Test
  void maintenanceIsExcludedFromAvailabilityAndSilencesAlerts() {
    List<Bucket> buckets = minutes(24 * 60, ago -> ago <= 60, 1000);
    MaintenanceWindow upgrade =
        new MaintenanceWindow(NOW.minus(Duration.ofMinutes(60)), NOW.plusSeconds(60), "upgrade");
    SloStatus status = SloMath.evaluate(THREE_NINES, buckets, List.of(upgrade), NOW);
    assertThat(status.availability()).contains(1.0);
    assertThat(status.budgetLeft()).isEqualTo(1.0);
    assertThat(status.silenced()).isTrue();
    assertThat(status.firing()).isEmpty();

    MaintenanceWindow past =
        new MaintenanceWindow(
            NOW.minus(Duration.ofMinutes(60)), NOW.minus(Duration.ofMinutes(30)), "first half");
    SloStatus after = SloMath.evaluate(THREE_NINES, buckets, List.of(past), NOW);
    assertThat(after.silenced()).isFalse();
    assertThat(after.firing()).contains(BurnAlert.FAST);
  }

  @Test
  void noProbesMeansUnknownAvailabilityAndAnUntouchedBudget() {
    SloStatus status = SloMath.evaluate(THREE_NINES, List.of(), List.of(), NOW);
    assertThat(status.availability()).isEmpty();
    assertThat(status.budgetLeft()).isEqualTo(1.0);
    assertThat(status.firing()).isEmpty();
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> Objective.ofPercent(100, Duration.ofDays(30)))
        .hasMessageContaining("strictly between 0 and 1");
    assertThatThrownBy(() -> new Bucket(NOW, Duration.ofMinutes(1), 1, 2))
        .hasMessageContaining("failures <= probes");
  }
}
