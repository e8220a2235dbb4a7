-- Requests of every kind but 阅卷 (which keeps its own table and columns): one row per (kind, id) with the view as
-- the server sent it and the header columns a queue sorts and filters by. A kind built after this needs no table.
CREATE TABLE kind_request (
    kind            VARCHAR(40)  NOT NULL,
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    feed_seq        BIGINT       NOT NULL,
    application_no  VARCHAR(100),
    status          VARCHAR(40)  NOT NULL,
    submitted_at    BIGINT,
    -- no longer visible to this user (ChangeOp.REMOVED); kept while a local action refers to it
    removed         BOOLEAN      DEFAULT FALSE NOT NULL,
    view_json       CHARACTER LARGE OBJECT NOT NULL,
    pulled_at       BIGINT       NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX kind_request_status ON kind_request (kind, status);

-- An action of any kind names its route (relative to the server's base URL, e.g. api/v1/judge/filings/12/opinion),
-- so the sync sends it without knowing the kind. NULL for the 阅卷 actions, whose routes the sync knows.
-- versioned: whether the body's base version must be the server's (a 留言 is not), which decides the sending order
-- and the rebase of a request's chained actions (Outbox.rebase).
ALTER TABLE outbox ADD COLUMN path VARCHAR(300);
ALTER TABLE outbox ADD COLUMN versioned BOOLEAN DEFAULT TRUE NOT NULL;

-- The op of a 阅卷 action is still one of the two its route knows; a routed action's op is its kind's name for it.
ALTER TABLE outbox DROP CONSTRAINT outbox_op;
ALTER TABLE outbox ADD CONSTRAINT outbox_op CHECK (path IS NOT NULL OR op IN ('DECISION', 'ATTENDANCE'));
