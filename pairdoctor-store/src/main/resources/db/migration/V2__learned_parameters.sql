-- Versions of learned parameters. One row per version; the body is the JSON of
-- org.pairdoctor.core.learning.LearnedParameters (expected counts per problem and host).
-- Servers poll MAX(version) to pick up a new version without a restart.
CREATE TABLE learned_parameters (
    version       BIGINT  NOT NULL PRIMARY KEY,
    learned_at_us BIGINT  NOT NULL,
    sessions      INTEGER NOT NULL,
    body          TEXT    NOT NULL
);
