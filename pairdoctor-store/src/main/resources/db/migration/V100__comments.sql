-- Users' reports at the end of a session: which step worked (or 'nothing') and a short comment,
-- published only after an admin approves them. Portable SQL for SQLite and PostgreSQL; times are
-- microseconds since the epoch like every other table. Numbered 100 so it never clashes with the
-- store's own migrations (V3, V4, ...); Database runs Flyway with outOfOrder, so a database that
-- already has this table still takes a lower-numbered migration added later.
CREATE TABLE comments (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    session_id    VARCHAR(64)  NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    problem_id    VARCHAR(200) NOT NULL,
    worked_step   VARCHAR(200) NOT NULL,
    body          TEXT         NOT NULL,
    created_at_us BIGINT       NOT NULL,
    status        VARCHAR(20)  NOT NULL
);

-- The moderation queue (by status, oldest first) and the public list (by problem, newest first).
CREATE INDEX comments_status ON comments (status, created_at_us);
CREATE INDEX comments_problem ON comments (problem_id, status, created_at_us);
