package org.courtdesk.model.api;

/** The server's answer to a staff action: the request's new state; {@code replayed} when the key was seen before. */
public record DecisionResult(RequestView request, boolean replayed) {

    /** {@code request} as {@code type} (the kind's view), or null when it is another type. */
    public <V extends RequestView> V requestAs(Class<V> type) {
        return type.isInstance(request) ? type.cast(request) : null;
    }
}
