package org.courtdesk.app.ui.preservation;

import org.courtdesk.model.request.RequestStatus;

/** The 状态 query condition of the 诉讼保全 queue (spec-004 §5): 全部 / 提交/待处理 / 退回 / 已接收. */
public enum PreservationStatusFilter {
    ALL(null),
    SUBMITTED(RequestStatus.SUBMITTED),
    RETURNED(RequestStatus.RETURNED),
    ACCEPTED(RequestStatus.ACCEPTED);

    private final RequestStatus status;

    PreservationStatusFilter(RequestStatus status) {
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
