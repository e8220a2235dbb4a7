package org.courtdesk.server.adjournment;

import java.time.LocalDateTime;

import org.courtdesk.server.notify.Sms;

/**
 * The SMS an applicant receives about a 延期开庭申请 (spec-004 §4 Notifications [I]): approved, with the new hearing
 * time and place; not approved, with the judge's reason (the hearing stays as scheduled). Named by 案号 and 申请编号;
 * the judge's free text is shortened to fit the notification column, never the number or the times.
 */
public final class AdjournmentNotices {

    static final int MAX_LENGTH = 1000;

    private AdjournmentNotices() {}

    public static Sms approved(String applicationNo, String caseNumber, String courtName, LocalDateTime newHearingAt,
                               String place) {
        return Sms.plain("您就" + caseNumber + "案提交的延期开庭申请【" + applicationNo + "】经审查准许，该案改于"
                + show(newHearingAt) + "在" + place + "开庭，请准时到庭。【" + courtName + "】");
    }

    public static Sms rejected(String applicationNo, String caseNumber, String courtName, LocalDateTime hearingAt,
                               String reason) {
        String head = "您就" + caseNumber + "案提交的延期开庭申请【" + applicationNo + "】经审查不予准许。理由：";
        String tail = "。该案仍于" + show(hearingAt) + "开庭，请准时到庭。【" + courtName + "】";
        return Sms.plain(head + fit(strip(reason), MAX_LENGTH - head.length() - tail.length()) + tail);
    }

    /** 2026年12月10日 09:30, as a notice reads. */
    public static String show(LocalDateTime t) {
        return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日 "
                + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private static String strip(String s) {
        String t = s == null ? "" : s.trim();
        while (t.endsWith("。") || t.endsWith(".") || t.endsWith("；")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }
}
