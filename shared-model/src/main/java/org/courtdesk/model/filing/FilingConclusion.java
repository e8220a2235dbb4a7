package org.courtdesk.model.filing;

import org.courtdesk.model.request.RequestStatus;

/** 审查结论 (spec-004 §2 screen 2: 选择审查结论; 符 / 退 inferred from the statuses). */
public enum FilingConclusion {
    /** 符合立案条件. */
    CONFORMS("符", RequestStatus.FILING_CONFORMS),
    /** 退回补正 or 不予受理; which one is {@link ReturnKind}. */
    RETURNED("退", RequestStatus.FILING_RETURNED);

    private final String label;
    private final RequestStatus status;

    FilingConclusion(String label, RequestStatus status) {
        this.label = label;
        this.status = status;
    }

    public String label() {
        return label;
    }

    /** The status the filing moves to. */
    public RequestStatus status() {
        return status;
    }
}
