package org.courtdesk.server.suggestion;

import java.time.LocalDate;

import org.courtdesk.server.notify.Sms;

/**
 * The SMS of 意见建议. To the court: the 12368 push to the judge when a suggestion on their case arrives (the seed's
 * channel [S 004:7], the same for every new request [I]); a suggestion without a case goes to the court's pool of
 * 中心审核员, and each of them gets the push (spec-004 §1: the court's people who work the request are told).
 * To the applicant: the answer, signed 【法院名称】 (spec-004 §1 [I]). Only the answer is ever shortened.
 */
public final class SuggestionNotices {

    static final int MAX_LENGTH = 1000;

    private SuggestionNotices() {}

    /** To the 承办法官: a suggestion on their case, with the day the reply is due. */
    public static Sms newOnCase(String caseNumber, String courtName, String applicantName, LocalDate replyDue) {
        return Sms.plain(applicantName + "就" + caseNumber + "案件提出意见建议，请于" + replyDue.getMonthValue() + "月"
                + replyDue.getDayOfMonth() + "日前登录诉讼服务平台答复。【" + courtName + "】");
    }

    /** To each 中心审核员 of the court: a suggestion on no case (the court's pool), with its 类别, title and due day. */
    public static Sms newToCourt(String courtName, String applicantName, String category, String title,
                                 LocalDate replyDue) {
        return Sms.plain(applicantName + "向" + courtName + "提出意见建议（" + category + "）“" + title + "”，请于"
                + replyDue.getMonthValue() + "月" + replyDue.getDayOfMonth() + "日前登录诉讼服务平台答复。【" + courtName
                + "】");
    }

    /** To the applicant: the answer to their suggestion. */
    public static Sms replied(String title, String courtName, String reply) {
        String head = "您提出的意见建议“" + title + "”已答复：";
        String tail = "。【" + courtName + "】";
        String text = reply == null ? "" : reply.trim();
        while (text.endsWith("。") || text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        int room = MAX_LENGTH - head.length() - tail.length();
        if (text.length() > room) {
            text = text.substring(0, room - 1) + "…";
        }
        return Sms.plain(head + text + tail);
    }
}
