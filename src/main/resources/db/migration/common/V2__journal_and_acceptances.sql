-- The journal (an append-only hash chain of what happened: assessments, acceptances, phase
-- changes, waivers, drills), the acceptances of phases and the drills that tested procedures.
-- seq is assigned by the writer (the previous entry's seq + 1, under the table's write lock), not
-- by the database, because it is part of what each hash covers.

CREATE TABLE journal (
  seq       BIGINT     NOT NULL PRIMARY KEY,
  at        ${instant} NOT NULL,
  inventory TEXT       NOT NULL,
  kind      TEXT       NOT NULL,
  subject   TEXT       NOT NULL,
  payload   TEXT       NOT NULL,
  prev_hash TEXT       NOT NULL,
  hash      TEXT       NOT NULL
);

-- record_json is the full record (criteria, deliverables, document hash); the columns are what
-- queries select by.
CREATE TABLE acceptance (
  id          ${id_primary_key},
  inventory   TEXT       NOT NULL,
  phase       TEXT       NOT NULL,
  accepted_at ${instant} NOT NULL,
  accepted_by TEXT       NOT NULL,
  kind        TEXT       NOT NULL,
  record_json TEXT       NOT NULL
);

CREATE INDEX acceptance_by_phase ON acceptance (inventory, phase, accepted_at);

CREATE TABLE drill (
  id           ${id_primary_key},
  inventory    TEXT       NOT NULL,
  target       TEXT       NOT NULL,
  performed_at ${instant} NOT NULL,
  passed       BOOLEAN    NOT NULL,
  record_json  TEXT       NOT NULL
);

CREATE INDEX drill_by_time ON drill (inventory, performed_at);
