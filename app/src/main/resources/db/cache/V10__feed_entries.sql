-- Feed entries that are not requests (Change.entry; e.g. the hearing transcripts of 庭审笔录, TRANSCRIPT_FILE): one
-- row per (kind, entry name, id) with the item as the server last sent it, so a kind's list beside its requests reads
-- from the cache, offline too, and is updated by the sync like every request. A REMOVED change deletes the row.
CREATE TABLE feed_entry (
    kind       VARCHAR(40)  NOT NULL,
    entry      VARCHAR(40)  NOT NULL,
    id         BIGINT       NOT NULL,
    feed_seq   BIGINT       NOT NULL,
    item_json  CHARACTER LARGE OBJECT NOT NULL,
    pulled_at  BIGINT       NOT NULL,
    PRIMARY KEY (kind, entry, id)
);

-- A list reads requests without their large fields (issue 12, as the queues read from columns, issue 14): list_json is
-- the view as a list shows it (RequestView.listView: e.g. a 服务内容 item without its body of up to 1 MB), NULL when that
-- is the view itself. The full view_json is read only for the request opened. Rows written before this migration have
-- NULL and are read from view_json until the feed or an action writes them again.
ALTER TABLE kind_request ADD COLUMN list_json CHARACTER LARGE OBJECT;

-- A follow-up of a creation not confirmed yet (an edit or 发布 of a 服务内容 item written offline after its 新增): it waits
-- for the creation's outbox entry after_id and names the request (kind, 0) with its route's {id} unfilled; when the
-- server confirms the creation, the same transaction fills in the created request's id, route and version, so the
-- follow-up is then sent once, after it, on the right request — also after a crash between the two uploads.
ALTER TABLE outbox ADD COLUMN after_id BIGINT;
CREATE INDEX outbox_after ON outbox (after_id);
