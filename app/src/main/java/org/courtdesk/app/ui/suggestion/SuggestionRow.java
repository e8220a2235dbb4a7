package org.courtdesk.app.ui.suggestion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.suggestion.SuggestionRules;
import org.courtdesk.model.suggestion.SuggestionView;

/**
 * One 意见建议 in the queue, computed off the FX thread: the status with the user's unsent reply laid over, the sync
 * mark, and the reply period on {@code today} (days left, negative once overdue, and its urgency; null once answered).
 */
public record SuggestionRow(KindRow<SuggestionView> source, RequestStatus shownStatus, Sync sync,
                            SuggestionRules.Urgency urgency, long daysLeft) {

    /** What the 状态 cell adds: nothing, 待同步, or the server's refusal. */
    public enum Sync { NONE, PENDING, CONFLICT, REFUSED }

    public static SuggestionRow of(KindRow<SuggestionView> row, LocalDate today) {
        SuggestionView v = row.view();
        RequestStatus shown = v.status();
        Sync sync = Sync.NONE;
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                sync = a.state() == OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
            } else if (a.is(SuggestionOps.REPLY)) {
                if (sync == Sync.NONE) {
                    sync = Sync.PENDING;
                }
                shown = RequestStatus.REPLIED;
            }
        }
        boolean running = shown == RequestStatus.AWAITING_REPLY && v.replyDue() != null;
        return new SuggestionRow(row, shown, sync, running ? SuggestionRules.urgency(v.replyDue(), today) : null,
                running ? ChronoUnit.DAYS.between(today, v.replyDue()) : 0);
    }

    public SuggestionView view() {
        return source.view();
    }

    public long id() {
        return source.view().id();
    }

    public RequestRef ref() {
        return RequestRef.of(RequestKind.SUGGESTION, id());
    }

    public boolean opened() {
        return source.opened();
    }

    /** Still to answer here: 待答复 on the server and nothing of this user's pending or refused. */
    public boolean answerable() {
        return shownStatus == RequestStatus.AWAITING_REPLY && sync == Sync.NONE
                && SuggestionRules.mayReply(view().status());
    }

    SuggestionRow opened(boolean opened) {
        KindRow<SuggestionView> s = source;
        return new SuggestionRow(new KindRow<>(s.view(), opened, s.removed(), s.pending()), shownStatus, sync, urgency,
                daysLeft);
    }
}
