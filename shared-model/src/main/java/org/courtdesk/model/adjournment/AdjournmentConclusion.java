package org.courtdesk.model.adjournment;

import org.courtdesk.model.request.RequestStatus;

/** 审查结论 of a 延期开庭申请 (spec-004 §4 Statuses: 审查通过 / 审查不通过). */
public enum AdjournmentConclusion {
    APPROVE(RequestStatus.APPROVED),
    REJECT(RequestStatus.REJECTED);

    private final RequestStatus status;

    AdjournmentConclusion(RequestStatus status) {
        this.status = status;
    }

    /** The status the request moves to. */
    public RequestStatus status() {
        return status;
    }

    public String label() {
        return status.label();
    }
}
