package org.courtdesk.server.transcript;

import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.notify.Sms;

/** The audit words and the SMS of a 申请补正 (spec-004 §1 Notices [I]: one SMS per decision, signed 【法院名称】). */
public final class TranscriptNotices {

    public static final String SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String AGREE = "同意补正";
    public static final String REFUSE = "不予补正";

    private TranscriptNotices() {}

    public static Sms answered(String applicationNo, String caseNumber, String title, boolean agreed, String reason,
                               String courtName) {
        String r = reason == null || reason.isBlank() ? "" : (agreed ? "说明：" : "理由：") + fit(reason.trim(), 300) + "。";
        return Sms.plain("您对" + caseNumber + "《" + fit(title, 40) + "》提出的补正申请【" + applicationNo + "】，法官"
                + (agreed ? "同意补正。" : "决定不予补正，申请已记录在案。") + r + "【" + courtName + "】");
    }

    private static String fit(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
