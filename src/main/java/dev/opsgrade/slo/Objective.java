package dev.opsgrade.slo;

import java.time.Duration;

/** A service level objective: {@code target} a ratio (0.999 for 99.9 %) over {@code window}. */
public record Objective(double target, Duration window) {
  public Objective {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException(
          "an SLO target is a ratio strictly between 0 and 1, not " + target);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("an SLO window must be positive, not " + window);
    }
  }

  /** From the inventory's percentage (99.9). */
  public static Objective ofPercent(double percent, Duration window) {
    return new Objective(percent / 100, window);
  }

  double budget() {
    return 1 - target;
  }
}
