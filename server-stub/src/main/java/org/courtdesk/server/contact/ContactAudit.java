package org.courtdesk.server.contact;

import org.courtdesk.server.audit.AuditLog;

/** The audit actions of 联系法官, in the words the trail is read in; one list for live requests and the demo. */
public final class ContactAudit {

    public static final String SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String REPLY = "答复约见请求";

    private ContactAudit() {}
}
