package org.courtdesk.app.ui.adjournment;

import org.courtdesk.model.request.RequestStatus;

/** The 状态 query condition (spec-004 §4): all, or one of the seed's three statuses. */
public enum AdjournmentStatusFilter {
    ALL(null, "adjournment.filter.all"),
    PENDING(RequestStatus.PENDING_REVIEW, "adjournment.filter.pending"),
    APPROVED(RequestStatus.APPROVED, "adjournment.filter.approved"),
    REJECTED(RequestStatus.REJECTED, "adjournment.filter.rejected");

    private final RequestStatus status;
    private final String key;

    AdjournmentStatusFilter(RequestStatus status, String key) {
        this.status = status;
        this.key = key;
    }

    public boolean accepts(RequestStatus s) {
        return status == null || status == s;
    }

    public String key() {
        return key;
    }
}
