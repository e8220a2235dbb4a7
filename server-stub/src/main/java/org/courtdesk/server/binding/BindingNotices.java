package org.courtdesk.server.binding;

import org.courtdesk.model.binding.BindingAuthority;
import org.courtdesk.model.binding.BindingPartyRole;
import org.courtdesk.server.notify.Sms;

/**
 * The SMS of 案件绑定. To the court: the seed's 12368 push to the 承办人 when a lawyer applies [S 004:7]. To the
 * lawyer: the court form of seed 003's text on approval, naming case and party (spec-004 §8 Notification [I]), and a
 * refusal with the reason. Within the notification column's 1000 characters: only the reason is ever shortened.
 */
public final class BindingNotices {

    static final int MAX_LENGTH = 1000;

    private BindingNotices() {}

    /** To the 承办法官: a lawyer asks to be bound to a party of their case. */
    public static Sms newRequest(String caseNumber, String courtName, String lawyerName, BindingPartyRole role,
                                 String partyName) {
        return Sms.plain("律师" + lawyerName + "申请绑定" + caseNumber + "案件，代理" + role.label() + partyName
                + "，请及时登录诉讼服务平台审核。【" + courtName + "】");
    }

    /** 审核通过: case and party, and the authority recorded. */
    public static Sms approved(String caseNumber, String courtName, BindingPartyRole role, String partyName,
                               BindingAuthority authority) {
        return Sms.plain("您申请绑定的" + caseNumber + "案件已审核通过，您已登记为" + role.label() + partyName + "的代理律师（"
                + authority.label() + "），可登录诉讼服务平台查看。【" + courtName + "】");
    }

    /** 审核不通过, with the reason. */
    public static Sms rejected(String caseNumber, String courtName, String reason) {
        String head = "您申请绑定的" + caseNumber + "案件审核不通过。理由：";
        String tail = "。如需代理，请补齐材料后重新申请。【" + courtName + "】";
        String why = reason == null ? "" : reason.trim();
        while (why.endsWith("。") || why.endsWith(".")) {
            why = why.substring(0, why.length() - 1);
        }
        int room = MAX_LENGTH - head.length() - tail.length();
        if (why.length() > room) {
            why = why.substring(0, room - 1) + "…";
        }
        return Sms.plain(head + why + tail);
    }
}
