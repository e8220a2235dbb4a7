-- 服务内容管理 (spec-004 §9) on the request core (V6): header in `request` (kind SERVICE_CONTENT, 申请编号 prefix FW,
-- audience the judge who wrote it — judge_id and applicant_id are both the author; no case), its fields here under the
-- same id. status DRAFT (未发布) / PUBLISHED (已发布) in the header. body_html is stored sanitised (ServiceContentHtml),
-- never as the client sent it. Portable types only (H2 and PostgreSQL).
CREATE TABLE service_content (
    id            BIGINT        PRIMARY KEY REFERENCES request(id),
    category      VARCHAR(16)   NOT NULL,                  -- ServiceContentCategory
    title         VARCHAR(100)  NOT NULL,                  -- 标题
    court_code    VARCHAR(8)    NOT NULL REFERENCES court(code), -- 发布法院
    registered_on DATE          NOT NULL,                  -- 登记时间
    body_html     VARCHAR(60000) NOT NULL,                 -- sanitised HTML, at most ServiceContentRules.MAX_BODY_BYTES
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE                 -- the last 发布; null while never published
);
-- What applicants list: the published items of a court, newest registration first.
CREATE INDEX service_content_court ON service_content(court_code, registered_on);
