package org.courtdesk.server.investigation;

import org.courtdesk.server.audit.AuditLog;

/** The audit actions of 调查令, in the words the trail is read in. */
public final class InvestigationAudit {

    public static final String SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String RETURN = "退回";
    public static final String ISSUE = "接收并签发调查令";

    private InvestigationAudit() {}
}
