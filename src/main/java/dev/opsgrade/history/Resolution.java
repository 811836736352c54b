package dev.opsgrade.history;

import java.time.Duration;
import java.time.Instant;

/** The rollup periods, with the code stored in probe_rollup.resolution. */
public enum Resolution {
  MINUTE("m", Duration.ofMinutes(1)),
  HOUR("h", Duration.ofHours(1)),
  DAY("d", Duration.ofDays(1));

  private final String code;
  private final Duration length;

  Resolution(String code, Duration length) {
    this.code = code;
    this.length = length;
  }

  String code() {
    return code;
  }

  public Duration length() {
    return length;
  }

  /** The start of the bucket holding {@code at} (UTC-aligned). */
  public long bucketOf(long epochMillis) {
    return Math.floorDiv(epochMillis, length.toMillis()) * length.toMillis();
  }

  public Instant bucketOf(Instant at) {
    return Instant.ofEpochMilli(bucketOf(at.toEpochMilli()));
  }

  /** The finest resolution a window is answered from: minutes up to a day, hours up to 30 days. */
  public static Resolution forWindow(Duration window) {
    if (window.compareTo(Duration.ofDays(1)) <= 0) {
      return MINUTE;
    }
    return window.compareTo(Duration.ofDays(30)) <= 0 ? HOUR : DAY;
  }
}
