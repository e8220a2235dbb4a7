package org.courtdesk.app.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.courtdesk.app.cache.CachedRequest;
import org.courtdesk.app.cache.RequestStore;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestKind;
import org.jdbi.v3.core.Handle;

/** Changes of 阅卷申请 into {@link RequestStore}. */
final class ReadingSync implements KindSync {

    @Override
    public RequestKind kind() {
        return RequestStore.KIND;
    }

    @Override
    public boolean apply(Handle h, Change change, Instant now) {
        if (change.op() == ChangeOp.REMOVED) {
            List<OutboxEntry> local = Outbox.allFor(h, RequestRef.of(RequestStore.KIND, change.requestId()));
            if (!local.isEmpty()) {
                RequestStore.markRemoved(h, change.requestId(), change.seq());
                ReadingRequestView last = RequestStore.find(h, change.requestId()).map(CachedRequest::view).orElse(null);
                for (OutboxEntry e : local) {
                    if (!e.needsJudge()) {
                        // The outbox keeps the reason as a note in the language of the moment, as it keeps the
                        // server's own words.
                        Outbox.markRefused(h, e.id(), last, ErrorCode.NOT_FOUND, Messages.text(SyncService.MSG_REMOVED));
                    }
                }
            } else {
                h.createUpdate("DELETE FROM reading_request WHERE id = :id").bind("id", change.requestId()).execute();
            }
            return true;
        }
        ReadingRequestView view = change.viewAs(ReadingRequestView.class);
        if (view != null) {
            // Stored even while a decision waits: the workspace keeps showing the pending decision.
            RequestStore.upsert(h, view, change.seq(), now);
            return true;
        }
        return false;
    }

    /** Removals one by one (rare, and they look at the outbox); the upserts of the page in one batch. */
    @Override
    public Set<Long> applyAll(Handle h, List<Change> changes, Instant now) {
        Set<Long> changed = new LinkedHashSet<>();
        List<ReadingRequestView> views = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        for (Change c : changes) {
            ReadingRequestView view = c.op() == ChangeOp.REMOVED ? null : c.viewAs(ReadingRequestView.class);
            if (view != null) {
                views.add(view);
                seqs.add(c.seq());
            } else if (apply(h, c, now)) {
                changed.add(c.requestId());
            }
        }
        long[] feedSeqs = seqs.stream().mapToLong(Long::longValue).toArray();
        RequestStore.upsertAll(h, views, feedSeqs, now);
        for (ReadingRequestView v : views) {
            changed.add(v.id()); // as apply: stored, or a newer version already is
        }
        return changed;
    }

    @Override
    public boolean storesActionResult(Handle h, RequestView view, Instant now) {
        return view instanceof ReadingRequestView reading && RequestStore.upsert(h, reading, -1, now);
    }

    @Override
    public RequestView cached(Handle h, long id) {
        return RequestStore.find(h, id).map(CachedRequest::view).orElse(null);
    }
}
