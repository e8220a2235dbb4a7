package org.courtdesk.app.outbox;

import java.time.Instant;
import java.util.UUID;

import org.courtdesk.app.workspace.PendingAttendance;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.request.RequestRef;

/**
 * One action in the outbox: a decision ({@code op} {@link #OP_DECISION}, {@code decision} set) or an on-site
 * attendance record ({@link #OP_ATTENDANCE}, {@code attendance} set); exactly one of the two payloads is non-null.
 * The payload carries the idempotency key and base version it will be sent with, unchanged however often it is
 * sent. {@code serverState} is the request's state the server sent with a refusal (409 {@code current}), null
 * otherwise. {@code request} names the request by kind and id.
 */
public record OutboxEntry(long id, RequestRef request, String op, UUID idempotencyKey, long baseVersion,
                          ReviewDecision decision, AttendanceRecord attendance, Instant savedAt, OutboxState state,
                          int attempts, Instant nextAttemptAt, String lastError, ErrorCode errorCode,
                          ReadingRequestView serverState) {

    public static final String OP_DECISION = "DECISION";
    public static final String OP_ATTENDANCE = "ATTENDANCE";

    public boolean isDecision() {
        return OP_DECISION.equals(op);
    }

    public boolean isAttendance() {
        return OP_ATTENDANCE.equals(op);
    }

    public boolean needsJudge() {
        return state != OutboxState.PENDING;
    }

    /** The screens' view of a decision (a 阅卷 decision: the id is the 阅卷申请's). */
    public PendingDecision toPendingDecision() {
        if (!isDecision()) {
            throw new IllegalStateException("outbox entry " + id + " is " + op + ", not a decision");
        }
        return new PendingDecision(request.id(), decision, savedAt, needsJudge(), lastError);
    }

    /** The screens' view of an attendance record. */
    public PendingAttendance toPendingAttendance() {
        if (!isAttendance()) {
            throw new IllegalStateException("outbox entry " + id + " is " + op + ", not an attendance record");
        }
        return new PendingAttendance(request.id(), attendance, savedAt, state, errorCode, lastError);
    }
}
