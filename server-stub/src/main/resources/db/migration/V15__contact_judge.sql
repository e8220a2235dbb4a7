-- 联系法官 / 预约法官 (spec-004 §11): a party's or lawyer's 约见请求 on the request core (V6): header in `request`
-- (kind CONTACT_JUDGE, 申请编号 prefix LX, audience = the case's 承办法官 and the clerks serving them, due_at = the
-- end of the reply period), its own fields here under the same id.
-- The court's reply period [P]: no limit in the seeds or the law (spec-004 §15); 3 days is an inference from the
-- "few working days" courts promise, a setting to confirm with each court.
ALTER TABLE court ADD COLUMN contact_reply_days INT DEFAULT 3 NOT NULL;

CREATE TABLE contact_request (
    id             BIGINT        PRIMARY KEY REFERENCES request(id),
    purpose        VARCHAR(1000) NOT NULL,                  -- 约见事由
    proposed_times VARCHAR(200)  NOT NULL,                  -- 1-3 court-local times, ISO, separated by ';'
    way            VARCHAR(16)   NOT NULL,                  -- ContactWay the applicant asks for
    reply_days     INT           NOT NULL,                  -- the court's period when it was submitted
    reply_due      DATE          NOT NULL,                  -- last day to reply (court-local)
    -- the judge's 预约答复: result, meeting (同意约见 only), 答复内容
    result         VARCHAR(16),                             -- ContactResult
    meeting_at     TIMESTAMP,                               -- court-local
    place          VARCHAR(200),
    meeting_way    VARCHAR(16),
    content        VARCHAR(1000),
    replied_by     BIGINT        REFERENCES account(id),
    replied_at     TIMESTAMP WITH TIME ZONE
);
