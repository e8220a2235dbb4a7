package org.courtdesk.app.ui.filing;

import org.courtdesk.app.workspace.StaffOp;

/** The staff actions of 网上立案 and their server routes (spec-004 §2 screens 2, 3, 5). */
public final class FilingOps {

    /** 审查 step 1: 保存审查意见及理由 ({@link org.courtdesk.model.filing.FilingOpinionSave}). */
    public static final StaffOp OPINION = new StaffOp("filing-opinion", "api/v1/judge/filings/{id}/opinion", true);
    /** 审查 step 2: 符 / 退 ({@link org.courtdesk.model.filing.FilingConclusionDecision}). */
    public static final StaffOp CONCLUSION = new StaffOp("filing-conclusion", "api/v1/judge/filings/{id}/conclusion", true);
    /** 收案 of a 符 filing ({@link org.courtdesk.model.filing.FilingIntake}). */
    public static final StaffOp INTAKE = new StaffOp("filing-intake", "api/v1/judge/filings/{id}/intake", true);
    /** 留言: changes no status, so it is not based on a version ({@link org.courtdesk.model.filing.FilingMessagePost}). */
    public static final StaffOp MESSAGE = new StaffOp("filing-message", "api/v1/judge/filings/{id}/messages", false);

    private FilingOps() {}
}
