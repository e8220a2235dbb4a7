package org.courtdesk.app.ui.appeal;

import java.time.LocalDate;

/** The 查询条件 of the appeal queue: 状态, 提交日期 (inclusive, court-local; null open) and a free text. */
public record AppealQuery(AppealStatusFilter status, LocalDate from, LocalDate to, String text) {

    public static final AppealQuery DEFAULT = new AppealQuery(AppealStatusFilter.ALL, null, null, "");

    public AppealQuery withStatus(AppealStatusFilter s) {
        return new AppealQuery(s == null ? AppealStatusFilter.ALL : s, from, to, text);
    }

    public AppealQuery withDates(LocalDate f, LocalDate t) {
        return new AppealQuery(status, f, t, text);
    }

    public AppealQuery withText(String t) {
        return new AppealQuery(status, from, to, t == null ? "" : t);
    }
}
