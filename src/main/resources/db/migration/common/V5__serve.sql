-- For `opsgrade serve`: unknown probes and blind minutes, run-time maintenance, observed-minute sums.

-- Probes whose outcome says nothing about the target: every target of a round failed the same way
-- with an error of opsgrade's own network (unreachable network, no resolver). They are kept raw,
-- marked unknown, left out of the rollups, and their minutes are blind: not observed time.
ALTER TABLE probe_result ADD COLUMN unknown BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE scheduler_blind (
  minute_ms BIGINT NOT NULL PRIMARY KEY
);

-- Maintenance declared at run time (from the dashboard); those of the inventory live there.
-- scope: monitor or group names separated by newlines, empty for everything.
CREATE TABLE maintenance_window (
  id       ${id_primary_key},
  start_ms BIGINT NOT NULL,
  end_ms   BIGINT NOT NULL,
  reason   TEXT   NOT NULL,
  scope    TEXT   NOT NULL
);

-- Observed minutes (heartbeat minutes, and how many of them were blind) per hour and per day, so
-- the observed time of a 7 d .. 365 d window is a sum over at most a few hundred rows.
CREATE TABLE scheduler_uptime (
  resolution TEXT   NOT NULL,
  bucket_ms  BIGINT NOT NULL,
  minutes    BIGINT NOT NULL,
  blind      BIGINT NOT NULL,
  PRIMARY KEY (resolution, bucket_ms)
);
