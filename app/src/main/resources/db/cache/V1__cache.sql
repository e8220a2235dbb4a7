-- The workstation's local cache of one court user (encrypted H2 file, see org.courtdesk.app.cache.LocalCache).
-- A cache plus an outbox, never a second authority: the server's state is stored as it was pulled.

-- Small facts: the signed-in user (JSON), the server it came from, last successful sync.
CREATE TABLE cache_meta (
    meta_key   VARCHAR(100) PRIMARY KEY,
    meta_value CHARACTER LARGE OBJECT
);

-- Position in the server's changes feed; written in the same transaction as the page it follows.
CREATE TABLE feed_cursor (
    feed        VARCHAR(40) PRIMARY KEY,
    cursor_seq  BIGINT      NOT NULL,
    updated_at  BIGINT      NOT NULL
);

-- 阅卷申请 as the server last sent them: the full view as JSON, plus columns to query and sort by.
CREATE TABLE reading_request (
    id                BIGINT       PRIMARY KEY,
    version           BIGINT       NOT NULL,
    feed_seq          BIGINT       NOT NULL,
    application_no    VARCHAR(100),
    case_number       VARCHAR(100),
    court_name        VARCHAR(200),
    applicant_name    VARCHAR(200),
    application_date  DATE,
    submitted_at      BIGINT,
    status            VARCHAR(40)  NOT NULL,
    requested_mode    VARCHAR(20),
    valid_until       DATE,
    on_site_end       DATE,
    -- withdrawn, or no longer visible to this user (ChangeOp.REMOVED); kept while a local decision refers to it
    removed           BOOLEAN      DEFAULT FALSE NOT NULL,
    view_json         CHARACTER LARGE OBJECT NOT NULL,
    pulled_at         BIGINT       NOT NULL
);
CREATE INDEX reading_request_status ON reading_request (status);
CREATE INDEX reading_request_case ON reading_request (case_number);
CREATE INDEX reading_request_submitted ON reading_request (submitted_at);

-- The judge opened it (unopened rows are bold). Local only.
CREATE TABLE opened_request (
    request_id  BIGINT PRIMARY KEY,
    opened_at   BIGINT NOT NULL
);

-- Materials and case files by SHA-256, inside the encrypted database so they are encrypted too.
CREATE TABLE document (
    sha256      CHAR(64)     PRIMARY KEY,
    content     BINARY LARGE OBJECT NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    fetched_at  BIGINT       NOT NULL,
    last_used   BIGINT       NOT NULL
);

-- Decisions waiting for upload, or refused by the server (never dropped silently).
-- state: PENDING (待同步), CONFLICT (409 with the server's current state), REFUSED (a rule or access refusal).
CREATE TABLE outbox (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id       BIGINT       NOT NULL,
    op               VARCHAR(40)  NOT NULL,
    idempotency_key  UUID         NOT NULL UNIQUE,
    base_version     BIGINT       NOT NULL,
    payload_json     CHARACTER LARGE OBJECT NOT NULL,
    saved_at         BIGINT       NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    attempts         INT          DEFAULT 0 NOT NULL,
    next_attempt_at  BIGINT       DEFAULT 0 NOT NULL,
    last_error       VARCHAR(2000),
    error_code       VARCHAR(60),
    server_json      CHARACTER LARGE OBJECT
);
CREATE INDEX outbox_request ON outbox (request_id);
