package org.courtdesk.app.ui.transcript;

import org.courtdesk.app.workspace.StaffOp;

/** The staff action of 庭审笔录 and its server route: the answer to a 申请补正 (spec-004 §13). */
public final class TranscriptOps {

    /** 同意补正 / 不予补正 ({@link org.courtdesk.model.transcript.TranscriptDecision}). */
    public static final StaffOp DECIDE = new StaffOp("transcript-decision",
            "api/v1/judge/transcript-corrections/{id}/decision", true);

    private TranscriptOps() {}
}
