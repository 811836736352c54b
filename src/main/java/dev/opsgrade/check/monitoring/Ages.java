package dev.opsgrade.check.monitoring;

import java.time.Duration;

/** Durations as people read them: "12 s", "3 min 12 s", "3 h 12 min", "2 d 4 h". */
public final class Ages {
  private Ages() {}

  public static String describe(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return two(seconds / 60, "min", seconds % 60, "s");
    }
    if (seconds < 86400) {
      return two(seconds / 3600, "h", seconds % 3600 / 60, "min");
    }
    return two(seconds / 86400, "d", seconds % 86400 / 3600, "h");
  }

  private static String two(long big, String bigUnit, long small, String smallUnit) {
    return big + " " + bigUnit + (small == 0 ? "" : " " + small + " " + smallUnit);
  }
}
