package org.courtdesk.app.ui.binding;

import org.courtdesk.app.workspace.StaffOp;

/** The staff action of 案件绑定 and its server route (spec-004 §8): 审核通过 / 审核不通过. */
public final class BindingOps {

    /** 审核 ({@link org.courtdesk.model.binding.BindingDecision}). */
    public static final StaffOp DECISION = new StaffOp("binding-decision", "api/v1/judge/bindings/{id}/decision", true);

    private BindingOps() {}
}
