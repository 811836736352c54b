package dev.opsgrade.serve.notify;

import java.time.Instant;
import java.util.Optional;

/**
 * The up/down state of one monitor as notifications tell it: down after {@code failuresToAlert}
 * failures in a row, up again after {@code successesToRecover} successes in a row. A recovery is
 * only told after a failure was told; while silenced (maintenance) nothing is told, and a monitor
 * still down when the silence ends is told then. Not thread-safe: one monitor's probes come in
 * order from its own loop.
 */
public final class AlertGate {
  private final int failuresToAlert;
  private final int successesToRecover;
  private int failures;
  private int successes;
  private boolean down;
  private boolean told;
  private Instant failingSince;
  private Instant downSince;

  public AlertGate(int failuresToAlert, int successesToRecover) {
    if (failuresToAlert < 1 || successesToRecover < 1) {
      throw new IllegalArgumentException(
          "alert thresholds are at least 1, not " + failuresToAlert + "/" + successesToRecover);
    }
    this.failuresToAlert = failuresToAlert;
    this.successesToRecover = successesToRecover;
  }

  /** What to tell, if anything, after a probe: FIRING or RESOLVED. */
  public Optional<Alert.State> observe(boolean ok, Instant at, boolean silenced) {
    if (ok) {
      failures = 0;
      successes++;
      if (down && successes >= successesToRecover) {
        down = false;
        boolean wasTold = told;
        told = false;
        return wasTold ? Optional.of(Alert.State.RESOLVED) : Optional.empty();
      }
      return Optional.empty();
    }
    successes = 0;
    if (failures++ == 0) {
      failingSince = at;
    }
    if (!down && failures >= failuresToAlert) {
      down = true;
      downSince = failingSince;
    }
    if (down && !told && !silenced) {
      told = true;
      return Optional.of(Alert.State.FIRING);
    }
    return Optional.empty();
  }

  public boolean down() {
    return down;
  }

  /** Whether a FIRING was told and not yet resolved. */
  public boolean told() {
    return told;
  }

  /** When the failures that made it down began. */
  public Optional<Instant> downSince() {
    return down ? Optional.of(downSince) : Optional.empty();
  }
}
