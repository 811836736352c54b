package dev.opsgrade.history;

import dev.opsgrade.slo.MaintenanceWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Probe results and their rollups. A batch of samples is written in one transaction with the
 * minute, hour and day rollups it adds to, so after a crash raw rows and rollups still agree.
 */
public final class ProbeStore {
  private static final String HISTOGRAM = String.join(", ", LatencyHistogram.COLUMNS);
  private static final String UPSERT_ROLLUP =
      "INSERT INTO probe_rollup (monitor, resolution, bucket_ms, probes, failures, latency_sum_ms, "
          + HISTOGRAM
          + ") VALUES (:monitor, :resolution, :bucket, 1, :failure, :latency, "
          + LatencyHistogram.COLUMNS.stream().map(c -> ":" + c).collect(Collectors.joining(", "))
          + ") ON CONFLICT (monitor, resolution, bucket_ms) DO UPDATE SET"
          + " probes = probe_rollup.probes + excluded.probes,"
          + " failures = probe_rollup.failures + excluded.failures,"
          + " latency_sum_ms = probe_rollup.latency_sum_ms + excluded.latency_sum_ms, "
          + LatencyHistogram.COLUMNS.stream()
              .map(c -> c + " = probe_rollup." + c + " + excluded." + c)
              .collect(Collectors.joining(", "));

  private final Jdbi jdbi;

  ProbeStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Stores the samples and adds them to their rollups; a sample already stored is skipped. */
  public void record(List<ProbeSample> samples) {
    if (samples.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        handle -> {
          PreparedBatch raw =
              handle.prepareBatch(
                  "INSERT INTO probe_result"
                      + " (monitor, at_ms, ok, status_class, latency_ms, detail, unknown)"
                      + " VALUES (:monitor, :at, :ok, :status, :latency, :detail, :unknown)"
                      + " ON CONFLICT (monitor, at_ms) DO NOTHING");
          for (ProbeSample sample : samples) {
            raw.bind("monitor", sample.monitor())
                .bind("at", sample.at().toEpochMilli())
                .bind("ok", sample.ok())
                .bind("status", sample.statusClass())
                .bind("latency", sample.latencyMillis())
                .bind("detail", sample.detail())
                .bind("unknown", sample.unknown())
                .add();
          }
          int[] inserted = raw.execute();
          PreparedBatch rollups = handle.prepareBatch(UPSERT_ROLLUP);
          java.util.Set<Long> blindMinutes = new java.util.TreeSet<>();
          for (int i = 0; i < samples.size(); i++) {
            ProbeSample sample = samples.get(i);
            if (inserted[i] > 0 && sample.unknown()) {
              blindMinutes.add(Resolution.MINUTE.bucketOf(sample.at().toEpochMilli()));
            } else if (inserted[i] > 0) {
              addRollups(rollups, sample);
            }
          }
          if (rollups.size() > 0) {
            rollups.execute();
          }
          for (long minute : blindMinutes) {
            int added =
                handle
                    .createUpdate(
                        "INSERT INTO scheduler_blind (minute_ms) VALUES (:minute)"
                            + " ON CONFLICT (minute_ms) DO NOTHING")
                    .bind("minute", minute)
                    .execute();
            if (added > 0) {
              addUptime(handle, minute, 0, 1);
            }
          }
        });
  }

  /** Marks the minute of {@code at} as one in which the scheduler was running. */
  public void heartbeat(Instant at) {
    long minute = Resolution.MINUTE.bucketOf(at.toEpochMilli());
    jdbi.useTransaction(
        handle -> {
          int inserted =
              handle
                  .createUpdate(
                      "INSERT INTO scheduler_heartbeat (minute_ms) VALUES (:minute)"
                          + " ON CONFLICT (minute_ms) DO NOTHING")
                  .bind("minute", minute)
                  .execute();
          if (inserted > 0) {
            addUptime(handle, minute, 1, 0);
          }
        });
  }

  /** Adds observed (and blind) minutes to the hour and day of {@code minute}. */
  private static void addUptime(
      org.jdbi.v3.core.Handle handle, long minute, int minutes, int blind) {
    for (Resolution resolution : List.of(Resolution.HOUR, Resolution.DAY)) {
      handle
          .createUpdate(
              "INSERT INTO scheduler_uptime (resolution, bucket_ms, minutes, blind)"
                  + " VALUES (:r, :bucket, :minutes, :blind) ON CONFLICT (resolution, bucket_ms)"
                  + " DO UPDATE SET minutes = scheduler_uptime.minutes + excluded.minutes,"
                  + " blind = scheduler_uptime.blind + excluded.blind")
          .bind("r", resolution.code())
          .bind("bucket", resolution.bucketOf(minute))
          .bind("minutes", minutes)
          .bind("blind", blind)
          .execute();
    }
  }

  /** Deletes what is older than its retention; returns the number of rows deleted. */
  public int prune(Instant now, Retention retention) {
    long nowMs = now.toEpochMilli();
    return jdbi.inTransaction(
        handle -> {
          int deleted =
              handle
                  .createUpdate("DELETE FROM probe_result WHERE at_ms < :before")
                  .bind("before", nowMs - retention.raw().toMillis())
                  .execute();
          for (Resolution resolution : Resolution.values()) {
            deleted +=
                handle
                    .createUpdate(
                        "DELETE FROM probe_rollup WHERE resolution = :r AND bucket_ms < :before")
                    .bind("r", resolution.code())
                    .bind("before", nowMs - retention.of(resolution).toMillis())
                    .execute();
          }
          for (Resolution resolution : List.of(Resolution.HOUR, Resolution.DAY)) {
            deleted +=
                handle
                    .createUpdate(
                        "DELETE FROM scheduler_uptime WHERE resolution = :r AND bucket_ms < :before")
                    .bind("r", resolution.code())
                    .bind("before", nowMs - retention.of(resolution).toMillis())
                    .execute();
          }
          // minutes are only read for windows of minute rollups; longer ones sum scheduler_uptime
          for (String table : List.of("scheduler_heartbeat", "scheduler_blind")) {
            deleted +=
                handle
                    .createUpdate("DELETE FROM " + table + " WHERE minute_ms < :before")
                    .bind("before", nowMs - retention.minutes().toMillis())
                    .execute();
          }
          return deleted;
        });
  }

  /** The raw samples of {@code monitor} in [from, to), oldest first. */
  public List<ProbeSample> results(String monitor, Instant from, Instant to) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT monitor, at_ms, ok, status_class, latency_ms, detail, unknown"
                        + " FROM probe_result"
                        + " WHERE monitor = :monitor AND at_ms >= :from AND at_ms < :to"
                        + " ORDER BY at_ms")
                .bind("monitor", monitor)
                .bind("from", from.toEpochMilli())
                .bind("to", to.toEpochMilli())
                .map(
                    (rs, ctx) ->
                        new ProbeSample(
                            rs.getString(1),
                            Instant.ofEpochMilli(rs.getLong(2)),
                            rs.getBoolean(3),
                            rs.getInt(4),
                            rs.getDouble(5),
                            rs.getString(6),
                            rs.getBoolean(7)))
                .list());
  }

  /** The rollups of {@code monitor} whose buckets start in [from, to), oldest first. */
  public List<Rollup> rollups(String monitor, Resolution resolution, Instant from, Instant to) {
    return jdbi.withHandle(handle -> RollupQuery.list(handle, monitor, resolution, from, to));
  }

  /**
   * The minute rollups, or hour rollups where minutes are gone, of {@code monitor} in [from, to).
   */
  public List<Rollup> rollups(String monitor, Instant from, Instant to, Instant minutesFrom) {
    return jdbi.withHandle(
        handle -> {
          List<Rollup> rows = new java.util.ArrayList<>();
          if (from.isBefore(minutesFrom)) {
            rows.addAll(RollupQuery.list(handle, monitor, Resolution.HOUR, from, minutesFrom));
          }
          rows.addAll(
              RollupQuery.list(
                  handle,
                  monitor,
                  Resolution.MINUTE,
                  from.isAfter(minutesFrom) ? from : minutesFrom,
                  to));
          return rows;
        });
  }

  /** A stretch of time summed from the rollups of one resolution: [from, to). */
  public record Span(Resolution resolution, Instant from, Instant to) {}

  /**
   * For every monitor, its rollups summed over each span, in span order; all on one connection
   * (opening one per query would cost more than the queries).
   */
  public java.util.Map<String, List<Rollup>> totals(List<String> monitors, List<Span> spans) {
    return jdbi.withHandle(
        handle -> {
          java.util.Map<String, List<Rollup>> totals = new java.util.LinkedHashMap<>();
          for (String monitor : monitors) {
            List<Rollup> sums = new java.util.ArrayList<>();
            for (Span span : spans) {
              sums.add(RollupQuery.sum(handle, monitor, span.resolution(), span.from(), span.to()));
            }
            totals.put(monitor, List.copyOf(sums));
          }
          return totals;
        });
  }

  /** Stores a maintenance window declared at run time. */
  public void addMaintenance(MaintenanceWindow window) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO maintenance_window (start_ms, end_ms, reason, scope)"
                        + " VALUES (:start, :end, :reason, :scope)")
                .bind("start", window.start().toEpochMilli())
                .bind("end", window.end().toEpochMilli())
                .bind("reason", window.reason())
                .bind("scope", String.join("\n", new java.util.TreeSet<>(window.scope())))
                .execute());
  }

  /** The maintenance windows declared at run time that end after {@code since}, oldest first. */
  public List<MaintenanceWindow> maintenance(Instant since) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT start_ms, end_ms, reason, scope FROM maintenance_window"
                        + " WHERE end_ms > :since ORDER BY start_ms, id")
                .bind("since", since.toEpochMilli())
                .map(
                    (rs, ctx) ->
                        new MaintenanceWindow(
                            Instant.ofEpochMilli(rs.getLong(1)),
                            Instant.ofEpochMilli(rs.getLong(2)),
                            rs.getString(3),
                            rs.getString(4).isEmpty()
                                ? java.util.Set.of()
                                : java.util.Set.of(rs.getString(4).split("\n"))))
                .list());
  }

  /** Every monitor that has rollups, by name. */
  public List<String> monitors() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT DISTINCT monitor FROM probe_rollup ORDER BY monitor")
                .mapTo(String.class)
                .list());
  }

  /**
   * Availability of {@code monitor} over {@code window} ending at {@code end}, from the rollups of
   * {@link Resolution#forWindow}: the window is widened to whole buckets at its start.
   */
  public Availability availability(String monitor, Duration window, Instant end) {
    return jdbi.withHandle(handle -> availability(handle, monitor, window, end));
  }

  /** {@link #availability} of many monitors, on one connection: what a status page needs. */
  public java.util.Map<String, Availability> availability(
      List<String> monitors, Duration window, Instant end) {
    return jdbi.withHandle(
        handle -> {
          java.util.Map<String, Availability> all = new java.util.LinkedHashMap<>();
          for (String monitor : monitors) {
            all.put(monitor, availability(handle, monitor, window, end));
          }
          return all;
        });
  }

  private static Availability availability(
      org.jdbi.v3.core.Handle handle, String monitor, Duration window, Instant end) {
    Resolution resolution = Resolution.forWindow(window);
    Instant from = resolution.bucketOf(end.minus(window));
    Rollup total = RollupQuery.sum(handle, monitor, resolution, from, end);
    long minutes = observedMinutes(handle, resolution, from, end);
    return new Availability(
        monitor,
        window,
        end,
        total.probes(),
        total.failures(),
        Duration.ofMinutes(minutes),
        total.latency());
  }

  /**
   * Minutes the scheduler ran and could see the network in [from, to), on the same buckets as the
   * rollups: heartbeat rows for a window of minutes, the hour or day sums beyond.
   */
  private static long observedMinutes(
      org.jdbi.v3.core.Handle handle, Resolution resolution, Instant from, Instant to) {
    String sql =
        resolution == Resolution.MINUTE
            ? "SELECT COUNT(*) FROM scheduler_heartbeat h"
                + " WHERE h.minute_ms >= :from AND h.minute_ms < :to AND NOT EXISTS"
                + " (SELECT 1 FROM scheduler_blind b WHERE b.minute_ms = h.minute_ms)"
            : "SELECT COALESCE(SUM(minutes - blind), 0) FROM scheduler_uptime"
                + " WHERE resolution = :r AND bucket_ms >= :from AND bucket_ms < :to";
    var query = handle.createQuery(sql);
    if (resolution != Resolution.MINUTE) {
      query.bind("r", resolution.code());
    }
    return query
        .bind("from", from.toEpochMilli())
        .bind("to", to.toEpochMilli())
        .mapTo(Long.class)
        .one();
  }

  private static void addRollups(PreparedBatch batch, ProbeSample sample) {
    long at = sample.at().toEpochMilli();
    int bucket = LatencyHistogram.bucketOf(sample.latencyMillis());
    for (Resolution resolution : Resolution.values()) {
      batch
          .bind("monitor", sample.monitor())
          .bind("resolution", resolution.code())
          .bind("bucket", resolution.bucketOf(at))
          .bind("failure", sample.ok() ? 0 : 1)
          .bind("latency", sample.latencyMillis());
      for (int i = 0; i < LatencyHistogram.COLUMNS.size(); i++) {
        batch.bind(LatencyHistogram.COLUMNS.get(i), i == bucket ? 1 : 0);
      }
      batch.add();
    }
  }
}
