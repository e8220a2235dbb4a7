package org.courtdesk.server.filing;

import org.courtdesk.server.audit.AuditLog;

/** The audit actions of 网上立案, in the words the trail is read in; one list for live requests and the demo. */
public final class FilingAudit {

    public static final String SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String OPINION = "保存审查意见";
    public static final String CONFORMS = "审查结论：符";
    public static final String RETURN_FOR_SUPPLEMENT = "退回补正";
    public static final String NOT_ACCEPTED = "不予受理";
    public static final String INTAKE = "收案";
    public static final String COURT_MESSAGE = "法院留言";
    public static final String APPLICANT_MESSAGE = "申请人留言";
    public static final String SUPPLEMENT = "提交补正材料";

    private FilingAudit() {}
}
