package org.courtdesk.server.investigation;

import java.time.LocalDate;

import org.courtdesk.server.notify.Sms;

/**
 * The SMS the lawyer receives about a 调查令 (spec-004 §1 Notices [I]): on 退回 with the reason, on 接收 with the order's
 * number and validity. Named by 申请编号 and 案号; the free text is shortened to fit, never the numbers or dates.
 */
public final class InvestigationNotices {

    static final int MAX_LENGTH = 1000;

    private InvestigationNotices() {}

    public static Sms returned(String applicationNo, String caseNumber, String courtName, String reason) {
        String head = "您提交的调查令申请【" + applicationNo + "】（案号：" + caseNumber + "）已被退回。退回理由：";
        String tail = "。【" + courtName + "】";
        String r = reason == null ? "" : reason.trim();
        while (r.endsWith("。")) {
            r = r.substring(0, r.length() - 1);
        }
        int max = MAX_LENGTH - head.length() - tail.length();
        return Sms.plain(head + (r.length() <= max ? r : r.substring(0, max - 1) + "…") + tail);
    }

    public static Sms issued(String applicationNo, String caseNumber, String courtName, String orderNo,
                             LocalDate validUntil) {
        return Sms.plain("您提交的调查令申请【" + applicationNo + "】（案号：" + caseNumber + "）已接收，调查令" + orderNo
                + "已签发，有效期至" + validUntil + "。请登录诉讼服务网下载调查令，在有效期内持令调查。【" + courtName + "】");
    }
}
