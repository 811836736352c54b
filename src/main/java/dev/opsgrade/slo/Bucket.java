package dev.opsgrade.slo;

import java.time.Duration;
import java.time.Instant;

/** Probes counted in [start, start + length): the unit SLO math works on (a minute rollup). */
public record Bucket(Instant start, Duration length, long probes, long failures) {
  public Bucket {
    if (probes < 0 || failures < 0 || failures > probes) {
      throw new IllegalArgumentException(
          "a bucket needs 0 <= failures <= probes, not " + failures + " of " + probes);
    }
  }

  Instant end() {
    return start.plus(length);
  }
}
