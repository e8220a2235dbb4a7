package org.courtdesk.app.ui.appeal;

import org.courtdesk.app.workspace.StaffOp;

/** The staff action of 提起上诉 and its server route (spec-004 §3: 填写审查意见). */
public final class AppealOps {

    /** 已接受, or 退回 with the reason ({@link org.courtdesk.model.appeal.AppealDecision}). */
    public static final StaffOp DECISION = new StaffOp("appeal-decision", "api/v1/judge/appeals/{id}/decision", true);

    private AppealOps() {}
}
