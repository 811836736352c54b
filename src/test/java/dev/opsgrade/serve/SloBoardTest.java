package dev.opsgrade.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.ProbeSample;
import dev.opsgrade.slo.BurnAlert;
import dev.opsgrade.slo.MaintenanceWindow;
import dev.opsgrade.slo.Objective;
import dev.opsgrade.slo.SloStatus;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SLOs from recorded probes: the summed fast path agrees with the per-bucket one. */
class SloBoardTest {
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:17Z");
  private static final Objective OBJECTIVE = Objective.ofPercent(99.9, Duration.ofDays(30));

  @TempDir Path dir;

  private static Monitor monitor(String name) {
    return new Monitor(name, "shop", URI.create("http://127.0.0.1/" + name), List.of(200));
  }

  /** Every 10 s for 3 days; "web" fails for the last 12 minutes, "api" never. */
  private static List<ProbeSample> history() {
    List<ProbeSample> samples = new ArrayList<>();
    for (Instant at = NOW.minus(Duration.ofDays(3)); at.isBefore(NOW); at = at.plusSeconds(10)) {
      boolean webFails = at.isAfter(NOW.minus(Duration.ofMinutes(12)));
      samples.add(
          new ProbeSample("web", at, !webFails, webFails ? 5 : 2, 5, webFails ? "503" : ""));
      samples.add(new ProbeSample("api", at, true, 2, 5, ""));
    }
    return samples;
  }

  @Test
  void aBurningRouteFiresItsGroupCountsItAndBothPathsAgree() {
    try (HistoryStore history = HistoryStore.open("jdbc:sqlite:" + dir.resolve("h.db"))) {
      history.probes().record(history());
      SloBoard board =
          new SloBoard(history.probes(), OBJECTIVE, List.of(monitor("web"), monitor("api")));

      List<SloBoard.Report> fast = board.evaluate(NOW, List.of());
      assertThat(fast).extracting(SloBoard.Report::name).containsExactly("web", "api", "shop");
      SloStatus web = fast.get(0).status();
      assertThat(web.firing()).containsExactlyInAnyOrder(BurnAlert.FAST, BurnAlert.SLOW);
      assertThat(web.availability().orElseThrow())
          .isCloseTo(1 - 71.0 / (3 * 8640), within(1e-9)); // from 11:48:27, every 10 s
      assertThat(web.budgetLeft()).isLessThan(0);
      assertThat(fast.get(1).status().firing()).isEmpty();
      assertThat(fast.get(2).group()).isTrue();
      assertThat(fast.get(2).status().firing()).contains(BurnAlert.FAST);

      // A window applying to both monitors but lying in the future takes the per-bucket path
      // and cuts nothing out: the results must be the same.
      MaintenanceWindow future =
          new MaintenanceWindow(NOW.plusSeconds(3600), NOW.plusSeconds(7200), "later");
      List<SloBoard.Report> slow = board.evaluate(NOW, List.of(future));
      for (int i = 0; i < fast.size(); i++) {
        SloStatus a = fast.get(i).status();
        SloStatus b = slow.get(i).status();
        assertThat(b.availability()).isEqualTo(a.availability());
        assertThat(b.budgetLeft()).isCloseTo(a.budgetLeft(), within(1e-9));
        assertThat(b.firing()).isEqualTo(a.firing());
        for (BurnAlert alert : BurnAlert.values()) {
          assertThat(b.longBurn().get(alert)).isCloseTo(a.longBurn().get(alert), within(1e-9));
          assertThat(b.shortBurn().get(alert)).isCloseTo(a.shortBurn().get(alert), within(1e-9));
        }
      }
    }
  }

  @Test
  void maintenanceOverTheFailuresLeavesThemOutAndSilences() {
    try (HistoryStore history = HistoryStore.open("jdbc:sqlite:" + dir.resolve("h.db"))) {
      history.probes().record(history());
      SloBoard board =
          new SloBoard(history.probes(), OBJECTIVE, List.of(monitor("web"), monitor("api")));
      MaintenanceWindow upgrade =
          new MaintenanceWindow(
              NOW.minus(Duration.ofMinutes(15)), NOW.plusSeconds(60), "upgrade", Set.of("web"));
      List<SloBoard.Report> reports = board.evaluate(NOW, List.of(upgrade));
      SloStatus web = reports.get(0).status();
      assertThat(web.availability()).contains(1.0);
      assertThat(web.firing()).isEmpty();
      assertThat(web.silenced()).isTrue();
      assertThat(reports.get(1).status().silenced()).as("api is not under maintenance").isFalse();
    }
  }
}
