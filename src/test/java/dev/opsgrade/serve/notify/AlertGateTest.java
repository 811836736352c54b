package dev.opsgrade.serve.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertGateTest {
  private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

  /** Feeds "x" (fail) and "." (ok) one second apart; returns what was told, in order. */
  private static List<String> run(AlertGate gate, String probes, boolean silenced) {
    List<String> told = new ArrayList<>();
    for (int i = 0; i < probes.length(); i++) {
      Optional<Alert.State> state =
          gate.observe(probes.charAt(i) == '.', T0.plusSeconds(i), silenced);
      state.ifPresent(s -> told.add(s.name()));
    }
    return told;
  }

  @Test
  void firesOnlyAfterTheThresholdOfFailuresInARow() {
    AlertGate gate = new AlertGate(3, 2);
    assertThat(run(gate, "xx.xx.xx.", false)).isEmpty();
    assertThat(run(gate, "xxx", false)).containsExactly("FIRING");
    assertThat(gate.downSince()).contains(T0);
  }

  @Test
  void recoversOnlyAfterTheThresholdOfSuccessesAndNeverFlaps() {
    AlertGate gate = new AlertGate(2, 3);
    assertThat(run(gate, "xx.x.x..x...x...", false)).containsExactly("FIRING", "RESOLVED");
  }

  @Test
  void neverARecoveryWithoutAFailure() {
    AlertGate gate = new AlertGate(1, 1);
    assertThat(run(gate, "........", false)).isEmpty();
    assertThat(gate.told()).isFalse();
  }

  @Test
  void maintenanceSilencesAndAMonitorStillDownAfterwardsIsToldThen() {
    AlertGate gate = new AlertGate(2, 2);
    assertThat(run(gate, "xxxx", true)).as("silenced").isEmpty();
    assertThat(gate.down()).isTrue();
    assertThat(run(gate, "x", false)).containsExactly("FIRING");
    AlertGate quiet = new AlertGate(2, 2);
    assertThat(run(quiet, "xxxx..", true)).as("down and up inside maintenance: nothing").isEmpty();
    assertThat(run(quiet, "..", false)).isEmpty();
  }
}
