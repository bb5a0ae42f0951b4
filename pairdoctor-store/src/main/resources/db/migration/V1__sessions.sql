-- Sessions and their turns. Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Times are microseconds since the epoch (UTC) in BIGINT columns, so both databases compare and
-- sort them the same way and no time-zone conversion can creep in.
CREATE TABLE sessions (
    id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
    device_id          VARCHAR(200) NOT NULL,
    host_id            VARCHAR(200) NOT NULL,
    problem_id         VARCHAR(200) NOT NULL,
    channel            VARCHAR(50)  NOT NULL,
    context            TEXT         NOT NULL,
    started_at_us      BIGINT       NOT NULL,
    outcome            VARCHAR(20)  NOT NULL,
    fixed_by           VARCHAR(200),
    ended_at_us        BIGINT,
    parameters_version BIGINT       NOT NULL
);

CREATE INDEX sessions_started ON sessions (started_at_us);
CREATE INDEX sessions_problem_host ON sessions (problem_id, host_id);

-- One row per reply. The primary key (session_id, idx) is what stops two replies to one step
-- from both landing: the second insert conflicts and the store reports a stale step.
CREATE TABLE turns (
    session_id     VARCHAR(64)  NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    idx            INTEGER      NOT NULL,
    step_id        VARCHAR(200) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    reply          VARCHAR(250) NOT NULL,
    shown_at_us    BIGINT       NOT NULL,
    answered_at_us BIGINT       NOT NULL,
    PRIMARY KEY (session_id, idx)
);
