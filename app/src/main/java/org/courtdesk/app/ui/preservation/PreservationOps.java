package org.courtdesk.app.ui.preservation;

import org.courtdesk.app.workspace.StaffOp;

/** The staff actions of 诉讼保全 and their server routes (spec-004 §5 填写审查意见). */
public final class PreservationOps {

    /** 退回 with its reason ({@link org.courtdesk.model.preservation.PreservationReturn}). */
    public static final StaffOp RETURN = new StaffOp("preservation-return", "api/v1/judge/preservations/{id}/return", true);
    /** 接收, with the ruling's reference if any ({@link org.courtdesk.model.preservation.PreservationAccept}). */
    public static final StaffOp ACCEPT = new StaffOp("preservation-accept", "api/v1/judge/preservations/{id}/accept", true);

    private PreservationOps() {}
}
