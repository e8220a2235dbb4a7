package org.courtdesk.app.ui.transcript;

import java.time.LocalDate;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transcript.TranscriptDecision;
import org.courtdesk.model.transcript.TranscriptRules;

/**
 * One 申请补正 as the 庭审笔录 tab shows it: the status with the user's unsent answer laid over the server's, whether it
 * waits for upload or was refused, and the days left to read its transcript at {@code today}.
 */
public record TranscriptRow(KindRow<TranscriptCorrectionView> source, RequestStatus shownStatus, Sync sync,
                            long readingDaysLeft) {

    public enum Sync { NONE, PENDING, CONFLICT, REFUSED }

    public static TranscriptRow of(KindRow<TranscriptCorrectionView> row, LocalDate today) {
        RequestStatus shown = row.view().status();
        Sync sync = Sync.NONE;
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                sync = a.state() == OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
            } else {
                if (sync == Sync.NONE) {
                    sync = Sync.PENDING;
                }
                if (a.is(TranscriptOps.DECIDE)) {
                    shown = a.payloadAs(TranscriptDecision.class).agree() ? RequestStatus.CORRECTION_AGREED
                            : RequestStatus.CORRECTION_REFUSED;
                }
            }
        }
        LocalDate until = row.view().transcript() == null ? null : row.view().transcript().readableUntil();
        long left = until == null ? -1 : TranscriptRules.daysLeft(until, today);
        return new TranscriptRow(row, shown, sync, left);
    }

    public TranscriptCorrectionView view() {
        return source.view();
    }

    public long id() {
        return source.view().id();
    }

    public RequestRef ref() {
        return RequestRef.of(RequestKind.HEARING_TRANSCRIPT, id());
    }

    public boolean opened() {
        return source.opened();
    }

    /** Whether it may be answered: 待答复 on the server and nothing of this user's pending or refused. */
    public boolean answerable() {
        return shownStatus == RequestStatus.AWAITING_REPLY && sync == Sync.NONE;
    }

    TranscriptRow opened(boolean opened) {
        KindRow<TranscriptCorrectionView> s = source;
        return new TranscriptRow(new KindRow<>(s.view(), opened, s.removed(), s.pending()), shownStatus, sync,
                readingDaysLeft);
    }
}
