package org.courtdesk.server.appeal;

import org.courtdesk.server.audit.AuditLog;

/** The audit actions of 提起上诉, in the words the trail is read in. */
public final class AppealAudit {

    public static final String SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String ACCEPT = "已接受";
    public static final String RETURN = "退回";

    private AppealAudit() {}
}
