package org.courtdesk.app.ui.appeal;

import org.courtdesk.model.request.RequestStatus;

/** The 状态 query condition: all, or one of the seed's three statuses (提交/待处理 · 退回 · 已接受). */
public enum AppealStatusFilter {
    ALL(null, "appeal.filter.all"),
    SUBMITTED(RequestStatus.SUBMITTED, "appeal.filter.submitted"),
    ACCEPTED(RequestStatus.APPEAL_ACCEPTED, "appeal.filter.accepted"),
    RETURNED(RequestStatus.RETURNED, "appeal.filter.returned");

    private final RequestStatus status;
    private final String key;

    AppealStatusFilter(RequestStatus status, String key) {
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
