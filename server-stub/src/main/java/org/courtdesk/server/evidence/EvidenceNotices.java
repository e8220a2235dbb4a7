package org.courtdesk.server.evidence;

import java.util.List;

import org.courtdesk.model.evidence.EvidenceDeadlines;
import org.courtdesk.server.notify.Sms;

/**
 * The SMS the parties' lawyers receive about an evidence exchange (spec-004 §1 Notices, §7 [I]): when the court
 * organises it (the deadlines), and when the judge changes a deadline (old → new and the reason).
 */
public final class EvidenceNotices {

    static final int MAX_REASON = 200;

    private EvidenceNotices() {}

    public static Sms created(String caseNumber, String courtName, EvidenceDeadlines d) {
        return Sms.plain("您代理的案件（案号：" + caseNumber + "）已组织证据交换。举证期限：原告至" + d.plaintiff() + "，被告"
                + (d.thirdParty() != null ? "至" + d.defendant() + "，第三人至" + d.thirdParty() : "及第三人至" + d.defendant())
                + "；质证期限至" + d.crossExamination() + "。请在期限内登录诉讼服务网提交证据及质证意见，逾期提交的证据将标注为逾期举证。【"
                + courtName + "】");
    }

    public static Sms changed(String caseNumber, String courtName, List<String> changes, String reason) {
        String r = reason.trim();
        if (r.length() > MAX_REASON) {
            r = r.substring(0, MAX_REASON - 1) + "…";
        }
        return Sms.plain("您代理的案件（案号：" + caseNumber + "）证据交换期限已变更：" + String.join("；", changes) + "。变更理由："
                + r + "【" + courtName + "】");
    }
}
