package org.courtdesk.model.api;

import org.courtdesk.model.request.RequestKind;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the changes feed: the state after change {@code seq} of a request, or of another thing of the kind the
 * user may see (a feed entry).
 * <ul>
 *   <li>A request ({@code entry} null): {@code view} is the request's view for an UPSERT (its JSON {@code kind} names
 *       the view type, e.g. ReadingRequestView for 阅卷申请; an {@link RequestView.Unknown} for a kind this build
 *       cannot read); null for REMOVED.</li>
 *   <li>A feed entry that is not a request ({@code entry} names what it is within its kind, e.g. {@code TRANSCRIPT_FILE}
 *       for a hearing transcript of 庭审笔录; {@code requestId} is then its id among the entries of that name):
 *       {@code item} is its current state for an UPSERT (a JSON object the kind reads as its own record; as decoded
 *       without the type, e.g. a map), null for REMOVED; {@code view} is null. Entries let a kind keep a list beside
 *       its requests up to date and offline through the one feed, without being a request.</li>
 * </ul>
 */
public record Change(long seq, RequestKind kind, long requestId, ChangeOp op, RequestView view,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String entry,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Object item) {

    /** A change of a request. */
    public Change(long seq, RequestKind kind, long requestId, ChangeOp op, RequestView view) {
        this(seq, kind, requestId, op, view, null, null);
    }

    /** A change of a feed entry that is not a request ({@code item} its state, null for REMOVED). */
    public static Change ofEntry(long seq, RequestKind kind, String entry, long id, ChangeOp op, Object item) {
        if (entry == null || entry.isBlank()) {
            throw new IllegalArgumentException("a feed entry needs its name");
        }
        return new Change(seq, kind, id, op, null, entry, item);
    }

    /** Whether this is a change of a feed entry rather than of a request. */
    public boolean aboutEntry() {
        return entry != null;
    }

    /** {@code view} as {@code type}, or null when there is none or it is another type (another kind). */
    public <V extends RequestView> V viewAs(Class<V> type) {
        return type.isInstance(view) ? type.cast(view) : null;
    }
}
