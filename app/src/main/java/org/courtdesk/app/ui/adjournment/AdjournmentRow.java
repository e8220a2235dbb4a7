package org.courtdesk.app.ui.adjournment;

import java.time.LocalDateTime;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.adjournment.AdjournmentDecision;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * One 延期开庭申请 as the queue shows it, computed off the FX thread: the status with the user's unsent decision laid
 * over the server's, whether it waits for upload or was refused, and where it stands against its hearing at
 * {@code now} (null once decided).
 */
public record AdjournmentRow(KindRow<AdjournmentView> source, RequestStatus shownStatus, Sync sync,
                             AdjournmentRules.TimeLimit limit) {

    /** What the 状态 chip adds: nothing, 待同步, or the server's refusal (冲突 for a 409, 被拒 for a rule). */
    public enum Sync { NONE, PENDING, CONFLICT, REFUSED }

    public static AdjournmentRow of(KindRow<AdjournmentView> row, LocalDateTime now) {
        AdjournmentView v = row.view();
        RequestStatus shown = v.status();
        Sync sync = Sync.NONE;
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                sync = a.state() == OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
            } else {
                if (sync == Sync.NONE) {
                    sync = Sync.PENDING;
                }
                if (a.is(AdjournmentOps.DECISION)) {
                    AdjournmentDecision d = a.payloadAs(AdjournmentDecision.class);
                    if (d.conclusion() != null) {
                        shown = d.conclusion().status();
                    }
                }
            }
        }
        return new AdjournmentRow(row, shown, sync, AdjournmentRules.timeLimit(shown, v.hearing(), now));
    }

    public AdjournmentView view() {
        return source.view();
    }

    public long id() {
        return source.view().id();
    }

    public RequestRef ref() {
        return RequestRef.of(RequestKind.ADJOURNMENT, source.view().id());
    }

    public boolean opened() {
        return source.opened();
    }

    /** Whether the hearing has begun while the request is still undecided. */
    public boolean overdue() {
        return limit != null && limit.urgency() == AdjournmentRules.Urgency.OVERDUE;
    }

    /** The refused action the user must answer, if any. */
    public PendingAction refused() {
        return source.pending().stream().filter(PendingAction::needsUser).findFirst().orElse(null);
    }

    /** Whether a decision of this workstation waits for upload. */
    public boolean hasUnsentDecision() {
        return source.pending().stream().anyMatch(a -> !a.needsUser() && a.is(AdjournmentOps.DECISION));
    }
}
