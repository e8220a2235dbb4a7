package org.courtdesk.server.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactWay;
import org.courtdesk.server.notify.Sms;

/**
 * The SMS of 联系法官. To the court: the 12368 push to the 承办人 when a request arrives (the seed's channel for
 * binding [S 004:7], the same for every new request [I]). To the applicant: the 预约答复结果 — for 同意约见 with the
 * time, place and way — and the 答复内容 (spec-004 §11 Notification [I]), signed 【法院名称】. Within the notification
 * column's 1000 characters: only the 答复内容 is ever shortened.
 */
public final class ContactNotices {

    static final int MAX_LENGTH = 1000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ContactNotices() {}

    /** To the 承办法官: a party or lawyer asks to meet them about a case, with the day the reply is due. */
    public static Sms newRequest(String caseNumber, String courtName, String applicantName, LocalDate replyDue) {
        return Sms.plain(applicantName + "就" + caseNumber + "案件申请约见法官，请于" + replyDue.getMonthValue() + "月"
                + replyDue.getDayOfMonth() + "日前登录诉讼服务平台答复。【" + courtName + "】");
    }

    /** To the applicant: the result and the answer. */
    public static Sms replied(String caseNumber, String courtName, ContactResult result, LocalDateTime meetingAt,
                              String place, ContactWay way, String content) {
        String head = "您就" + caseNumber + "案件提出的约见请求已答复：" + result.label();
        if (result == ContactResult.AGREE) {
            head += "，约见时间" + WHEN.format(meetingAt) + "，地点" + place.trim() + "，方式" + way.label();
        }
        head += "。答复内容：";
        String tail = "。【" + courtName + "】";
        String text = content == null ? "" : content.trim();
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
