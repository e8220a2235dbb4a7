package org.courtdesk.app.ui.adjournment;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentHearing;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.HearingProcedure;
import org.courtdesk.model.request.RequestStatus;

/** The words and numbers of the 延期开庭 screens, from the bundles. */
public final class AdjournmentFormat {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AdjournmentFormat() {}

    public static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** Day and time without the year, for the list (the tooltip has the year). */
    public static String shortTime(LocalDateTime t) {
        return t == null ? "" : SHORT_TIME.format(t);
    }

    /** 状态 with the sync state: 待审查 · 待同步. */
    public static String statusText(AdjournmentRow r) {
        String s = status(r.shownStatus());
        return switch (r.sync()) {
            case NONE -> s;
            case PENDING -> s + " · " + Messages.get("adjournment.sync.pending");
            case CONFLICT -> s + " · " + Messages.get("adjournment.sync.conflict");
            case REFUSED -> s + " · " + Messages.get("adjournment.sync.refused");
        };
    }

    /** The time left before the hearing: 2天3小时, 5小时, 已逾期 (hearing begun); empty once decided. */
    public static String leftText(AdjournmentRules.TimeLimit limit) {
        if (limit == null) {
            return "";
        }
        if (limit.urgency() == AdjournmentRules.Urgency.OVERDUE) {
            return Messages.get("adjournment.left.overdue");
        }
        Duration left = limit.left();
        long days = left.toDays();
        long hours = left.minusDays(days).toHours();
        String text = days > 0 ? Messages.format("adjournment.left.daysHours", days, hours)
                : hours > 0 ? Messages.format("adjournment.left.hours", hours)
                : Messages.format("adjournment.left.minutes", Math.max(1, left.toMinutes()));
        return limit.urgency() == AdjournmentRules.Urgency.DUE_SOON ? text + " · " + Messages.get("adjournment.left.soon") : text;
    }

    /** 已延期 1/2 次（普通程序）. */
    public static String adjournments(AdjournmentHearing h) {
        return Messages.format("adjournment.count", h.adjournments(), AdjournmentRules.maxAdjournments(h.procedure()),
                procedure(h.procedure()));
    }

    /** A status in the workstation's language (the shared model's label is Chinese only). */
    public static String status(RequestStatus status) {
        return Messages.status(status);
    }

    /** 普通程序 / 简易程序 in the workstation's language. */
    public static String procedure(HearingProcedure p) {
        return p == null ? "" : Messages.get("adjournment.procedure." + p.name());
    }

    /** 审查通过 / 审查不通过 of a decision, in the workstation's language. */
    public static String conclusion(AdjournmentConclusion c) {
        return c == null ? "" : status(c.status());
    }

    /** The adjournment limit's rule and source ({@link AdjournmentRules#LIMIT_RULE} in Chinese). */
    public static String limitRule() {
        return Messages.get("adjournment.limitRule");
    }

    /**
     * A broken rule in the workstation's language: the rule's own key with its arguments (the case's procedure, the
     * count, a date) when the shared rules give one — its Chinese text is the rules' detail word for word —, else the
     * error code's sentence (issue 13: "本案适用普通程序…" in the English workstation).
     */
    public static String violation(AdjournmentRules.Violation v) {
        if (v.key() != null && Messages.bundle().containsKey(v.key())) {
            java.util.List<Object> args = new java.util.ArrayList<>(v.args().stream().map(AdjournmentFormat::argument).toList());
            if ("adjournment.rule.limitReached".equals(v.key())) {
                args.add(limitRule());
            }
            return Messages.format(v.key(), args.toArray());
        }
        return v.detail() != null && Messages.CHINESE.getLanguage().equals(Messages.locale().getLanguage())
                ? v.detail() : Messages.error(v.code());
    }

    /** A rule's argument as the bundle's pattern takes it: statuses and procedures in words, numbers as digits. */
    private static Object argument(Object a) {
        if (a instanceof RequestStatus s) {
            return status(s);
        }
        if (a instanceof HearingProcedure p) {
            return procedure(p);
        }
        return String.valueOf(a); // 1000, not MessageFormat's "1,000"
    }
}
