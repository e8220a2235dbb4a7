package org.courtdesk.model.appeal;

import org.courtdesk.model.request.RequestStatus;

/** 审查结论 of an appeal (spec-004 §3 statuses): 已接受, or 退回 with a reason. */
public enum AppealConclusion {
    ACCEPT(RequestStatus.APPEAL_ACCEPTED),
    RETURN(RequestStatus.RETURNED);

    private final RequestStatus status;

    AppealConclusion(RequestStatus status) {
        this.status = status;
    }

    public RequestStatus status() {
        return status;
    }

    public String label() {
        return status.label();
    }
}
