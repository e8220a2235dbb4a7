package org.courtdesk.app.ui.suggestion;

import org.courtdesk.app.workspace.StaffOp;

/** The staff action of 意见建议 and its server route (spec-004 §12 fig. 366: 答复意见建议). */
public final class SuggestionOps {

    /** 答复意见建议 ({@link org.courtdesk.model.suggestion.SuggestionReply}). */
    public static final StaffOp REPLY = new StaffOp("suggestion-reply", "api/v1/judge/suggestions/{id}/reply", true);

    private SuggestionOps() {}
}
