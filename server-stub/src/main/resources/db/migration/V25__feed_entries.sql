-- The changes feed carries, beside requests, entries of a kind that are not requests (Change.entry; e.g. a hearing
-- transcript of 庭审笔录, TRANSCRIPT_FILE): the entry's name within its kind, NULL for a request. request_id is then the
-- entry's id among the entries of that name (its own table's id), so (kind, entry, request_id) names what changed.
ALTER TABLE change_log ADD COLUMN entry VARCHAR(40);
