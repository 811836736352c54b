package dev.opsgrade.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.serve.notify.Alert;
import dev.opsgrade.serve.notify.NotificationQueue;
import dev.opsgrade.serve.notify.Notifier;
import dev.opsgrade.slo.MaintenanceWindow;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StatusBoardTest {
  private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
  private static final List<Monitor> MONITORS = List.of(monitor("a"), monitor("b"), monitor("c"));

  private final BlockingQueue<Alert> sent = new LinkedBlockingQueue<>();
  private final Notifier recorder =
      new Notifier() {
        @Override
        public String describe() {
          return "recorder";
        }

        @Override
        public void send(Alert alert, String message) {
          sent.add(alert);
        }
      };

  private static Monitor monitor(String name) {
    return new Monitor(name, "g", URI.create("http://127.0.0.1/" + name), List.of(200));
  }

  private static Probed failed(Monitor monitor, int second, String kind) {
    return new Probed(
        monitor, T0.plusSeconds(second), ProbeResult.noAnswer(Duration.ofMillis(2), kind, kind));
  }

  @Test
  void whenEveryMonitorFailsWithTheSameLocalNetworkErrorNothingIsTold() throws Exception {
    try (NotificationQueue queue =
        new NotificationQueue(List.of(recorder), "{route}", Duration.ZERO, d -> {})) {
      StatusBoard board = new StatusBoard(MONITORS, 2, 2, queue, List::of);
      for (int round = 0; round < 5; round++) {
        for (Monitor monitor : MONITORS) {
          board.accept(failed(monitor, round * 10, "network_unreachable"));
        }
      }
      // the first round counted (not every monitor had failed yet); then opsgrade was blind
      assertThat(sent.poll(1, TimeUnit.SECONDS)).isNull();
      for (int round = 5; round < 7; round++) {
        board.accept(failed(MONITORS.get(0), round * 10, "timeout"));
      }
      Alert told = sent.poll(60, TimeUnit.SECONDS);
      assertThat(told).isNotNull();
      assertThat(told.subject()).isEqualTo("a");
      assertThat(told.cause()).isEqualTo("timeout");
      assertThat(sent.poll(1, TimeUnit.SECONDS)).isNull();
    }
  }

  @Test
  void maintenanceOfAGroupShowsAndSilences() throws Exception {
    try (NotificationQueue queue =
        new NotificationQueue(List.of(recorder), "{route}", Duration.ZERO, d -> {})) {
      MaintenanceWindow window =
          new MaintenanceWindow(T0, T0.plusSeconds(3600), "upgrade", java.util.Set.of("g"));
      StatusBoard board = new StatusBoard(MONITORS, 1, 1, queue, () -> List.of(window));
      board.accept(failed(MONITORS.get(1), 5, "timeout"));
      assertThat(board.statuses(T0.plusSeconds(6)))
          .extracting(MonitorStatus::state)
          .containsOnly("maintenance");
      assertThat(board.statuses(T0.plusSeconds(7200)).get(1).state()).isEqualTo("down");
      assertThat(sent.poll(1, TimeUnit.SECONDS)).isNull();
    }
  }
}
