package org.courtdesk.server.filing;

import java.time.LocalDate;
import java.util.List;

import org.courtdesk.server.notify.Sms;

/**
 * The SMS an applicant receives about a 网上立案 (spec-004 §2 Notifications [I]): on 符, on 退 (退回补正 with the list
 * and the deadline; 不予受理 with the reasons), on 立 with the 案号, and on each 留言 of the court. The filing is named
 * by its 流水号 (there is no 案号 before 立). Within the notification column's 1000 characters: the reviewer's free
 * text is shortened, never the number, dates or 案号.
 */
public final class FilingNotices {

    static final int MAX_LENGTH = 1000;

    private FilingNotices() {}

    /** 审查结论 符. */
    public static Sms conforms(String serialNo, String courtName) {
        return Sms.plain("您提交的网上立案申请【" + serialNo + "】经审查符合立案条件，法院将尽快办理立案，立案后另行短信告知案号。【"
                + courtName + "】");
    }

    /** 退回补正: every item at once, and by when (登记立案规定 第7条). */
    public static Sms supplement(String serialNo, String courtName, List<String> items, LocalDate deadline) {
        String head = "您提交的网上立案申请【" + serialNo + "】需补正，请于" + deadline + "前登录诉讼服务网补正以下内容：";
        String tail = "逾期未补正的，需重新提交立案申请。【" + courtName + "】";
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            list.append(i + 1).append(".").append(strip(items.get(i))).append(i + 1 < items.size() ? "；" : "。");
        }
        return Sms.plain(head + fit(list.toString(), MAX_LENGTH - head.length() - tail.length()) + tail);
    }

    /** 不予受理, with the reasons; the ruling may be appealed (民事诉讼法 第126条). */
    public static Sms notAccepted(String serialNo, String courtName, String reasons) {
        String head = "您提交的网上立案申请【" + serialNo + "】经审查不予受理。理由：";
        String tail = "。如不服裁定，可依法提起上诉。【" + courtName + "】";
        return Sms.plain(head + fit(strip(reasons), MAX_LENGTH - head.length() - tail.length()) + tail);
    }

    /** 立, with the 案号. */
    public static Sms filed(String serialNo, String courtName, String caseNumber) {
        return Sms.plain("您提交的网上立案申请【" + serialNo + "】已立案，案号为" + caseNumber + "，请留意法院后续通知。【"
                + courtName + "】");
    }

    /** A 留言 of the court. */
    public static Sms message(String serialNo, String courtName, String text) {
        String head = "您提交的网上立案申请【" + serialNo + "】有法院留言：";
        String tail = "。请登录诉讼服务网查看或回复。【" + courtName + "】";
        return Sms.plain(head + fit(strip(text), MAX_LENGTH - head.length() - tail.length()) + tail);
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
