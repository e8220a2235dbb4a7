package org.courtdesk.app.ui.investigation;

import org.courtdesk.app.workspace.StaffOp;

/** The staff actions of 诉讼保全 and their server routes (spec-004 §5 填写审查意见). */
public final class InvestigationOps {

    /** 退回 with its reason ({@link org.courtdesk.model.investigation.InvestigationReturn}). */
    public static final StaffOp RETURN = new StaffOp("investigation-return", "api/v1/judge/investigation-orders/{id}/return", true);
    /** 接收, which issues the order ({@link org.courtdesk.model.investigation.InvestigationIssue}). */
    public static final StaffOp ISSUE = new StaffOp("investigation-issue", "api/v1/judge/investigation-orders/{id}/accept", true);

    private InvestigationOps() {}
}
