-- 意见建议 (spec-004 §12) on the request core (V6): header in `request` (kind SUGGESTION, 申请编号 prefix JY). With a case
-- the applicant is on record for, the audience is that case's 承办法官 (and the clerks serving them) [S 004:98];
-- without one it is the court's pool of 中心审核员 (request.pool, V7) [I]. case_id is null then.
-- The court's reply period [P]: no limit in the seeds or the law (spec-004 §15); 7 days is an inference to confirm.
ALTER TABLE court ADD COLUMN suggestion_reply_days INT DEFAULT 7 NOT NULL;

CREATE TABLE suggestion_request (
    id          BIGINT        PRIMARY KEY REFERENCES request(id),
    category    VARCHAR(16)   NOT NULL,                     -- SuggestionCategory (类别)
    title       VARCHAR(100)  NOT NULL,
    content     VARCHAR(2000) NOT NULL,
    reply_days  INT           NOT NULL,                     -- the court's period when it was submitted
    reply_due   DATE          NOT NULL,                     -- last day to reply (court-local)
    reply       VARCHAR(2000),                              -- 答复
    replied_by  BIGINT        REFERENCES account(id),
    replied_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX suggestion_request_category ON suggestion_request(category);
