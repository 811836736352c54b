-- Probe history for `opsgrade serve`: raw results for a configurable window, rollups per minute,
-- hour and day, and the minutes in which the scheduler was running (its heartbeat).
-- Times here are BIGINT epoch milliseconds in both dialects, not ${instant}: rollup buckets are
-- found by integer arithmetic in Java, and a bucket key compares the same way in both databases.
-- Latency is kept as a fixed-bucket histogram (upper bounds in LatencyHistogram.BOUNDS_MILLIS,
-- the last one unbounded), so percentiles of a rolled-up period are read from summed buckets.

CREATE TABLE probe_result (
  monitor      TEXT             NOT NULL,
  at_ms        BIGINT           NOT NULL,
  ok           BOOLEAN          NOT NULL,
  status_class INTEGER          NOT NULL,
  latency_ms   DOUBLE PRECISION NOT NULL,
  detail       TEXT             NOT NULL,
  PRIMARY KEY (monitor, at_ms)
);

CREATE INDEX probe_result_by_time ON probe_result (at_ms);

-- resolution: 'm' minute, 'h' hour, 'd' day; bucket_ms is the bucket's start.
CREATE TABLE probe_rollup (
  monitor        TEXT             NOT NULL,
  resolution     TEXT             NOT NULL,
  bucket_ms      BIGINT           NOT NULL,
  probes         BIGINT           NOT NULL,
  failures       BIGINT           NOT NULL,
  latency_sum_ms DOUBLE PRECISION NOT NULL,
  le_10          BIGINT           NOT NULL,
  le_25          BIGINT           NOT NULL,
  le_50          BIGINT           NOT NULL,
  le_100         BIGINT           NOT NULL,
  le_250         BIGINT           NOT NULL,
  le_500         BIGINT           NOT NULL,
  le_1000        BIGINT           NOT NULL,
  le_2500        BIGINT           NOT NULL,
  le_5000        BIGINT           NOT NULL,
  le_10000       BIGINT           NOT NULL,
  le_inf         BIGINT           NOT NULL,
  PRIMARY KEY (monitor, resolution, bucket_ms)
);

-- One row per minute in which the scheduler ran: minutes without one are unknown, not downtime.
CREATE TABLE scheduler_heartbeat (
  minute_ms BIGINT NOT NULL PRIMARY KEY
);
