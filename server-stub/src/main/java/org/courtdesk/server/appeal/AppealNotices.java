package org.courtdesk.server.appeal;

import org.courtdesk.server.notify.Sms;

/**
 * The SMS an applicant receives about an appeal (spec-004 §1 [I]): 已接受, and 退回 with the judge's reason. Named by
 * 原审案号 and 申请编号; the free text is shortened to fit the notification column, never the numbers.
 */
public final class AppealNotices {

    static final int MAX_LENGTH = 1000;

    private AppealNotices() {}

    public static Sms accepted(String applicationNo, String caseNumber, String courtName) {
        return Sms.plain("您对" + caseNumber + "案提起的上诉【" + applicationNo + "】已接受，本院将依法向对方当事人送达上诉状副本，"
                + "并在答辩期满后将案卷报送第二审人民法院。如未预交上诉案件受理费，请按通知交纳。【" + courtName + "】");
    }

    public static Sms returned(String applicationNo, String caseNumber, String courtName, String reason) {
        String head = "您对" + caseNumber + "案提起的上诉【" + applicationNo + "】已被退回。理由：";
        String tail = "。请在上诉期间内补正后重新提交。【" + courtName + "】";
        String r = reason == null ? "" : reason.strip();
        while (r.endsWith("。")) {
            r = r.substring(0, r.length() - 1);
        }
        int max = MAX_LENGTH - head.length() - tail.length();
        return Sms.plain(head + (r.length() <= max ? r : r.substring(0, Math.max(0, max - 1)) + "…") + tail);
    }
}
