package org.courtdesk.app.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.courtdesk.app.cache.KindRequestStore;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.jdbi.v3.core.Handle;

/**
 * Changes of any kind stored as views in {@link KindRequestStore}: every built kind but 阅卷 syncs this way, so a
 * new kind needs no sync code. A change whose view this build cannot read is not applied (returns false).
 */
final class StoredKindSync implements KindSync {

    private final RequestKind kind;

    StoredKindSync(RequestKind kind) {
        this.kind = kind;
    }

    @Override
    public RequestKind kind() {
        return kind;
    }

    @Override
    public boolean apply(Handle h, Change change, Instant now) {
        RequestRef ref = RequestRef.of(kind, change.requestId());
        if (change.op() == ChangeOp.REMOVED) {
            if (Outbox.allFor(h, ref).isEmpty()) {
                KindRequestStore.delete(h, ref);
            } else {
                KindRequestStore.markRemoved(h, ref, change.seq());
                RequestView last = KindRequestStore.find(h, ref).map(KindRequestStore.Cached::view).orElse(null);
                for (OutboxEntry e : Outbox.allFor(h, ref)) {
                    if (!e.needsJudge()) {
                        Outbox.markRefused(h, e.id(), last, ErrorCode.NOT_FOUND, Messages.text(SyncService.MSG_REMOVED));
                    }
                }
            }
            return true;
        }
        RequestView view = change.view();
        if (view == null || view.kind() != kind) {
            return false;
        }
        return KindRequestStore.upsert(h, view, change.seq(), now);
    }

    /** Removals one by one (rare, and they look at the outbox); the upserts of the page in one batch. */
    @Override
    public Set<Long> applyAll(Handle h, List<Change> changes, Instant now) {
        Set<Long> changed = new LinkedHashSet<>();
        for (RequestRef ref : applyAll(h, Map.of(kind, this), changes, now)) {
            changed.add(ref.id());
        }
        return changed;
    }

    /**
     * The changes of a page for several kinds stored as views ({@code syncs}, by kind), in one batch across the kinds
     * (issue 14: a page's other kinds were a SELECT and a MERGE per kind, a dozen small batches per page). Removals one
     * by one, as {@link #apply}. Returns the requests whose cache row changed.
     */
    static Set<RequestRef> applyAll(Handle h, Map<RequestKind, StoredKindSync> syncs, List<Change> changes,
                                    Instant now) {
        Set<RequestRef> changed = new LinkedHashSet<>();
        List<RequestView> views = new ArrayList<>();
        long[] seqs = new long[changes.size()];
        for (Change c : changes) {
            StoredKindSync sync = syncs.get(c.kind());
            if (sync == null) {
                continue;
            }
            if (c.op() == ChangeOp.REMOVED) {
                if (sync.apply(h, c, now)) {
                    changed.add(RequestRef.of(sync.kind, c.requestId()));
                }
            } else if (c.view() != null && c.view().kind() == sync.kind) {
                seqs[views.size()] = c.seq();
                views.add(c.view());
            }
        }
        changed.addAll(KindRequestStore.upsertAll(h, views, Arrays.copyOf(seqs, views.size()), now));
        return changed;
    }

    @Override
    public boolean storesActionResult(Handle h, RequestView view, Instant now) {
        return view != null && view.kind() == kind && KindRequestStore.upsert(h, view, -1, now);
    }

    @Override
    public RequestView cached(Handle h, long id) {
        return KindRequestStore.find(h, RequestRef.of(kind, id)).map(KindRequestStore.Cached::view).orElse(null);
    }
}
