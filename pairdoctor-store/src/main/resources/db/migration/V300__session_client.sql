-- Who started a session, as a keyed hash of the client's network address (never the address), so
-- learning can cap what one client contributes (core SessionWeights). Null for the terminal and
-- simulations, and for sessions stored before this column. Numbered apart, like the feature migrations.
ALTER TABLE sessions ADD COLUMN client_key VARCHAR(64);

-- Secrets a server keeps with its data: the key that hashes client addresses must survive restarts
-- and be the same for every server sharing the database, or a restart would reset every client's cap.
CREATE TABLE server_secrets (
    name  VARCHAR(50)  NOT NULL PRIMARY KEY,
    value VARCHAR(200) NOT NULL
);
