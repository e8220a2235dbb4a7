package org.courtdesk.app.cache;

import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.request.RequestRef;

/** A 阅卷申请 as last pulled from the server; {@code removed} when the feed said it is gone for this user. */
public record CachedRequest(ReadingRequestView view, long feedSeq, boolean removed) {

    public long id() {
        return view.id();
    }

    /** Its identity among requests of every kind (outbox, opened flags). */
    public RequestRef ref() {
        return RequestStore.ref(view.id());
    }

    public long version() {
        return view.version();
    }
}
