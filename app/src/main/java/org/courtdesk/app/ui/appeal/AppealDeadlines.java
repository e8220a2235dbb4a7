package org.courtdesk.app.ui.appeal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.RowDeadlines;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.appeal.AppealRules;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.request.RequestKind;

/**
 * 提起上诉's deadline: the judge's own next step (民事诉讼法 第174条) — serving the 上诉状's copy within 5 days of
 * receipt, and once accepted sending the file up after the 15 days' answer and 5 more [I: the copy served on
 * acceptance]. Due at the end of its last day; DUE_SOON within 2 days [I].
 */
public final class AppealDeadlines extends RowDeadlines<AppealView> {

    public AppealDeadlines() {
        super(RequestKind.APPEAL, AppealView.class);
    }

    @Override
    protected Deadline deadline(KindRow<AppealView> row, LocalDateTime now, ZoneId courtZone) {
        AppealRow r = AppealRow.of(row, now.toLocalDate(), courtZone);
        if (r.next() == null) {
            return null;
        }
        Deadline.Urgency urgency = Deadline.Urgency.of(r.urgency() == AppealRules.Urgency.OVERDUE,
                r.urgency() == AppealRules.Urgency.DUE_SOON, r.next().due(), now.toLocalDate());
        AppealView v = r.view();
        return new Deadline(r.ref(), v.caseNumber() + (v.appellant() == null ? "" : " · " + v.appellant().name()),
                Messages.get("appeal.step." + r.next().step().name()), r.next().due().atTime(LocalTime.MAX), urgency);
    }
}
