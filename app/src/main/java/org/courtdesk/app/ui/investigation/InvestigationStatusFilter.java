package org.courtdesk.app.ui.investigation;

import org.courtdesk.model.request.RequestStatus;

/** The 状态 query condition of the 调查令 queue (spec-004 §6): 全部 / 提交/待处理 / 退回 / 已接收. */
public enum InvestigationStatusFilter {
    ALL(null),
    SUBMITTED(RequestStatus.SUBMITTED),
    RETURNED(RequestStatus.RETURNED),
    ACCEPTED(RequestStatus.ACCEPTED);

    private final RequestStatus status;

    InvestigationStatusFilter(RequestStatus status) {
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
