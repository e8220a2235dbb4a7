package org.courtdesk.app.ui.filing;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.RowDeadlines;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.FilingTimeLimit;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * 网上立案's deadline: the 7 days to decide on a filing in 收 or 符 (FilingRules.timeLimit: from receipt, or from the
 * last supplement), due at the end of the last day; warned from day 5.
 */
public final class FilingDeadlines extends RowDeadlines<FilingView> {

    public FilingDeadlines() {
        super(RequestKind.ONLINE_FILING, FilingView.class);
    }

    @Override
    protected Deadline deadline(KindRow<FilingView> row, LocalDateTime now, ZoneId courtZone) {
        FilingView v = row.view();
        if (!FilingRules.clockRuns(v.status()) || v.submittedAt() == null) {
            return null;
        }
        FilingTimeLimit limit = FilingRules.timeLimit(v.submittedAt(), v.lastSupplementAt(), now.toLocalDate(),
                courtZone);
        // OVERDUE exactly when daysLeft < 0, and the last day is always within the warning (from day 5 of 7).
        Deadline.Urgency urgency = Deadline.Urgency.of(limit.urgency() == FilingTimeLimit.Urgency.OVERDUE,
                limit.urgency() == FilingTimeLimit.Urgency.WARN, limit.dueDate(), now.toLocalDate());
        String label = v.applicationNo() + (v.causeOfAction() == null ? "" : " · " + v.causeOfAction());
        return new Deadline(RequestRef.of(RequestKind.ONLINE_FILING, v.id()), label,
                Messages.get("deadline.filing.what"), limit.dueDate().atTime(LocalTime.MAX), urgency);
    }
}
