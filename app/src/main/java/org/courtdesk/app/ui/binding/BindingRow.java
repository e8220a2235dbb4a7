package org.courtdesk.app.ui.binding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.binding.BindingDecision;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * One binding in the queue: the cached view and what the user's outbox says of it. {@code shownStatus} is the
 * decision saved but not yet uploaded ({@code unsent}), else the server's; {@code daysWaiting} counts court days since
 * the application (binding has no time limit: the queue shows how long a lawyer has waited, nothing more).
 */
public record BindingRow(KindRow<BindingView> source, RequestStatus shownStatus, boolean unsent, boolean refused,
                         long daysWaiting) {

    public static BindingRow of(KindRow<BindingView> k, LocalDate today, ZoneId zone) {
        BindingView v = k.view();
        RequestStatus shown = v.status();
        boolean unsent = false;
        for (PendingAction p : k.pending()) {
            if (p.is(BindingOps.DECISION) && !p.needsUser()) {
                BindingDecision d = p.payloadAs(BindingDecision.class);
                if (d.verdict() != null) {
                    shown = d.verdict().status();
                    unsent = true;
                }
            }
        }
        Instant at = v.submittedAt();
        long days = at == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(at, zone), today));
        return new BindingRow(k, shown, unsent, k.needsUser(), days);
    }

    public BindingView view() {
        return source.view();
    }

    public long id() {
        return source.view().id();
    }

    public boolean opened() {
        return source.opened();
    }

    public RequestRef ref() {
        return RequestRef.of(RequestKind.CASE_BINDING, id());
    }

    /** Still to decide here: pending on the server and no decision of ours waiting. */
    public boolean open() {
        return shownStatus == RequestStatus.BINDING_PENDING;
    }
}
