package org.courtdesk.server.preservation;

import org.courtdesk.server.audit.AuditLog;

/** The audit actions of 诉讼保全, in the words the trail is read in; one list for live requests and the demo. */
public final class PreservationAudit {

    public static final String SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String RETURN = "退回";
    public static final String ACCEPT = "接收";

    private PreservationAudit() {}
}
