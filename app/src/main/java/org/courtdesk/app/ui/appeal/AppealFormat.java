package org.courtdesk.app.ui.appeal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.appeal.AppealRules;

/** The words and numbers of the 提起上诉 screens, from the bundles. */
public final class AppealFormat {

    private AppealFormat() {}

    public static String statusText(AppealRow r) {
        String s = Messages.status(r.shownStatus());
        return switch (r.sync()) {
            case NONE -> s;
            case PENDING -> s + " · " + Messages.get("appeal.sync.pending");
            case CONFLICT -> s + " · " + Messages.get("appeal.sync.conflict");
            case REFUSED -> s + " · " + Messages.get("appeal.sync.refused");
        };
    }

    /** 判决 / 裁定 in the workstation's language. */
    public static String decisionType(org.courtdesk.model.appeal.DecisionType t) {
        return t == null ? "" : Messages.get("appeal.decisionType." + t.name());
    }

    /** 已接受 / 退回 of a decision, in the workstation's language. */
    public static String conclusion(org.courtdesk.model.appeal.AppealConclusion c) {
        return c == null ? "" : Messages.status(c.status());
    }

    /** 第6日/共15日, with 已逾期 when filed after the last day. */
    public static String periodText(AppealRules.Period p) {
        if (p == null) {
            return "";
        }
        String s = Messages.format("appeal.period", p.dayFiled(), p.days());
        return p.late() ? s + " · " + Messages.get("appeal.period.late") : s;
    }

    /** 送达副本 · 12-12（剩3天）, or 已超期2天. */
    public static String stepText(AppealRow r, LocalDate today) {
        return stepText(r, today, false);
    }

    /** {@link #stepText} for the list: the step's name alone and its day without the year (the detail, the tooltip have them whole): 送达副本 · 12-12 · 剩3天. */
    public static String shortStepText(AppealRow r, LocalDate today) {
        return stepText(r, today, true);
    }

    private static String stepText(AppealRow r, LocalDate today, boolean shortDate) {
        if (r.next() == null) {
            return "";
        }
        long left = ChronoUnit.DAYS.between(today, r.next().due());
        String when = left < 0 ? Messages.format("appeal.step.overdue", -left)
                : left == 0 ? Messages.get("appeal.step.today") : Messages.format("appeal.step.left", left);
        String due = shortDate ? java.time.format.DateTimeFormatter.ofPattern("MM-dd").format(r.next().due())
                : r.next().due().toString();
        if (shortDate) {
            return Messages.get("appeal.step.short." + r.next().step().name()) + " · " + due + " · " + when;
        }
        return Messages.get("appeal.step." + r.next().step().name()) + " · " + due + "（" + when + "）";
    }

    public static boolean pressing(AppealRow r) {
        return r.urgency() == AppealRules.Urgency.DUE_SOON;
    }

    public static boolean overdue(AppealRow r) {
        return r.urgency() == AppealRules.Urgency.OVERDUE;
    }

    /**
     * A broken rule in the workstation's language: the rule's own key with its arguments when the shared rules give
     * one (its Chinese text is the rules' detail word for word), else the error code's sentence.
     */
    public static String violation(AppealRules.Violation v) {
        if (v.key() != null && Messages.bundle().containsKey(v.key())) {
            return Messages.format(v.key(), v.args().stream()
                    .map(a -> a instanceof org.courtdesk.model.request.RequestStatus s ? Messages.status(s) : String.valueOf(a))
                    .toArray());
        }
        return v.detail() != null && Messages.CHINESE.getLanguage().equals(Messages.locale().getLanguage())
                ? v.detail() : Messages.error(v.code());
    }

    /** 民事诉讼法 第62条 as the flag says it ({@link AppealRules#SPECIAL_AUTHORITY_RULE} in Chinese). */
    public static String specialAuthorityRule() {
        return Messages.get("appeal.rule.specialAuthority");
    }
}
