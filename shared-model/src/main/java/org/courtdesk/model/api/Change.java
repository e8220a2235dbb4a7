package org.courtdesk.model.api;

import org.courtdesk.model.request.RequestKind;

/**
 * One entry of the changes feed: the request's state after change {@code seq}. {@code view} is the request's view
 * for an UPSERT (its JSON {@code kind} names the view type, e.g. ReadingRequestView for 阅卷申请; an
 * {@link RequestView.Unknown} for a kind this build cannot read); null for REMOVED.
 */
public record Change(long seq, RequestKind kind, long requestId, ChangeOp op, RequestView view) {

    /** {@code view} as {@code type}, or null when there is none or it is another type (another kind). */
    public <V extends RequestView> V viewAs(Class<V> type) {
        return type.isInstance(view) ? type.cast(view) : null;
    }
}
