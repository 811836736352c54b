package dev.opsgrade.history;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Latencies counted in fixed buckets, so that histograms of minutes add up to the histogram of an
 * hour and percentiles of any period are read from the sum. A percentile is the upper bound of the
 * bucket it falls in: never lower than the true value.
 */
public final class LatencyHistogram {
  /** Upper bounds in milliseconds; the last bucket is unbounded. Columns le_10 .. le_inf. */
  public static final List<Double> BOUNDS_MILLIS =
      List.of(10.0, 25.0, 50.0, 100.0, 250.0, 500.0, 1000.0, 2500.0, 5000.0, 10000.0);

  static final List<String> COLUMNS =
      List.of(
          "le_10",
          "le_25",
          "le_50",
          "le_100",
          "le_250",
          "le_500",
          "le_1000",
          "le_2500",
          "le_5000",
          "le_10000",
          "le_inf");

  private final long[] counts;

  private LatencyHistogram(long[] counts) {
    this.counts = counts;
  }

  public static LatencyHistogram empty() {
    return new LatencyHistogram(new long[COLUMNS.size()]);
  }

  public static LatencyHistogram of(long... counts) {
    if (counts.length != COLUMNS.size()) {
      throw new IllegalArgumentException(
          "a latency histogram has " + COLUMNS.size() + " buckets, not " + counts.length);
    }
    return new LatencyHistogram(counts.clone());
  }

  static int bucketOf(double latencyMillis) {
    for (int i = 0; i < BOUNDS_MILLIS.size(); i++) {
      if (latencyMillis <= BOUNDS_MILLIS.get(i)) {
        return i;
      }
    }
    return BOUNDS_MILLIS.size();
  }

  public LatencyHistogram plus(LatencyHistogram other) {
    long[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.counts[i];
    }
    return new LatencyHistogram(sum);
  }

  public LatencyHistogram plusOne(double latencyMillis) {
    long[] sum = counts.clone();
    sum[bucketOf(latencyMillis)]++;
    return new LatencyHistogram(sum);
  }

  public long count() {
    return Arrays.stream(counts).sum();
  }

  public long[] counts() {
    return counts.clone();
  }

  /**
   * The upper bound of the bucket holding quantile {@code q} (0 < q <= 1); infinity when it falls
   * past the last bound; empty when nothing was counted.
   */
  public Optional<Double> percentile(double q) {
    if (q <= 0 || q > 1) {
      throw new IllegalArgumentException("a quantile lies in (0, 1], not " + q);
    }
    long total = count();
    if (total == 0) {
      return Optional.empty();
    }
    long rank = (long) Math.ceil(q * total);
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Optional.of(
            i < BOUNDS_MILLIS.size() ? BOUNDS_MILLIS.get(i) : Double.POSITIVE_INFINITY);
      }
    }
    return Optional.of(Double.POSITIVE_INFINITY);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LatencyHistogram other && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "LatencyHistogram" + Arrays.toString(counts);
  }
}
