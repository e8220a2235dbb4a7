package org.courtdesk.app.ui.preservation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.RowDeadlines;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.preservation.PreservationClock;
import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.request.RequestKind;

/**
 * 诉讼保全's deadline: the ruling on an application waiting in 提交/待处理 — 48 hours from receipt when urgent or 诉前,
 * else the end of the 5th day ({@link PreservationRules#timeLimit}). {@code dueAt} is the exact instant, court-local;
 * DUE_SOON in the last 12 hours of a 48-hour clock or on the last day of a 5-day one.
 */
public final class PreservationDeadlines extends RowDeadlines<PreservationView> {

    public PreservationDeadlines() {
        super(RequestKind.PRESERVATION, PreservationView.class);
    }

    @Override
    protected Deadline deadline(KindRow<PreservationView> k, LocalDateTime now, ZoneId courtZone) {
        Instant at = now.atZone(courtZone).toInstant();
        PreservationRow row = PreservationRow.of(k, at, courtZone);
        PreservationClock clock = row.clock();
        if (clock == null) {
            return null;
        }
        // Both clocks end at an instant (the 5-day one at the end of its last day): no DUE_TODAY step.
        Deadline.Urgency urgency = Deadline.Urgency.of(clock.overdue(),
                clock.urgency() == PreservationClock.Urgency.DUE_SOON, null, now.toLocalDate());
        PreservationView v = row.view();
        String label = (v.caseNumber() != null ? v.caseNumber() : v.applicationNo()) + " · " + row.applicants()
                + " / " + row.respondents();
        return new Deadline(row.ref(), label, Messages.get(clock.hourly() ? "deadline.preservation.hourly"
                : "deadline.preservation.daily"), LocalDateTime.ofInstant(clock.dueAt(), courtZone), urgency);
    }
}
