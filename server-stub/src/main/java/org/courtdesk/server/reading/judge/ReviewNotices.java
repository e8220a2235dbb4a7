package org.courtdesk.server.reading.judge;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.courtdesk.server.notify.Sms;

/**
 * The SMS an applicant receives for a decision (the texts of seeds 002 and 003). Kept within the notification
 * column's 1000 characters by shortening the judge's explanation, never the dates, passwords or address. The
 * download code and open password are the SMS's secret spans: stored and served masked, sent in full.
 */
public final class ReviewNotices {

    static final int MAX_LENGTH = 1000;

    /**
     * The reminder every 现场阅卷 SMS carries (seed 002). Courts' reading-room notices often begin with it already (as
     * the seed's screen shows it), so it is taken off the notice rather than said twice.
     */
    private static final Pattern BRING_PAPERS =
            Pattern.compile("^\\s*温馨提示\\s*[：:]\\s*现场阅卷需要带齐相关证明材料\\s*[，,。.；;]?\\s*");

    private ReviewNotices() {}

    /** 审查不通过, with the judge's explanation. */
    public static Sms refused(String caseNumber, String courtName, String explanation) {
        String head = "您申请的【" + caseNumber + "】【阅卷申请】审查不通过。审查意见说明：";
        String tail = "如有需要，可重新提交阅卷申请。【" + courtName + "】";
        return Sms.plain(head + fit(explanation, MAX_LENGTH - head.length() - tail.length() - 1) + "。" + tail);
    }

    /** 现场阅卷 approved: the window, the reading room's address and hours (seed 002 fig. 14). */
    public static Sms onSite(String caseNumber, String courtName, LocalDate start, LocalDate end,
                                String readingRoomNotice, String explanation) {
        String head = "您申请的【" + caseNumber + "】【现场阅卷】审查已通过，请于" + start + "至" + end
                + "期间到院现场阅卷，逾期未能阅卷需重新申请。";
        String where = readingRoomNotice == null ? "" : strip(BRING_PAPERS.matcher(readingRoomNotice).replaceFirst(""));
        String room = "温馨提示：现场阅卷需要带齐相关证明材料" + (where.isEmpty() ? "" : "，" + where) + "。";
        String tail = "【" + courtName + "】";
        String middle = explanation == null || explanation.isBlank() ? ""
                : "审查意见说明：" + fit(explanation, MAX_LENGTH - head.length() - room.length() - tail.length() - 9) + "。";
        return Sms.plain(cap(head + middle + room + tail));
    }

    /** 在线阅卷 approved: validity date, download code and document-open password (seed 003). */
    public static Sms online(String caseNumber, String courtName, LocalDate validUntil, String downloadCode,
                             String openPassword) {
        return Sms.builder()
                .text("您申请的【" + caseNumber + "】【在线阅卷】审核已通过，有效截止日期" + validUntil
                        + "，您可以登录诉讼服务平台下载卷宗。卷宗下载密码为：").secret(downloadCode)
                .text("，卷宗文档打开密码为：").secret(openPassword)
                .text("，密码信息请勿泄漏！【" + courtName + "】")
                .build();
    }

    private static String strip(String s) {
        String t = s.trim();
        while (t.endsWith("。") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String fit(String text, int max) {
        String t = text == null ? "" : strip(text);
        if (max <= 1) {
            return "";
        }
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    private static String cap(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
