package org.courtdesk.server.preservation;

import org.courtdesk.server.notify.Sms;

/**
 * The SMS an applicant receives about a 诉讼保全 (spec-004 §1 Notices [I]: one SMS per decision, signed 【法院名称】): on
 * 退回 with the reason, on 接收 with the ruling's reference when one was recorded. The application is named by its
 * 申请编号 and, in litigation, its 案号. The free text is shortened to fit the notification column, never the numbers.
 */
public final class PreservationNotices {

    static final int MAX_LENGTH = 1000;

    private PreservationNotices() {}

    public static Sms returned(String applicationNo, String caseNumber, String courtName, String reason) {
        String head = "您提交的诉讼保全申请【" + applicationNo + "】" + onCase(caseNumber) + "已被退回。退回理由：";
        String tail = "。如需保全，请按要求补正后重新提交。【" + courtName + "】";
        return Sms.plain(head + fit(strip(reason), MAX_LENGTH - head.length() - tail.length()) + tail);
    }

    public static Sms accepted(String applicationNo, String caseNumber, String courtName, String rulingReference) {
        String ruling = rulingReference == null || rulingReference.isBlank() ? ""
                : "，保全裁定文号：" + rulingReference.trim();
        return Sms.plain("您提交的诉讼保全申请【" + applicationNo + "】" + onCase(caseNumber) + "法院已接收" + ruling
                + "。保全裁定将依法送达，请留意。【" + courtName + "】");
    }

    private static String onCase(String caseNumber) {
        return caseNumber == null ? "" : "（案号：" + caseNumber + "）";
    }

    private static String strip(String s) {
        String t = s == null ? "" : s.trim();
        while (t.endsWith("。") || t.endsWith(".") || t.endsWith("；")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String fit(String text, int max) {
        if (max <= 1) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
