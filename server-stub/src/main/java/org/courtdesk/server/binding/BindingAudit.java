package org.courtdesk.server.binding;

import org.courtdesk.server.audit.AuditLog;

/** The audit actions of 案件绑定, in the words the trail is read in; one list for live requests and the demo. */
public final class BindingAudit {

    public static final String SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String APPROVE = "审核通过";
    public static final String REJECT = "审核不通过";

    private BindingAudit() {}
}
