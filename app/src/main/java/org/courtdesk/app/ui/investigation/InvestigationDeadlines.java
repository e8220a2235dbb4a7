package org.courtdesk.app.ui.investigation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.DeadlineSource;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.RequestKind;

/**
 * 调查令's deadline: the decision on an application waiting in 提交/待处理 by the end of the court's decision days
 * after receipt ({@link org.courtdesk.model.investigation.InvestigationRules#dueDate}); due at the start of the day
 * after, DUE_TODAY on the last day.
 */
public final class InvestigationDeadlines implements DeadlineSource {

    @Override
    public RequestKind kind() {
        return RequestKind.INVESTIGATION_ORDER;
    }

    @Override
    public List<Deadline> deadlines(Workspace workspace, LocalDateTime now, ZoneId courtZone) {
        List<Deadline> list = new ArrayList<>();
        for (KindRow<InvestigationView> k : workspace.requests(RequestKind.INVESTIGATION_ORDER, InvestigationView.class)) {
            if (k.removed()) {
                continue;
            }
            InvestigationRow row = InvestigationRow.of(k, now.toLocalDate(), courtZone);
            if (row.due() == null) {
                continue;
            }
            Deadline.Urgency urgency = row.daysLeft() < 0 ? Deadline.Urgency.OVERDUE
                    : row.daysLeft() == 0 ? Deadline.Urgency.DUE_TODAY : row.daysLeft() == 1 ? Deadline.Urgency.DUE_SOON
                    : Deadline.Urgency.LATER;
            InvestigationView v = row.view();
            list.add(new Deadline(row.ref(), v.caseNumber() + " · " + v.subject(),
                    Messages.format("deadline.investigation.what", v.decisionDays()),
                    row.due().plusDays(1).atStartOfDay(), urgency));
        }
        return list;
    }
}
