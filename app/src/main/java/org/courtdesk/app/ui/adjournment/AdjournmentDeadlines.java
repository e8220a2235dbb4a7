package org.courtdesk.app.ui.adjournment;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.RowDeadlines;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * 延期开庭's deadline: an undecided request is due when its hearing begins (after that it is moot and can no longer be
 * approved); DUE_SOON within {@link AdjournmentRules#DUE_SOON_DAYS} days before. Both are inferences (spec-004 §15:
 * "decide before the 开庭时间" is [I]); no statute sets the judge a limit.
 */
public final class AdjournmentDeadlines extends RowDeadlines<AdjournmentView> {

    public AdjournmentDeadlines() {
        super(RequestKind.ADJOURNMENT, AdjournmentView.class);
    }

    @Override
    protected Deadline deadline(KindRow<AdjournmentView> row, LocalDateTime now, ZoneId courtZone) {
        AdjournmentRow r = AdjournmentRow.of(row, now);
        if (r.limit() == null) {
            return null;
        }
        AdjournmentView v = r.view();
        AdjournmentRules.Urgency u = r.limit().urgency();
        Deadline.Urgency urgency = Deadline.Urgency.of(u == AdjournmentRules.Urgency.OVERDUE,
                u == AdjournmentRules.Urgency.DUE_SOON, r.limit().dueAt().toLocalDate(), now.toLocalDate());
        String label = (v.caseNumber() == null ? v.applicationNo() : v.caseNumber())
                + (v.applicantName() == null ? "" : " · " + v.applicantName());
        return new Deadline(r.ref(), label, Messages.get("deadline.adjournment.what"), r.limit().dueAt(), urgency);
    }
}
