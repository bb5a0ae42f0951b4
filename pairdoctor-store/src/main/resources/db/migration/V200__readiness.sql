-- One row that the readiness check (/readyz) writes and reads back: proof that the database takes
-- writes now (not full, not read-only, reachable). Numbered apart, like the feature migrations.
CREATE TABLE readiness (
    id            INTEGER PRIMARY KEY,
    checked_at_ms BIGINT  NOT NULL
);
INSERT INTO readiness (id, checked_at_ms) VALUES (1, 0);
