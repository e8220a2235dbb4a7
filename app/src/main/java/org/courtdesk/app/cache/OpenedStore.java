package org.courtdesk.app.cache;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.jdbi.v3.core.Handle;

/** Which requests the judge has opened (unopened rows are shown in bold). Local only. */
public final class OpenedStore {

    private OpenedStore() {}

    /** Returns true when this is the first time. */
    public static boolean mark(Handle h, long requestId, Instant now) {
        int n = h.createUpdate("""
                INSERT INTO opened_request (request_id, opened_at)
                SELECT :id, :now WHERE NOT EXISTS (SELECT 1 FROM opened_request WHERE request_id = :id)
                """).bind("id", requestId).bind("now", now.toEpochMilli()).execute();
        return n > 0;
    }

    public static boolean isOpened(Handle h, long requestId) {
        return h.createQuery("SELECT COUNT(*) FROM opened_request WHERE request_id = :id")
                .bind("id", requestId).mapTo(Integer.class).one() > 0;
    }

    public static Set<Long> all(Handle h) {
        return new HashSet<>(h.createQuery("SELECT request_id FROM opened_request").mapTo(Long.class).list());
    }
}
