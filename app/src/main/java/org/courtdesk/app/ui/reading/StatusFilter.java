package org.courtdesk.app.ui.reading;

import org.courtdesk.model.request.RequestStatus;

/** The 状态 query condition of the 阅卷申请 queue. */
public enum StatusFilter {
    PENDING_REVIEW(RequestStatus.PENDING_REVIEW),
    APPROVED(RequestStatus.APPROVED),
    REJECTED(RequestStatus.REJECTED),
    EXPIRED(RequestStatus.EXPIRED),
    ALL(null);

    private final RequestStatus status;

    StatusFilter(RequestStatus status) {
        this.status = status;
    }

    public boolean matches(RequestStatus s) {
        return status == null || status == s;
    }

    /** The bundle key of its label. */
    public String key() {
        return this == ALL ? "queue.filter.status.all" : "status." + status.name();
    }
}
