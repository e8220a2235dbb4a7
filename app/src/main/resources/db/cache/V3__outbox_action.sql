-- The outbox holds a second action: besides the judge's decision (DECISION), the reading room's record of an
-- on-site visit (ATTENDANCE: 是否到场, 借阅时间, 还卷时间), sent to its own route. The action is the column op, which
-- decides how payload_json is read and where it is sent, so the two are never confused. Every entry written before
-- this migration is a decision (op was always 'DECISION'): it keeps its id, key, state and order, and is still sent exactly once.
ALTER TABLE outbox ADD CONSTRAINT outbox_op CHECK (op IN ('DECISION', 'ATTENDANCE'));
DROP INDEX outbox_request;
CREATE INDEX outbox_request ON outbox (request_kind, request_id, op);
