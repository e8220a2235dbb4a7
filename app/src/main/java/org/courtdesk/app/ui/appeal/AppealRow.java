package org.courtdesk.app.ui.appeal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.appeal.AppealDecision;
import org.courtdesk.model.appeal.AppealRules;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * One appeal as the queue shows it, computed off the FX thread: the status with the user's unsent decision laid over
 * the server's, the sync state, the appeal period as filed, and the judge's next step with its urgency on {@code today}
 * (null when none is left).
 */
public record AppealRow(KindRow<AppealView> source, RequestStatus shownStatus, Sync sync, AppealRules.Period period,
                        AppealRules.NextStep next, AppealRules.Urgency urgency) {

    public enum Sync { NONE, PENDING, CONFLICT, REFUSED }

    public static AppealRow of(KindRow<AppealView> row, LocalDate today, ZoneId zone) {
        AppealView v = row.view();
        RequestStatus shown = v.status();
        LocalDate decidedOn = v.review() == null || v.review().decidedAt() == null ? null
                : v.review().decidedAt().atZone(zone).toLocalDate();
        Sync sync = Sync.NONE;
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                sync = a.state() == OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
            } else {
                if (sync == Sync.NONE) {
                    sync = Sync.PENDING;
                }
                if (a.is(AppealOps.DECISION)) {
                    AppealDecision d = a.payloadAs(AppealDecision.class);
                    if (d.conclusion() != null) {
                        shown = d.conclusion().status();
                        decidedOn = a.savedAt() == null ? today : a.savedAt().atZone(zone).toLocalDate();
                    }
                }
            }
        }
        LocalDate receivedOn = v.submittedAt() == null ? null : v.submittedAt().atZone(zone).toLocalDate();
        AppealRules.Period period = v.servedOn() == null || v.decisionType() == null || receivedOn == null ? null
                : AppealRules.period(v.decisionType(), v.servedOn(), receivedOn);
        AppealRules.NextStep next = AppealRules.nextStep(shown, receivedOn, decidedOn);
        return new AppealRow(row, shown, sync, period, next, next == null ? null : AppealRules.urgency(next.due(), today));
    }

    public AppealView view() {
        return source.view();
    }

    public long id() {
        return source.view().id();
    }

    public RequestRef ref() {
        return RequestRef.of(RequestKind.APPEAL, source.view().id());
    }

    public boolean opened() {
        return source.opened();
    }

    public PendingAction refused() {
        return source.pending().stream().filter(PendingAction::needsUser).findFirst().orElse(null);
    }

    public boolean hasUnsentDecision() {
        return source.pending().stream().anyMatch(a -> !a.needsUser() && a.is(AppealOps.DECISION));
    }
}
