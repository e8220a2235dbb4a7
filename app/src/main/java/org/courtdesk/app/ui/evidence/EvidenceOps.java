package org.courtdesk.app.ui.evidence;

import org.courtdesk.app.workspace.StaffOp;

/** The judge's staff operations on 证据交换 and their server routes (spec-004 §7). */
public final class EvidenceOps {

    /** 新增 ({@link org.courtdesk.model.evidence.EvidenceExchangeCreate}), a creation through the outbox. */
    public static final StaffOp CREATE = StaffOp.creation("evidence-create", "api/v1/judge/evidence-exchanges");
    /** 修改 of the deadlines ({@link org.courtdesk.model.evidence.EvidenceDeadlineChange}). */
    public static final StaffOp DEADLINES = new StaffOp("evidence-deadlines", "api/v1/judge/evidence-exchanges/{id}/deadlines", true);
    /** 审查 ({@link org.courtdesk.model.evidence.EvidenceReview}). */
    public static final StaffOp REVIEW = new StaffOp("evidence-review", "api/v1/judge/evidence-exchanges/{id}/review", true);

    /**
     * 纸质代传: the judge uploads paper evidence for a party ({@link org.courtdesk.model.evidence.EvidenceEntry} with its
     * side as the part {@code entry}, the scan as the part {@link #PAPER_FILE}), queued with its file and sent once.
     */
    public static final StaffOp PAPER = StaffOp.upload("evidence-paper", "api/v1/judge/evidence-exchanges/{id}/evidence",
            "entry");
    /** The file part of {@link #PAPER}. */
    public static final String PAPER_FILE = "EVIDENCE";

    private EvidenceOps() {}
}
