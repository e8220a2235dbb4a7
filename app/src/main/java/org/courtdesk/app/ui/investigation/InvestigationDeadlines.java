package org.courtdesk.app.ui.investigation;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.RowDeadlines;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.RequestKind;

/**
 * 调查令's deadline: the decision on an application waiting in 提交/待处理 by the end of the court's decision days
 * after receipt ({@link org.courtdesk.model.investigation.InvestigationRules#dueDate}); due at the start of the day
 * after, DUE_TODAY on the last day.
 */
public final class InvestigationDeadlines extends RowDeadlines<InvestigationView> {

    public InvestigationDeadlines() {
        super(RequestKind.INVESTIGATION_ORDER, InvestigationView.class);
    }

    @Override
    protected Deadline deadline(KindRow<InvestigationView> k, LocalDateTime now, ZoneId courtZone) {
        InvestigationRow row = InvestigationRow.of(k, now.toLocalDate(), courtZone);
        if (row.due() == null) {
            return null;
        }
        Deadline.Urgency urgency = Deadline.Urgency.of(row.daysLeft() < 0, row.daysLeft() <= 1, row.due(),
                now.toLocalDate());
        InvestigationView v = row.view();
        return new Deadline(row.ref(), v.caseNumber() + " · " + v.subject(),
                Messages.format("deadline.investigation.what", v.decisionDays()),
                row.due().plusDays(1).atStartOfDay(), urgency);
    }
}
