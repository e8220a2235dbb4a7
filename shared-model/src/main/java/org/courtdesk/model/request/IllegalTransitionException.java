package org.courtdesk.model.request;

/** A status change the transition table does not allow. */
public class IllegalTransitionException extends RuntimeException {
    private final RequestKind kind;
    private final RequestStatus from;
    private final RequestStatus to;

    public IllegalTransitionException(RequestKind kind, RequestStatus from, RequestStatus to) {
        super(kind.label() + "不能从「" + from.label() + "」变为「" + to.label() + "」");
        this.kind = kind;
        this.from = from;
        this.to = to;
    }

    public RequestKind kind() { return kind; }
    public RequestStatus from() { return from; }
    public RequestStatus to() { return to; }
}
