-- A second kind of request is coming: a request is (kind, id), and ids of two kinds may be equal. The tables that
-- hold requests of every kind get the kind in their key. Rows written before this migration all belong to the one
-- kind there was, 阅卷申请 (CASE_FILE_READING). reading_request stays as it is: it is the 阅卷 detail table.

-- Decisions waiting for upload: an entry saved before the upgrade keeps its id, key, state and order, so it is
-- still sent exactly once. The default only fills the existing rows; new rows must name their kind.
ALTER TABLE outbox ADD COLUMN request_kind VARCHAR(40) DEFAULT 'CASE_FILE_READING' NOT NULL;
ALTER TABLE outbox ALTER COLUMN request_kind DROP DEFAULT;
DROP INDEX outbox_request;
CREATE INDEX outbox_request ON outbox (request_kind, request_id);

-- Opened flags: the key becomes (kind, id).
ALTER TABLE opened_request ADD COLUMN request_kind VARCHAR(40) DEFAULT 'CASE_FILE_READING' NOT NULL;
ALTER TABLE opened_request ALTER COLUMN request_kind DROP DEFAULT;
ALTER TABLE opened_request DROP PRIMARY KEY;
ALTER TABLE opened_request ADD PRIMARY KEY (request_kind, request_id);

-- Which kinds of the changes feed the cache holds (org.courtdesk.app.cache.FeedKinds). filled: every change of
-- this kind up to the cursor is in the cache (applied, or there was none). A change of a kind this workstation
-- cannot apply yet is skipped, counted here, and its kind is no longer filled; a later workstation that knows the
-- kind finds it not filled and pulls the feed again from the start. No row: not known to be filled.
CREATE TABLE feed_kind (
    kind              VARCHAR(40) PRIMARY KEY,
    filled            BOOLEAN     NOT NULL,
    skipped_changes   BIGINT      DEFAULT 0 NOT NULL,
    last_skipped_seq  BIGINT
);
-- Every workstation before this one applied 阅卷申请 and dropped other kinds without a trace: only 阅卷 is filled.
INSERT INTO feed_kind (kind, filled) VALUES ('CASE_FILE_READING', TRUE);
