-- Readiness: /health/ready writes this row (and commits) to prove the database takes writes, not only reads.
-- One row per server instance name, so several instances on one database do not wait on each other.
CREATE TABLE server_heartbeat (
    instance VARCHAR(64)              PRIMARY KEY,
    beat_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
