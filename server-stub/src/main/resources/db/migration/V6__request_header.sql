-- One request core, many kinds (design.md): every request of every kind has one row in `request` (what queues, the
-- feed and the staff-action pipeline need, and what court IT reports on); each kind keeps its own detail table with
-- the same id. reading_request becomes the 阅卷 detail table. Ids stay exactly as they were (audit_log, change_log,
-- idempotency_key, notification and reading_material keep pointing at them).

CREATE TABLE request (
    id             BIGINT       PRIMARY KEY,               -- from request_id_counter: unique across kinds
    kind           VARCHAR(32)  NOT NULL,                  -- RequestKind
    application_no VARCHAR(32)  NOT NULL UNIQUE,           -- 申请编号: per-kind prefix + date + serial
    case_id        BIGINT       REFERENCES court_case(id), -- null for kinds filed before a case exists (网上立案)
    court_code     VARCHAR(8)   NOT NULL REFERENCES court(code),
    judge_id       BIGINT       REFERENCES account(id),    -- audience: the judge whose queue it is in, or
    pool           VARCHAR(32),                            -- a role pool (e.g. the centre's reviewers)
    applicant_id   BIGINT       NOT NULL REFERENCES account(id),
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(24)  NOT NULL,                  -- RequestStatus
    version        BIGINT       NOT NULL,                  -- the feed seq of its last change
    due_at         TIMESTAMP WITH TIME ZONE,               -- a kind's deadline, if it has one
    CONSTRAINT request_audience CHECK (judge_id IS NOT NULL OR pool IS NOT NULL)
);
CREATE INDEX request_applicant ON request(applicant_id, kind, status);
CREATE INDEX request_judge ON request(judge_id, kind, status);
CREATE INDEX request_pool ON request(pool, kind, status);

-- One counter for the ids of all kinds (portable, like feed_counter): next id = last_id + 1, taken under its row lock.
CREATE TABLE request_id_counter (
    id      INT    PRIMARY KEY,
    last_id BIGINT NOT NULL
);
INSERT INTO request_id_counter (id, last_id) SELECT 1, COALESCE(MAX(id), 0) FROM reading_request;

INSERT INTO request (id, kind, application_no, case_id, court_code, judge_id, pool, applicant_id, submitted_at,
                     status, version, due_at)
    SELECT id, 'CASE_FILE_READING', application_no, case_id, court_code, judge_id, NULL, applicant_id, submitted_at,
           status, version, NULL
    FROM reading_request;

-- The header columns now live in `request`; the detail keeps what is the 阅卷 kind's own.
DROP INDEX reading_request_applicant;
DROP INDEX reading_request_judge;
ALTER TABLE reading_request DROP COLUMN application_no;
ALTER TABLE reading_request DROP COLUMN case_id;
ALTER TABLE reading_request DROP COLUMN court_code;
ALTER TABLE reading_request DROP COLUMN judge_id;
ALTER TABLE reading_request DROP COLUMN applicant_id;
ALTER TABLE reading_request DROP COLUMN submitted_at;
ALTER TABLE reading_request DROP COLUMN status;
ALTER TABLE reading_request DROP COLUMN version;
ALTER TABLE reading_request ALTER COLUMN id DROP IDENTITY;
ALTER TABLE reading_request ADD CONSTRAINT reading_request_header FOREIGN KEY (id) REFERENCES request(id);
