package org.courtdesk.app.sync;

import java.time.Instant;
import java.util.List;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.request.RequestKind;
import org.jdbi.v3.core.Handle;

/**
 * How changes of one kind of request go from the feed into the cache. The kinds this workstation knows are the
 * kinds with a {@code KindSync} ({@link #installed()}); the sync skips changes of any other kind and records the
 * skip ({@link org.courtdesk.app.cache.FeedKinds}), so a later workstation that knows the kind pulls them again.
 */
public interface KindSync {

    RequestKind kind();

    /**
     * Applies one change of {@link #kind()} inside the transaction of its page (with the cursor). Returns whether
     * the cache changed, so the screens are told.
     */
    boolean apply(Handle h, Change change, Instant now);

    /** The kinds this workstation knows, one entry each: a new kind's sync is added here. */
    static List<KindSync> installed() {
        return List.of(new ReadingSync());
    }
}
