package org.courtdesk.app.workspace.local;

import java.time.LocalDate;
import java.time.ZoneId;

import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.OnSiteVisit;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/**
 * What the judge sees: the server's state, with a decision waiting in the outbox laid over it (status and
 * review), and the effective status for today (审查通过 turns 已过期 when its date has passed, unless the on-site visit
 * was attended). Pure functions.
 */
final class Overlay {

    private Overlay() {}

    /** The status a decision moves a 阅卷申请 to. */
    static RequestStatus target(ReviewDecision d) {
        return d.opinion() == ReviewOpinion.AGREE ? RequestStatus.APPROVED : RequestStatus.REJECTED;
    }

    /** The server's view with a PENDING decision laid over it; conflicts and refusals show the server's state. */
    static ReadingRequestView view(ReadingRequestView server, OutboxEntry local, String reviewer, ZoneId zone, LocalDate today) {
        return view(server, local, null, reviewer, zone, today);
    }

    /**
     * The server's view with a PENDING decision (status and review) and a PENDING attendance record (the visit)
     * laid over it, so 已到场 shows before the upload; conflicts and refusals show the server's state.
     */
    static ReadingRequestView view(ReadingRequestView server, OutboxEntry decision, OutboxEntry attendance,
                                   String reviewer, ZoneId zone, LocalDate today) {
        ReadingRequestView v = server;
        if (decision != null && decision.state() == OutboxState.PENDING) {
            ReviewDecision d = decision.decision();
            ReviewInfo review = new ReviewInfo(reviewer, LocalDate.ofInstant(decision.savedAt(), zone), d.opinion(),
                    d.explanation(), d.mode(), d.validUntil(), d.onSiteStart(), d.onSiteEnd(), d.replyNote());
            v = with(server, target(d), review);
        }
        if (attendance != null && attendance.state() == OutboxState.PENDING) {
            AttendanceRecord a = attendance.attendance();
            v = withVisit(v, new OnSiteVisit(a.attended(), a.borrowedAt(), a.returnedAt()));
        }
        RequestStatus effective = effective(v, today);
        return effective == v.status() ? v : with(v, effective, v.review());
    }

    static RequestStatus effective(ReadingRequestView v, LocalDate today) {
        ReviewInfo r = v.review();
        if (r == null) {
            return v.status();
        }
        return ReadingRules.effectiveStatus(v.status(), r.mode(), r.validUntil(), r.onSiteEnd(), attended(v), today);
    }

    /** 是否到场 recorded as 是. */
    static boolean attended(ReadingRequestView v) {
        return v.visit() != null && Boolean.TRUE.equals(v.visit().attended());
    }

    static ReadingQueueRow row(ReadingRequestView shown, boolean opened, OutboxEntry local) {
        return row(shown, opened, local, null);
    }

    /** The queue row; the sync mark is the worst of the request's outbox entries (conflict, then pending). */
    static ReadingQueueRow row(ReadingRequestView shown, boolean opened, OutboxEntry decision, OutboxEntry attendance) {
        ReadingQueueRow.SyncState state = ReadingQueueRow.SyncState.SYNCED;
        for (OutboxEntry e : new OutboxEntry[] {decision, attendance}) {
            if (e == null) {
                continue;
            }
            if (e.needsJudge()) {
                state = ReadingQueueRow.SyncState.CONFLICT;
            } else if (state == ReadingQueueRow.SyncState.SYNCED) {
                state = ReadingQueueRow.SyncState.PENDING;
            }
        }
        ReviewInfo r = shown.review();
        return new ReadingQueueRow(shown.id(), shown.applicationNo(), shown.caseNumber(), shown.courtName(),
                shown.applicantName(), shown.applicationDate(), shown.submittedAt(), shown.content(),
                shown.requestedMode(), granted(r), shown.status(), r == null ? null : r.validUntil(),
                r == null ? null : r.onSiteEnd(), attended(shown), opened, state);
    }

    /**
     * The queue row of a cached request with nothing in the outbox, from its columns: the same row {@link #row} makes
     * of its view with the effective status for today.
     */
    static ReadingQueueRow row(org.courtdesk.app.cache.RequestStore.QueueColumns c, boolean opened, LocalDate today) {
        RequestStatus status = c.reviewed()
                ? ReadingRules.effectiveStatus(c.status(), c.reviewMode(), c.validUntil(), c.onSiteEnd(), c.attended(), today)
                : c.status();
        ReadingMode granted = c.reviewed() && c.reviewOpinion() == ReviewOpinion.AGREE ? c.reviewMode() : null;
        return new ReadingQueueRow(c.id(), c.applicationNo(), c.caseNumber(), c.courtName(), c.applicantName(),
                c.applicationDate(), c.submittedAt(), c.content(), c.requestedMode(), granted, status,
                c.reviewed() ? c.validUntil() : null, c.reviewed() ? c.onSiteEnd() : null, c.attended(), opened,
                ReadingQueueRow.SyncState.SYNCED);
    }

    /** The 阅卷方式 the judge granted: an approval's mode (a refusal grants none). */
    private static ReadingMode granted(ReviewInfo r) {
        return r == null || r.opinion() != ReviewOpinion.AGREE ? null : r.mode();
    }

    private static ReadingRequestView withVisit(ReadingRequestView v, OnSiteVisit visit) {
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.applicationDate(),
                v.submittedAt(), v.content(), v.reason(), v.requestedMode(), v.caseDigitised(), v.status(), v.version(),
                v.judgeName(), v.review(), visit, v.materials(), v.audit(), v.agreementVersion(), v.proposedTime());
    }

    private static ReadingRequestView with(ReadingRequestView v, RequestStatus status, ReviewInfo review) {
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.applicationDate(),
                v.submittedAt(), v.content(), v.reason(), v.requestedMode(), v.caseDigitised(), status, v.version(),
                v.judgeName(), review, v.visit(), v.materials(), v.audit(), v.agreementVersion(), v.proposedTime());
    }
}
