package org.courtdesk.app.outbox;

import java.time.Instant;
import java.util.UUID;

import org.courtdesk.app.workspace.PendingAttendance;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.request.RequestRef;

/**
 * One action in the outbox. A 阅卷 decision ({@code op} {@link #OP_DECISION}, {@code decision} set) or on-site
 * attendance record ({@link #OP_ATTENDANCE}, {@code attendance} set) goes to a route the sync knows; an action of any
 * other kind names its own route ({@code path}, relative to the server's base URL) and is sent as its
 * {@code payloadJson}. The payload carries the idempotency key and base version it will be sent with, unchanged
 * however often it is sent (only {@link Outbox#rebase} moves the base of a chained action, before it was ever sent).
 * {@code versioned}: whether the base version must match the server's (a 留言 is not). {@code serverState} is the
 * request's state the server sent with a refusal (409 {@code current}), null otherwise. {@code request} names the
 * request by kind and id. An {@linkplain #isUpload upload} carries {@code files} (what they are; their bytes are read
 * with {@link OutboxFiles#content} when sent).
 */
public record OutboxEntry(long id, RequestRef request, String op, String path, boolean versioned, UUID idempotencyKey,
                          long baseVersion, String payloadJson, ReviewDecision decision, AttendanceRecord attendance,
                          Instant savedAt, OutboxState state, int attempts, Instant nextAttemptAt, String lastError,
                          ErrorCode errorCode, RequestView serverState, String formPart,
                          java.util.List<org.courtdesk.app.workspace.OutgoingFile.Info> files) {

    public OutboxEntry {
        files = files == null ? java.util.List.of() : java.util.List.copyOf(files);
    }

    /** Sent as multipart/form-data: the payload as the part {@code formPart}, each of {@link #files} as its own part. */
    public boolean isUpload() {
        return formPart != null;
    }

    OutboxEntry withFiles(java.util.List<org.courtdesk.app.workspace.OutgoingFile.Info> attached) {
        return new OutboxEntry(id, request, op, path, versioned, idempotencyKey, baseVersion, payloadJson, decision,
                attendance, savedAt, state, attempts, nextAttemptAt, lastError, errorCode, serverState, formPart, attached);
    }

    public static final String OP_DECISION = "DECISION";
    public static final String OP_ATTENDANCE = "ATTENDANCE";
    /** The request id of a creation (a request staff make): it has none until the server answers. */
    public static final long NEW_REQUEST = 0;

    public boolean isDecision() {
        return OP_DECISION.equals(op);
    }

    public boolean isAttendance() {
        return OP_ATTENDANCE.equals(op);
    }

    /** An action that names its own route (every kind but 阅卷). */
    public boolean isRouted() {
        return path != null;
    }

    /** The server's state sent with the refusal, when it is of this view type. */
    public <V extends RequestView> V serverStateAs(Class<V> type) {
        return type.isInstance(serverState) ? type.cast(serverState) : null;
    }

    /** The screens' view of a routed action. */
    public PendingAction toPendingAction() {
        return new PendingAction(id, request, op, payloadJson, savedAt, state, errorCode, lastError, serverState, files);
    }

    /** Staff creating a request ({@code Workspace.saveCreation}); the server's answer names the new request. */
    public boolean isCreation() {
        return isRouted() && request.id() == NEW_REQUEST && !isFollowUp();
    }

    /**
     * A follow-up of a creation not confirmed yet ({@code Workspace.saveFollowUp}): its route still has {@code {id}}
     * (a creation's never has), filled in when the creation is confirmed.
     */
    public boolean isFollowUp() {
        return isRouted() && path.contains("{id}");
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
