package org.courtdesk.app.ui.preservation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.DeadlineSource;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.preservation.PreservationClock;
import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.request.RequestKind;

/**
 * 诉讼保全's deadline: the ruling on an application waiting in 提交/待处理 — 48 hours from receipt when urgent or 诉前,
 * else the end of the 5th day ({@link PreservationRules#timeLimit}). {@code dueAt} is the exact instant, court-local;
 * DUE_SOON in the last 12 hours of a 48-hour clock or on the last day of a 5-day one.
 */
public final class PreservationDeadlines implements DeadlineSource {

    @Override
    public RequestKind kind() {
        return RequestKind.PRESERVATION;
    }

    @Override
    public List<Deadline> deadlines(Workspace workspace, LocalDateTime now, ZoneId courtZone) {
        Instant at = now.atZone(courtZone).toInstant();
        List<Deadline> list = new ArrayList<>();
        for (KindRow<PreservationView> k : workspace.requests(RequestKind.PRESERVATION, PreservationView.class)) {
            if (k.removed()) {
                continue;
            }
            PreservationRow row = PreservationRow.of(k, at, courtZone);
            PreservationClock clock = row.clock();
            if (clock == null) {
                continue;
            }
            Deadline.Urgency urgency = switch (clock.urgency()) {
                case OVERDUE -> Deadline.Urgency.OVERDUE;
                case DUE_SOON -> Deadline.Urgency.DUE_SOON;
                case OK -> Deadline.Urgency.LATER;
            };
            PreservationView v = row.view();
            String label = (v.caseNumber() != null ? v.caseNumber() : v.applicationNo()) + " · " + row.applicants()
                    + " / " + row.respondents();
            list.add(new Deadline(row.ref(), label, Messages.get(clock.hourly() ? "deadline.preservation.hourly"
                    : "deadline.preservation.daily"), LocalDateTime.ofInstant(clock.dueAt(), courtZone), urgency));
        }
        return list;
    }
}
