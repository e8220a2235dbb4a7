package org.courtdesk.app.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.KindDescriptor;
import org.courtdesk.model.request.KindRegistry;
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

    /**
     * Applies the changes of {@link #kind()} of one page, in the page's transaction; returns the ids of the requests
     * whose cache row changed. A page names each request once (at its latest change), so the order among them does
     * not matter and a kind may write them in one batch; by default they are applied one by one.
     */
    default Set<Long> applyAll(Handle h, List<Change> changes, Instant now) {
        Set<Long> changed = new LinkedHashSet<>();
        for (Change c : changes) {
            if (apply(h, c, now)) {
                changed.add(c.requestId());
            }
        }
        return changed;
    }

    /**
     * Stores the request's state that came outside the feed (the answer to an action, or the {@code current} of a
     * refusal); returns whether it was stored.
     */
    boolean storesActionResult(Handle h, RequestView view, Instant now);

    /** The cached state of request {@code id} of this kind, null when none. */
    RequestView cached(Handle h, long id);

    /**
     * The kinds this workstation knows, one entry each: 阅卷 with its own table, and every other kind shared-model's
     * {@link KindRegistry} lists as built, stored as views ({@link StoredKindSync}). A new kind adds nothing here.
     */
    static List<KindSync> installed() {
        List<KindSync> kinds = new ArrayList<>();
        kinds.add(new ReadingSync());
        for (KindDescriptor d : KindRegistry.all()) {
            if (d.isBuilt() && d.kind() != RequestKind.CASE_FILE_READING) {
                kinds.add(new StoredKindSync(d.kind()));
            }
        }
        return List.copyOf(kinds);
    }
}
