package org.courtdesk.app.ui.filing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingOpinionSave;
import org.courtdesk.model.filing.FilingParty;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.FilingTimeLimit;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.filing.PartyRole;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * One filing as the queue shows it, computed off the FX thread: the status with the user's unsent 符/退 laid over the
 * server's, whether an action waits for upload or was refused, where it stands against the 7 days on today (null when
 * the clock does not run), and the plaintiffs' and defendants' names.
 */
public record FilingRow(KindRow<FilingView> source, RequestStatus shownStatus, Sync sync, FilingTimeLimit limit,
                        String plaintiffs, String defendants) {

    /** What the 状态 chip adds: nothing, 待同步, or the server's refusal (冲突 for a 409, 被拒 for a rule). */
    public enum Sync { NONE, PENDING, CONFLICT, REFUSED }

    public static FilingRow of(KindRow<FilingView> row, LocalDate today, ZoneId zone) {
        FilingView v = row.view();
        RequestStatus shown = v.status();
        Sync sync = Sync.NONE;
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                sync = a.state() == org.courtdesk.app.outbox.OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
            } else {
                if (sync == Sync.NONE) {
                    sync = Sync.PENDING;
                }
                if (a.is(FilingOps.CONCLUSION)) {
                    FilingConclusionDecision d = a.payloadAs(FilingConclusionDecision.class);
                    if (d.conclusion() != null) {
                        shown = d.conclusion().status();
                    }
                }
            }
        }
        FilingTimeLimit limit = FilingRules.clockRuns(shown) && v.submittedAt() != null
                ? FilingRules.timeLimit(v.submittedAt(), v.lastSupplementAt(), today, zone) : null;
        return new FilingRow(row, shown, sync, limit, names(v.parties(), PartyRole.PLAINTIFF),
                names(v.parties(), PartyRole.DEFENDANT));
    }

    private static String names(List<FilingParty> parties, PartyRole role) {
        if (parties == null) {
            return "";
        }
        return parties.stream().filter(p -> p != null && p.role() == role && p.name() != null)
                .map(FilingParty::name).collect(Collectors.joining(Messages.get("filing.names.separator")));
    }

    public FilingView view() {
        return source.view();
    }

    public long id() {
        return source.view().id();
    }

    public RequestRef ref() {
        return RequestRef.of(org.courtdesk.model.request.RequestKind.ONLINE_FILING, source.view().id());
    }

    public boolean opened() {
        return source.opened();
    }

    /** The refused action the user must answer, if any (the first). */
    public PendingAction refused() {
        return source.pending().stream().filter(PendingAction::needsUser).findFirst().orElse(null);
    }

    /** Whether an action of {@code op} waits for upload. */
    public boolean hasUnsent(org.courtdesk.app.workspace.StaffOp op) {
        return source.pending().stream().anyMatch(a -> !a.needsUser() && a.is(op));
    }

    /** The 审查意见 saved last: an unsent one from this workstation, else the server's. */
    public String savedOpinion() {
        String opinion = null;
        for (PendingAction a : source.pending()) {
            if (!a.needsUser() && a.is(FilingOps.OPINION)) {
                opinion = a.payloadAs(FilingOpinionSave.class).opinion();
            }
        }
        if (opinion != null) {
            return opinion;
        }
        return view().review() == null ? null : view().review().opinion();
    }

    /** The 符/退 this workstation saved and has not sent, if any. */
    public FilingConclusionDecision unsentConclusion() {
        FilingConclusionDecision d = null;
        for (PendingAction a : source.pending()) {
            if (!a.needsUser() && a.is(FilingOps.CONCLUSION)) {
                d = a.payloadAs(FilingConclusionDecision.class);
            }
        }
        return d;
    }
}
