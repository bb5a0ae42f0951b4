-- What users say at the end of a session: which step worked for them and a short comment.
-- Comments are unpublished (PENDING) until an admin approves them. client_key is a salted hash of
-- the client address, kept only to rate-limit submissions, never shown.
CREATE TABLE feedback (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    session_id    VARCHAR(64)   NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    problem_id    VARCHAR(200)  NOT NULL,
    worked_step   VARCHAR(200),
    comment       VARCHAR(2000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    client_key    VARCHAR(100)  NOT NULL,
    created_at_us BIGINT        NOT NULL,
    decided_at_us BIGINT
);

CREATE INDEX feedback_status ON feedback (status, created_at_us);
CREATE INDEX feedback_client ON feedback (client_key, created_at_us);
