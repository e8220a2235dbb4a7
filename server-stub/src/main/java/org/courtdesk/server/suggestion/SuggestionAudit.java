package org.courtdesk.server.suggestion;

import org.courtdesk.server.audit.AuditLog;

/** The audit actions of 意见建议, in the words the trail is read in; one list for live suggestions and the demo. */
public final class SuggestionAudit {

    public static final String SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String REPLY = "答复意见建议";

    private SuggestionAudit() {}
}
