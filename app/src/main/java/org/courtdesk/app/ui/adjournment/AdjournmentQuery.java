package org.courtdesk.app.ui.adjournment;

import java.time.LocalDate;

/**
 * The 查询条件 of the 延期开庭 queue (spec-004 §4: 开庭时间, 申请日期, 状态), plus a free text over 案号, 申请人 and
 * 延期原因. Dates are inclusive and court-local; null is open.
 */
public record AdjournmentQuery(AdjournmentStatusFilter status, LocalDate hearingFrom, LocalDate hearingTo,
                               LocalDate appliedFrom, LocalDate appliedTo, String text) {

    public static final AdjournmentQuery DEFAULT = new AdjournmentQuery(AdjournmentStatusFilter.ALL, null, null, null,
            null, "");

    public AdjournmentQuery withStatus(AdjournmentStatusFilter s) {
        return new AdjournmentQuery(s == null ? AdjournmentStatusFilter.ALL : s, hearingFrom, hearingTo, appliedFrom,
                appliedTo, text);
    }

    public AdjournmentQuery withHearing(LocalDate from, LocalDate to) {
        return new AdjournmentQuery(status, from, to, appliedFrom, appliedTo, text);
    }

    public AdjournmentQuery withApplied(LocalDate from, LocalDate to) {
        return new AdjournmentQuery(status, hearingFrom, hearingTo, from, to, text);
    }

    public AdjournmentQuery withText(String t) {
        return new AdjournmentQuery(status, hearingFrom, hearingTo, appliedFrom, appliedTo, t == null ? "" : t);
    }
}
