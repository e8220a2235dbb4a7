package org.courtdesk.app.ui.contact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.contact.ContactReply;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactRules;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * One 约见请求 in the queue, computed off the FX thread: the status with the user's unsent reply laid over (and its
 * result), the sync mark, and the reply period on {@code today}: days left to the court's last day (negative once
 * overdue) and its urgency, or null once answered.
 */
public record ContactRow(KindRow<ContactView> source, RequestStatus shownStatus, ContactResult shownResult, Sync sync,
                         ContactRules.Urgency urgency, long daysLeft) {

    /** What the 状态 cell adds: nothing, 待同步, or the server's refusal. */
    public enum Sync { NONE, PENDING, CONFLICT, REFUSED }

    public static ContactRow of(KindRow<ContactView> row, LocalDate today) {
        ContactView v = row.view();
        RequestStatus shown = v.status();
        ContactResult result = v.result();
        Sync sync = Sync.NONE;
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                sync = a.state() == OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
            } else if (a.is(ContactOps.REPLY)) {
                if (sync == Sync.NONE) {
                    sync = Sync.PENDING;
                }
                shown = RequestStatus.REPLIED;
                result = a.payloadAs(ContactReply.class).result();
            }
        }
        boolean running = shown == RequestStatus.AWAITING_REPLY && v.replyDue() != null;
        return new ContactRow(row, shown, result, sync, running ? ContactRules.urgency(v.replyDue(), today) : null,
                running ? ChronoUnit.DAYS.between(today, v.replyDue()) : 0);
    }

    public ContactView view() {
        return source.view();
    }

    public long id() {
        return source.view().id();
    }

    public RequestRef ref() {
        return RequestRef.of(RequestKind.CONTACT_JUDGE, id());
    }

    public boolean opened() {
        return source.opened();
    }

    /** Still to answer here: 待答复 on the server and nothing of this user's pending or refused. */
    public boolean answerable() {
        return shownStatus == RequestStatus.AWAITING_REPLY && sync == Sync.NONE
                && ContactRules.mayReply(view().status());
    }

    ContactRow opened(boolean opened) {
        KindRow<ContactView> s = source;
        return new ContactRow(new KindRow<>(s.view(), opened, s.removed(), s.pending()), shownStatus, shownResult, sync,
                urgency, daysLeft);
    }
}
