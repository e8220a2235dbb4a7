package org.courtdesk.server.adjournment;

import org.courtdesk.server.audit.AuditLog;

/** The audit actions of 延期开庭, in the words the trail is read in; one list for live requests and the demo. */
public final class AdjournmentAudit {

    public static final String SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String APPROVE = AuditLog.ACTION_APPROVE;
    public static final String REJECT = AuditLog.ACTION_REJECT;

    private AdjournmentAudit() {}
}
