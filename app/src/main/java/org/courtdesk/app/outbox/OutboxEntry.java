package org.courtdesk.app.outbox;

import java.time.Instant;
import java.util.UUID;

import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.request.RequestRef;

/**
 * One decision in the outbox. {@code decision} carries the idempotency key and base version it will be sent
 * with, unchanged however often it is sent. {@code serverState} is the request's state the server sent with a
 * refusal (409 {@code current}), null otherwise. {@code request} names the request by kind and id.
 */
public record OutboxEntry(long id, RequestRef request, String op, UUID idempotencyKey, long baseVersion,
                          ReviewDecision decision, Instant savedAt, OutboxState state, int attempts,
                          Instant nextAttemptAt, String lastError, ErrorCode errorCode,
                          ReadingRequestView serverState) {

    public static final String OP_DECISION = "DECISION";

    public boolean needsJudge() {
        return state != OutboxState.PENDING;
    }

    /** The screens' view of it (a 阅卷 decision: the id is the 阅卷申请's). */
    public PendingDecision toPendingDecision() {
        return new PendingDecision(request.id(), decision, savedAt, needsJudge(), lastError);
    }
}
