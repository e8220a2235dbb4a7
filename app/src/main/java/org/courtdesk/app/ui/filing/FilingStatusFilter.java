package org.courtdesk.app.ui.filing;

import org.courtdesk.model.request.RequestStatus;

/** The 状态 query condition of the 网上立案 queue: 全部 / 收 / 符 / 退 / 立. */
public enum FilingStatusFilter {
    ALL(null),
    RECEIVED(RequestStatus.FILING_RECEIVED),
    CONFORMS(RequestStatus.FILING_CONFORMS),
    RETURNED(RequestStatus.FILING_RETURNED),
    FILED(RequestStatus.FILING_FILED);

    private final RequestStatus status;

    FilingStatusFilter(RequestStatus status) {
        this.status = status;
    }

    public boolean matches(RequestStatus s) {
        return status == null || status == s;
    }

    /** The bundle key of its label. */
    public String key() {
        return this == ALL ? "filing.filter.status.all" : "status." + status.name();
    }
}
