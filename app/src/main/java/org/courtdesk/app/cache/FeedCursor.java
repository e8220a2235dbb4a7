package org.courtdesk.app.cache;

import java.time.Instant;

import org.jdbi.v3.core.Handle;

/** The position in the server's changes feed, stored in the same transaction as the page it follows. */
public final class FeedCursor {

    public static final String CHANGES = "changes";

    private FeedCursor() {}

    public static long get(Handle h) {
        return h.createQuery("SELECT cursor_seq FROM feed_cursor WHERE feed = :feed")
                .bind("feed", CHANGES).mapTo(Long.class).findOne().orElse(0L);
    }

    public static void set(Handle h, long cursor, Instant now) {
        h.createUpdate("MERGE INTO feed_cursor (feed, cursor_seq, updated_at) KEY (feed) VALUES (:feed, :c, :now)")
                .bind("feed", CHANGES).bind("c", cursor).bind("now", now.toEpochMilli()).execute();
    }
}
