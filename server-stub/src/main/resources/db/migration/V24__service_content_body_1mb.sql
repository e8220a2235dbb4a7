-- 服务内容: the sanitised body may be 1 MB (ServiceContentRules.MAX_BODY_BYTES = 1,048,576 UTF-8 bytes, so at most as many
-- characters): tables, some pages of text and a few inline pictures. VARCHAR of that length is portable (H2's longest
-- VARCHAR is 1,048,576 characters; PostgreSQL's is 10,485,760); the feed and the page read it as a string, as before.
ALTER TABLE service_content ALTER COLUMN body_html SET DATA TYPE VARCHAR(1048576);
