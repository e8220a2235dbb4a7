package org.courtdesk.app.ui.preservation;

import java.time.Instant;
import java.time.ZoneId;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.preservation.PreservationClock;
import org.courtdesk.model.preservation.PreservationPartyRole;
import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * One preservation application as the queue shows it, computed off the FX thread: the status with the user's unsent
 * 退回/接收 laid over the server's, whether an action waits for upload or was refused, and where it stands against its
 * ruling limit at this instant (null once decided, here or on the server).
 */
public record PreservationRow(KindRow<PreservationView> source, RequestStatus shownStatus, Sync sync,
                              PreservationClock clock) {

    /** What the 状态 chip adds: nothing, 待同步, or the server's refusal (冲突 for a 409, 被拒 for a rule). */
    public enum Sync { NONE, PENDING, CONFLICT, REFUSED }

    public static PreservationRow of(KindRow<PreservationView> row, Instant now, ZoneId zone) {
        PreservationView v = row.view();
        RequestStatus shown = v.status();
        Sync sync = Sync.NONE;
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                sync = a.state() == OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
            } else {
                if (sync == Sync.NONE) {
                    sync = Sync.PENDING;
                }
                if (a.is(PreservationOps.ACCEPT)) {
                    shown = RequestStatus.ACCEPTED;
                } else if (a.is(PreservationOps.RETURN)) {
                    shown = RequestStatus.RETURNED;
                }
            }
        }
        PreservationClock clock = PreservationRules.clockRuns(shown) && v.submittedAt() != null
                ? PreservationRules.timeLimit(v.submittedAt(), v.stage(), v.urgent(), now, zone) : null;
        return new PreservationRow(row, shown, sync, clock);
    }

    public PreservationView view() {
        return source.view();
    }

    public long id() {
        return source.view().id();
    }

    public RequestRef ref() {
        return RequestRef.of(RequestKind.PRESERVATION, id());
    }

    public boolean opened() {
        return source.opened();
    }

    public String applicants() {
        return view().names(PreservationPartyRole.APPLICANT);
    }

    public String respondents() {
        return view().names(PreservationPartyRole.RESPONDENT);
    }

    /** Whether 退回 or 接收 may be pressed: waiting on the server and nothing of this user's pending or refused. */
    public boolean decidable() {
        return shownStatus == RequestStatus.SUBMITTED && sync == Sync.NONE;
    }

    /** The refused action the user must answer, if any. */
    public PendingAction refused() {
        return source.pending().stream().filter(PendingAction::needsUser).findFirst().orElse(null);
    }

    PreservationRow opened(boolean opened) {
        KindRow<PreservationView> s = source;
        return new PreservationRow(new KindRow<>(s.view(), opened, s.removed(), s.pending()), shownStatus, sync, clock);
    }
}
