package org.courtdesk.app.ui.suggestion;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.DeadlineSource;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.suggestion.SuggestionView;
import org.courtdesk.model.request.RequestKind;

/**
 * 意见建议's deadline: a 待答复 suggestion is due at the end of its last reply day (the court's
 * {@code suggestion_reply_days} after submission — a per-court setting; no limit in the seeds or the law).
 */
public final class SuggestionDeadlines implements DeadlineSource {

    @Override
    public RequestKind kind() {
        return RequestKind.SUGGESTION;
    }

    @Override
    public List<Deadline> deadlines(Workspace workspace, LocalDateTime now, ZoneId courtZone) {
        List<Deadline> list = new ArrayList<>();
        for (KindRow<SuggestionView> k : workspace.requests(RequestKind.SUGGESTION, SuggestionView.class)) {
            if (k.removed()) {
                continue;
            }
            SuggestionRow row = SuggestionRow.of(k, now.toLocalDate());
            if (row.urgency() == null) {
                continue;
            }
            Deadline.Urgency urgency = switch (row.urgency()) {
                case OVERDUE -> Deadline.Urgency.OVERDUE;
                case DUE_TODAY -> Deadline.Urgency.DUE_TODAY;
                case DUE_SOON -> Deadline.Urgency.DUE_SOON;
                case LATER -> Deadline.Urgency.LATER;
            };
            SuggestionView v = row.view();
            list.add(new Deadline(row.ref(), (v.caseNumber() == null ? v.applicationNo() : v.caseNumber()) + " · " + v.title(),
                    Messages.format("deadline.suggestion.what", v.replyDays()),
                    v.replyDue().plusDays(1).atStartOfDay(), urgency));
        }
        return list;
    }
}
