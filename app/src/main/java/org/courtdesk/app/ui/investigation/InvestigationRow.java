package org.courtdesk.app.ui.investigation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.investigation.InvestigationRules;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * One 调查令 application as the queue shows it, computed off the FX thread: the status with the user's unsent
 * 退回/接收 laid over, the sync mark, and the decision period on {@code today}: the due day (the court's decision days
 * after receipt) and the days left (negative once overdue), or null once decided.
 */
public record InvestigationRow(KindRow<InvestigationView> source, RequestStatus shownStatus, Sync sync, LocalDate due,
                               long daysLeft) {

    /** What the 状态 chip adds: nothing, 待同步, or the server's refusal. */
    public enum Sync { NONE, PENDING, CONFLICT, REFUSED }

    /** Overdue after the due day, DUE_SOON on it, else OK. */
    public enum Urgency { OK, DUE_SOON, OVERDUE }

    public static InvestigationRow of(KindRow<InvestigationView> row, LocalDate today, ZoneId zone) {
        InvestigationView v = row.view();
        RequestStatus shown = v.status();
        Sync sync = Sync.NONE;
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                sync = a.state() == OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
            } else {
                if (sync == Sync.NONE) {
                    sync = Sync.PENDING;
                }
                shown = a.is(InvestigationOps.ISSUE) ? RequestStatus.ACCEPTED
                        : a.is(InvestigationOps.RETURN) ? RequestStatus.RETURNED : shown;
            }
        }
        LocalDate due = InvestigationRules.clockRuns(shown) && v.submittedAt() != null
                ? InvestigationRules.dueDate(v.submittedAt(), v.decisionDays(), zone) : null;
        return new InvestigationRow(row, shown, sync, due, due == null ? 0 : ChronoUnit.DAYS.between(today, due));
    }

    public Urgency urgency() {
        if (due == null) {
            return null;
        }
        return daysLeft < 0 ? Urgency.OVERDUE : daysLeft == 0 ? Urgency.DUE_SOON : Urgency.OK;
    }

    public InvestigationView view() {
        return source.view();
    }

    public long id() {
        return source.view().id();
    }

    public RequestRef ref() {
        return RequestRef.of(RequestKind.INVESTIGATION_ORDER, id());
    }

    public boolean opened() {
        return source.opened();
    }

    /** Whether 退回 or 接收 may be pressed: waiting on the server and nothing of this user's pending or refused. */
    public boolean decidable() {
        return shownStatus == RequestStatus.SUBMITTED && sync == Sync.NONE;
    }

    InvestigationRow opened(boolean opened) {
        KindRow<InvestigationView> s = source;
        return new InvestigationRow(new KindRow<>(s.view(), opened, s.removed(), s.pending()), shownStatus, sync, due,
                daysLeft);
    }
}
