package org.courtdesk.model.binding;

import org.courtdesk.model.request.RequestStatus;

/** The reviewer's answer to a binding (spec-004 §8 Statuses [I]): 审核通过 binds the lawyer, 审核不通过 needs a reason. */
public enum BindingVerdict {
    APPROVE("审核通过", RequestStatus.BINDING_APPROVED),
    REJECT("审核不通过", RequestStatus.BINDING_REJECTED);

    private final String label;
    private final RequestStatus status;

    BindingVerdict(String label, RequestStatus status) {
        this.label = label;
        this.status = status;
    }

    public String label() {
        return label;
    }

    /** The status the binding moves to. */
    public RequestStatus status() {
        return status;
    }
}
