package org.courtdesk.app.ui.reading;

import org.courtdesk.model.request.RequestStatus;

/** The 状态 query condition of the 阅卷申请 queue. */
public enum StatusFilter {
    PENDING_REVIEW(RequestStatus.PENDING_REVIEW),
    APPROVED(RequestStatus.APPROVED),
    REJECTED(RequestStatus.REJECTED),
    EXPIRED(RequestStatus.EXPIRED),
    /** 冲突: a decision of mine the server refused with 409, whatever the request's status (issue 13). */
    CONFLICT(null),
    /** 待同步: saved here, not yet uploaded. */
    PENDING_SYNC(null),
    ALL(null);

    private final RequestStatus status;

    StatusFilter(RequestStatus status) {
        this.status = status;
    }

    public boolean matches(RequestStatus s) {
        return this != CONFLICT && this != PENDING_SYNC && (status == null || status == s);
    }

    /**
     * Whether a row is shown: by its status, and a conflicted row stays among 待审查 (its status on screen is my refused
     * decision's, but the request still waits for one) — it must not vanish from the judge's list.
     */
    public boolean matches(org.courtdesk.app.workspace.ReadingQueueRow row) {
        var sync = row.syncState();
        return switch (this) {
            case CONFLICT -> sync == org.courtdesk.app.workspace.ReadingQueueRow.SyncState.CONFLICT;
            case PENDING_SYNC -> sync == org.courtdesk.app.workspace.ReadingQueueRow.SyncState.PENDING;
            case PENDING_REVIEW -> row.status() == RequestStatus.PENDING_REVIEW
                    || sync == org.courtdesk.app.workspace.ReadingQueueRow.SyncState.CONFLICT;
            default -> matches(row.status());
        };
    }

    /** The bundle key of its label. */
    public String key() {
        return switch (this) {
            case ALL -> "queue.filter.status.all";
            case CONFLICT -> "queue.filter.status.conflict";
            case PENDING_SYNC -> "queue.filter.status.pendingSync";
            default -> "status." + status.name();
        };
    }
}
