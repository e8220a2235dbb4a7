package org.courtdesk.server.transfer;

import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.notify.Sms;

/**
 * The audit words and the SMS of 材料转接 (spec-004 §10 [I]: receiving tells the submitter). The material is named by
 * its 申请编号, 案号 and 材料名称 (shortened to fit, never the numbers).
 */
public final class TransferNotices {

    public static final String SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String RECEIVE = "接收";

    private TransferNotices() {}

    public static Sms received(String applicationNo, String caseNumber, String title, String courtName) {
        String t = title == null ? "" : title.trim();
        if (t.length() > 60) {
            t = t.substring(0, 59) + "…";
        }
        return Sms.plain("您向承办法官转交的材料【" + applicationNo + "】“" + t + "”（案号：" + caseNumber
                + "）法院已接收，已归入案件电子卷宗。【" + courtName + "】");
    }
}
