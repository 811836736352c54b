package dev.opsgrade.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Reads probe_rollup rows back into {@link Rollup}s. */
final class RollupQuery {
  private RollupQuery() {}

  static List<Rollup> list(
      Handle handle, String monitor, Resolution resolution, Instant from, Instant to) {
    return handle
        .createQuery(
            "SELECT monitor, bucket_ms, probes, failures, latency_sum_ms, "
                + String.join(", ", LatencyHistogram.COLUMNS)
                + " FROM probe_rollup WHERE monitor = :monitor AND resolution = :r"
                + " AND bucket_ms >= :from AND bucket_ms < :to ORDER BY bucket_ms")
        .bind("monitor", monitor)
        .bind("r", resolution.code())
        .bind("from", from.toEpochMilli())
        .bind("to", to.toEpochMilli())
        .map((rs, ctx) -> row(rs, resolution))
        .list();
  }

  private static Rollup row(ResultSet rs, Resolution resolution) throws SQLException {
    long[] counts = new long[LatencyHistogram.COLUMNS.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = rs.getLong(6 + i);
    }
    return new Rollup(
        rs.getString(1),
        resolution,
        Instant.ofEpochMilli(rs.getLong(2)),
        rs.getLong(3),
        rs.getLong(4),
        rs.getDouble(5),
        LatencyHistogram.of(counts));
  }

  /**
   * The rollups of [from, to) added up by the database: one row back however long the window, so a
   * 365-day availability costs one indexed range scan and no per-bucket objects.
   */
  static Rollup sum(
      Handle handle, String monitor, Resolution resolution, Instant from, Instant to) {
    return handle
        .createQuery(
            "SELECT COALESCE(SUM(probes), 0), COALESCE(SUM(failures), 0),"
                + " COALESCE(SUM(latency_sum_ms), 0), "
                + LatencyHistogram.COLUMNS.stream()
                    .map(c -> "COALESCE(SUM(" + c + "), 0)")
                    .collect(java.util.stream.Collectors.joining(", "))
                + " FROM probe_rollup WHERE monitor = :monitor AND resolution = :r"
                + " AND bucket_ms >= :from AND bucket_ms < :to")
        .bind("monitor", monitor)
        .bind("r", resolution.code())
        .bind("from", from.toEpochMilli())
        .bind("to", to.toEpochMilli())
        .map(
            (rs, ctx) -> {
              long[] counts = new long[LatencyHistogram.COLUMNS.size()];
              for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getLong(4 + i);
              }
              return new Rollup(
                  monitor,
                  resolution,
                  from,
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getDouble(3),
                  LatencyHistogram.of(counts));
            })
        .one();
  }
}
