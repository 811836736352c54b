package dev.opsgrade.bench;

import dev.opsgrade.history.Availability;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.ProbeStore;
import dev.opsgrade.history.Retention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates 365 days of probe history for 1,000 monitors at a 10 s interval, as the rollups the
 * default {@link Retention} keeps them (day rollups for 365 days, hour rollups for the last 31,
 * minute rollups and heartbeat minutes for the last 2, observed-minute sums per hour for 31 days
 * and per day for 365), then times the availability query for every monitor over 24 h, 7 d, 30 d,
 * 90 d and 365 d. Prints markdown rows. Arg: work dir.
 */
public final class SloQueryBench {
  static final int MONITORS = 1000;
  static final int PROBES_PER_MINUTE = 6;
  static final List<Duration> WINDOWS =
      List.of(
          Duration.ofDays(1),
          Duration.ofDays(7),
          Duration.ofDays(30),
          Duration.ofDays(90),
          Duration.ofDays(365));
  static final String COLUMNS =
      "monitor, resolution, bucket_ms, probes, failures, latency_sum_ms, le_10, le_25, le_50,"
          + " le_100, le_250, le_500, le_1000, le_2500, le_5000, le_10000, le_inf";

  private SloQueryBench() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]).resolve("slo-query-bench.db");
    Files.deleteIfExists(db);
    String url = "jdbc:sqlite:" + db;
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    try (HistoryStore history = HistoryStore.open(url)) {
      long generate = System.nanoTime();
      long rows = generate(url, now);
      double generated = (System.nanoTime() - generate) / 1e9;
      ProbeStore store = history.probes();
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "generated %d rollup rows for %d monitors in %.0f s; database %d MiB, %.0f bytes"
                  + " per monitor-day of 365 (rollups and heartbeats only, no raw samples)\n\n",
              rows,
              MONITORS,
              generated,
              Files.size(db) / (1024 * 1024),
              Files.size(db) / (MONITORS * 365.0)));
      out.append(
          "| window | queries | p50 | p95 | max | load average |\n|---|---:|---:|---:|---:|---|\n");
      for (Duration window : WINDOWS) {
        query(store, "monitor-0", window, now); // warm the JIT and the page cache once
        double[] millis = new double[MONITORS];
        for (int m = 0; m < MONITORS; m++) {
          long start = System.nanoTime();
          Availability a = query(store, "monitor-" + m, window, now);
          millis[m] = (System.nanoTime() - start) / 1e6;
          if (a.probes() == 0) {
            throw new IllegalStateException("no probes found for monitor-" + m + " " + window);
          }
        }
        Arrays.sort(millis);
        out.append(
            String.format(
                Locale.ROOT,
                "| %d d | %d | %.1f ms | %.1f ms | %.1f ms | %s |\n",
                window.toDays(),
                MONITORS,
                millis[MONITORS / 2],
                millis[(int) Math.ceil(MONITORS * 0.95) - 1],
                millis[MONITORS - 1],
                ServeBench.loadAverage()));
      }
      System.out.println(out);
      Files.writeString(Path.of(args[0]).resolve("slo-query-bench.md"), out);
    }
  }

  private static Availability query(
      ProbeStore store, String monitor, Duration window, Instant now) {
    return store.availability(monitor, window, now);
  }

  private static long generate(String url, Instant now) throws Exception {
    long rows = 0;
    SplittableRandom random = new SplittableRandom(7);
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      try (PreparedStatement rollup =
              c.prepareStatement(
                  "INSERT INTO probe_rollup ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement heartbeat =
              c.prepareStatement("INSERT INTO scheduler_heartbeat (minute_ms) VALUES (?)")) {
        for (long minute = now.minus(Duration.ofDays(2)).toEpochMilli();
            minute < now.toEpochMilli();
            minute += 60_000) {
          heartbeat.setLong(1, minute);
          heartbeat.addBatch();
        }
        heartbeat.executeBatch();
        uptime(c, now, "d", Duration.ofDays(1), 365);
        uptime(c, now, "h", Duration.ofHours(1), 31 * 24);
        for (int m = 0; m < MONITORS; m++) {
          rows += rollups(rollup, random, "monitor-" + m, "d", Duration.ofDays(1), 365, now);
          rows += rollups(rollup, random, "monitor-" + m, "h", Duration.ofHours(1), 31 * 24, now);
          rows +=
              rollups(rollup, random, "monitor-" + m, "m", Duration.ofMinutes(1), 2 * 1440, now);
          if (m % 50 == 49) {
            c.commit();
          }
        }
        c.commit();
      }
    }
    return rows;
  }

  /** The hour and day sums of observed minutes that heartbeats add up to. */
  private static void uptime(
      Connection c, Instant now, String resolution, Duration length, int count) throws Exception {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO scheduler_uptime (resolution, bucket_ms, minutes, blind) VALUES (?, ?, ?, 0)")) {
      long first = now.toEpochMilli() - count * length.toMillis();
      for (int b = 0; b < count; b++) {
        insert.setString(1, resolution);
        insert.setLong(2, first + b * length.toMillis());
        insert.setLong(3, length.toMinutes());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static int rollups(
      PreparedStatement insert,
      SplittableRandom random,
      String monitor,
      String resolution,
      Duration length,
      int count,
      Instant now)
      throws Exception {
    long probes = length.toMinutes() * PROBES_PER_MINUTE;
    long first = now.toEpochMilli() - count * length.toMillis();
    List<Long> histogram = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      long failures = random.nextInt(1000) == 0 ? 1 + random.nextLong(probes) : 0;
      insert.setString(1, monitor);
      insert.setString(2, resolution);
      insert.setLong(3, first + b * length.toMillis());
      insert.setLong(4, probes);
      insert.setLong(5, failures);
      insert.setDouble(6, probes * 12.5);
      histogram.clear();
      long fast = probes * 9 / 10;
      histogram.addAll(List.of(0L, fast, probes - fast - failures, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
      histogram.add(failures);
      for (int i = 0; i < histogram.size(); i++) {
        insert.setLong(7 + i, histogram.get(i));
      }
      insert.addBatch();
    }
    insert.executeBatch();
    return count;
  }
}
