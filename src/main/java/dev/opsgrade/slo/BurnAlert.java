package dev.opsgrade.slo;

import java.time.Duration;

/**
 * The multi-window burn-rate alerts of the Google SRE workbook (chapter 5, "Alerting on SLOs"): an
 * alert fires when the budget burns at least {@code threshold} times too fast over both its long
 * window and its short one, so it fires fast and stops soon after the burning stops.
 */
public enum BurnAlert {
  /** 2 % of a 30-day budget in one hour: page. */
  FAST(14.4, Duration.ofHours(1), Duration.ofMinutes(5)),
  /** 5 % of a 30-day budget in six hours: ticket. */
  SLOW(6, Duration.ofHours(6), Duration.ofMinutes(30));

  private final double threshold;
  private final Duration longWindow;
  private final Duration shortWindow;

  BurnAlert(double threshold, Duration longWindow, Duration shortWindow) {
    this.threshold = threshold;
    this.longWindow = longWindow;
    this.shortWindow = shortWindow;
  }

  public double threshold() {
    return threshold;
  }

  public Duration longWindow() {
    return longWindow;
  }

  public Duration shortWindow() {
    return shortWindow;
  }
}
