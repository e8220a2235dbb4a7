package org.courtdesk.app.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        List<RequestView> views = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        for (Change c : changes) {
            RequestView view = c.op() == ChangeOp.REMOVED ? null : c.view();
            if (c.op() == ChangeOp.REMOVED) {
                if (apply(h, c, now)) {
                    changed.add(c.requestId());
                }
            } else if (view != null && view.kind() == kind) {
                views.add(view);
                seqs.add(c.seq());
            }
        }
        changed.addAll(KindRequestStore.upsertAll(h, kind, views, seqs.stream().mapToLong(Long::longValue).toArray(),
                now));
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
