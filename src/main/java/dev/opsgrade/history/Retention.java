package dev.opsgrade.history;

import java.time.Duration;

/**
 * How long each kind of probe row is kept. Minute rollups must cover the 24 h window, hour rollups
 * the 30 d one and day rollups the 365 d one, so shorter settings are refused.
 */
public record Retention(Duration raw, Duration minutes, Duration hours, Duration days) {
  public static final Retention DEFAULT =
      new Retention(
          Duration.ofDays(2), Duration.ofDays(2), Duration.ofDays(31), Duration.ofDays(400));

  public Retention {
    require("raw", raw, Duration.ofMinutes(1));
    require("minute rollups", minutes, Duration.ofDays(1));
    require("hour rollups", hours, Duration.ofDays(30));
    require("day rollups", days, Duration.ofDays(365));
  }

  public static Retention withRaw(Duration raw) {
    return new Retention(raw, DEFAULT.minutes, DEFAULT.hours, DEFAULT.days);
  }

  Duration of(Resolution resolution) {
    return switch (resolution) {
      case MINUTE -> minutes;
      case HOUR -> hours;
      case DAY -> days;
    };
  }

  private static void require(String what, Duration kept, Duration least) {
    if (kept.compareTo(least) < 0) {
      throw new IllegalArgumentException(
          "probe history: " + what + " must be kept at least " + least + ", not " + kept);
    }
  }
}
