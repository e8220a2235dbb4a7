package org.courtdesk.app.ui.transcript;

import org.courtdesk.app.workspace.StaffOp;

/** The staff action of 庭审笔录 and its server route: the answer to a 申请补正 (spec-004 §13). */
public final class TranscriptOps {

    /** 同意补正 / 不予补正 ({@link org.courtdesk.model.transcript.TranscriptDecision}). */
    public static final StaffOp DECIDE = new StaffOp("transcript-decision",
            "api/v1/judge/transcript-corrections/{id}/decision", true);

    /**
     * 上传笔录: the case's judge or a clerk attaches a hearing transcript's PDF ({@code TranscriptAttachForm} as the part
     * {@code transcript}, the PDF as the part {@code PDF}); queued with its file, offline-capable, sent once.
     */
    public static final StaffOp ATTACH = StaffOp.uploadCreation("transcript-attach", "api/v1/judge/transcripts",
            "transcript");

    /** The file part of {@link #ATTACH}. */
    public static final String PDF_PART = "PDF";

    private TranscriptOps() {}
}
