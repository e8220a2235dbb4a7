package org.courtdesk.app.ui.adjournment;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.DeadlineSource;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * 延期开庭's deadline: an undecided request is due when its hearing begins (after that it is moot and can no longer be
 * approved); DUE_SOON within {@link AdjournmentRules#DUE_SOON_DAYS} days before. Both are inferences (spec-004 §15:
 * "decide before the 开庭时间" is [I]); no statute sets the judge a limit.
 */
public final class AdjournmentDeadlines implements DeadlineSource {

    @Override
    public RequestKind kind() {
        return RequestKind.ADJOURNMENT;
    }

    @Override
    public List<Deadline> deadlines(Workspace workspace, LocalDateTime now, ZoneId courtZone) {
        List<Deadline> list = new ArrayList<>();
        for (KindRow<AdjournmentView> row : workspace.requests(RequestKind.ADJOURNMENT, AdjournmentView.class)) {
            if (row.removed()) {
                continue;
            }
            AdjournmentRow r = AdjournmentRow.of(row, now);
            if (r.limit() == null) {
                continue;
            }
            AdjournmentView v = r.view();
            Deadline.Urgency urgency = switch (r.limit().urgency()) {
                case OVERDUE -> Deadline.Urgency.OVERDUE;
                case DUE_SOON -> r.limit().dueAt().toLocalDate().equals(now.toLocalDate())
                        ? Deadline.Urgency.DUE_TODAY : Deadline.Urgency.DUE_SOON;
                case LATER -> Deadline.Urgency.LATER;
            };
            String label = (v.caseNumber() == null ? v.applicationNo() : v.caseNumber())
                    + (v.applicantName() == null ? "" : " · " + v.applicantName());
            list.add(new Deadline(r.ref(), label, Messages.get("deadline.adjournment.what"), r.limit().dueAt(), urgency));
        }
        return list;
    }
}
