package org.courtdesk.app.cache;

import java.time.Instant;
import java.util.List;

import org.courtdesk.app.api.Json;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.request.RequestKind;
import org.jdbi.v3.core.Handle;

/**
 * The cached feed entries that are not requests (table {@code feed_entry}; {@link Change#entry}): each kind's items of
 * one entry name as the server last sent them, kept by the sync in the page's transaction. No kind is named here; a
 * kind reads its entries as its own record type. Static operations on a handle, so callers compose them.
 */
public final class FeedEntryStore {

    private FeedEntryStore() {}

    /**
     * Applies one change of a feed entry: an UPSERT stores its item (unless a later change is already stored), a REMOVED
     * deletes it. Returns whether the cache changed.
     */
    public static boolean apply(Handle h, Change change, Instant now) {
        if (!change.aboutEntry() || change.kind() == null) {
            return false;
        }
        if (change.op() == ChangeOp.REMOVED || change.item() == null) {
            return h.createUpdate("DELETE FROM feed_entry WHERE kind = :k AND entry = :e AND id = :id")
                    .bind("k", change.kind().name()).bind("e", change.entry()).bind("id", change.requestId())
                    .execute() > 0;
        }
        Long stored = h.createQuery("SELECT feed_seq FROM feed_entry WHERE kind = :k AND entry = :e AND id = :id")
                .bind("k", change.kind().name()).bind("e", change.entry()).bind("id", change.requestId())
                .mapTo(Long.class).findOne().orElse(null);
        if (stored != null && stored > change.seq()) {
            return false;
        }
        h.createUpdate("MERGE INTO feed_entry (kind, entry, id, feed_seq, item_json, pulled_at) KEY (kind, entry, id) "
                        + "VALUES (:k, :e, :id, :seq, :json, :now)")
                .bind("k", change.kind().name()).bind("e", change.entry()).bind("id", change.requestId())
                .bind("seq", change.seq()).bind("json", Json.write(change.item())).bind("now", now.toEpochMilli())
                .execute();
        return true;
    }

    /** Every cached entry of {@code kind} named {@code entry}, read as {@code type}, by id. */
    public static <T> List<T> all(Handle h, RequestKind kind, String entry, Class<T> type) {
        return h.createQuery("SELECT item_json FROM feed_entry WHERE kind = :k AND entry = :e ORDER BY id")
                .bind("k", kind.name()).bind("e", entry)
                .map((rs, ctx) -> Json.read(RequestStore.clob(rs, 1), type))
                .list();
    }

    /** Forgets every entry (a different server). */
    public static void clear(Handle h) {
        h.createUpdate("DELETE FROM feed_entry").execute();
    }
}
