-- Assessments, their category scores and their findings. One file for every dialect: the
-- placeholders carry the few types that differ (see dev.opsgrade.history.Dialect).
-- assessment_json is the full assessment.json, byte for byte (TEXT, not JSONB: JSONB would
-- reorder its keys and drop its layout; PostgreSQL can still query it as assessment_json::jsonb).

CREATE TABLE assessment (
  id               ${id_primary_key},
  inventory        TEXT             NOT NULL,
  collected_at     ${instant}       NOT NULL,
  recorded_at      ${instant}       NOT NULL,
  score            DOUBLE PRECISION NOT NULL,
  letter           TEXT             NOT NULL,
  production_ready BOOLEAN          NOT NULL,
  evidence_sha256  TEXT             NOT NULL,
  assessment_json  TEXT             NOT NULL
);

CREATE INDEX assessment_by_inventory ON assessment (inventory, collected_at, id);

CREATE TABLE category_score (
  assessment_id BIGINT           NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  category      TEXT             NOT NULL,
  weight        DOUBLE PRECISION NOT NULL,
  score         DOUBLE PRECISION,
  minimum       DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (assessment_id, category)
);

CREATE TABLE finding (
  assessment_id BIGINT  NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  check_id      TEXT    NOT NULL,
  category      TEXT    NOT NULL,
  status        TEXT    NOT NULL,
  severity      TEXT    NOT NULL,
  subject       TEXT    NOT NULL,
  message       TEXT    NOT NULL,
  location      TEXT,
  PRIMARY KEY (assessment_id, position)
);

CREATE INDEX finding_by_check ON finding (check_id, status);
