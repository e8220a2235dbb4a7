package org.courtdesk.app.ui.adjournment;

import org.courtdesk.app.workspace.StaffOp;

/** The staff action of 延期开庭 and its server route (spec-004 §4: 填写审查意见). */
public final class AdjournmentOps {

    /** 审查通过 with the new hearing time, or 审查不通过 with the reason ({@link org.courtdesk.model.adjournment.AdjournmentDecision}). */
    public static final StaffOp DECISION = new StaffOp("adjournment-decision", "api/v1/judge/adjournments/{id}/decision", true);

    private AdjournmentOps() {}
}
