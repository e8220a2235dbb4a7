package org.courtdesk.app.ui.suggestion;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.RowDeadlines;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.suggestion.SuggestionRules;
import org.courtdesk.model.suggestion.SuggestionView;
import org.courtdesk.model.request.RequestKind;

/**
 * 意见建议's deadline: a 待答复 suggestion is due at the end of its last reply day (the court's
 * {@code suggestion_reply_days} after submission — a per-court setting; no limit in the seeds or the law).
 */
public final class SuggestionDeadlines extends RowDeadlines<SuggestionView> {

    public SuggestionDeadlines() {
        super(RequestKind.SUGGESTION, SuggestionView.class);
    }

    @Override
    protected Deadline deadline(KindRow<SuggestionView> k, LocalDateTime now, ZoneId courtZone) {
        SuggestionRow row = SuggestionRow.of(k, now.toLocalDate());
        if (row.urgency() == null) {
            return null;
        }
        SuggestionView v = row.view();
        SuggestionRules.Urgency u = row.urgency();
        Deadline.Urgency urgency = Deadline.Urgency.of(u == SuggestionRules.Urgency.OVERDUE,
                u == SuggestionRules.Urgency.DUE_TODAY || u == SuggestionRules.Urgency.DUE_SOON, v.replyDue(),
                now.toLocalDate());
        return new Deadline(row.ref(), (v.caseNumber() == null ? v.applicationNo() : v.caseNumber()) + " · " + v.title(),
                Messages.format("deadline.suggestion.what", v.replyDays()),
                v.replyDue().plusDays(1).atStartOfDay(), urgency);
    }
}
