-- The change feed's audience becomes what a request's is (table request, V6): a judge, a role pool, or both. A
-- 网上立案 goes to its 承办法官 AND to every 中心审核员 of its court (spec-004 §2 "Who"), so a change is read by the
-- judge's index or by the pool's. Existing rows keep their judge; pool is NULL for them.
ALTER TABLE change_log ALTER COLUMN judge_id DROP NOT NULL;
ALTER TABLE change_log ADD COLUMN pool VARCHAR(32);
ALTER TABLE change_log ADD CONSTRAINT change_log_audience CHECK (judge_id IS NOT NULL OR pool IS NOT NULL);
CREATE INDEX change_log_pool_seq ON change_log(pool, seq);
