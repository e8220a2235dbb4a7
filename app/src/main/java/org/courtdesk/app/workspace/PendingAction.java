package org.courtdesk.app.workspace;

import java.time.Instant;

import org.courtdesk.app.api.Json;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestRef;

/**
 * A staff action of any kind saved in the outbox ({@link Workspace#saveAction}): waiting for upload
 * ({@link OutboxState#PENDING}), or refused by the server (409 with {@code serverState}, or a rule), for the user to
 * look at. {@code op} is the kind's name of the action ({@link StaffOp#name}), {@code payloadJson} the body as sent;
 * {@code files} the files it carries (their bytes stay in the encrypted cache until confirmed or discarded).
 */
public record PendingAction(long id, RequestRef request, String op, String payloadJson, Instant savedAt,
                            OutboxState state, ErrorCode errorCode, String lastError, RequestView serverState,
                            java.util.List<OutgoingFile.Info> files) {

    public PendingAction {
        files = files == null ? java.util.List.of() : java.util.List.copyOf(files);
    }

    /** An action without files. */
    public PendingAction(long id, RequestRef request, String op, String payloadJson, Instant savedAt, OutboxState state,
                         ErrorCode errorCode, String lastError, RequestView serverState) {
        this(id, request, op, payloadJson, savedAt, state, errorCode, lastError, serverState, java.util.List.of());
    }

    /** The body as the kind's record. */
    public <T> T payloadAs(Class<T> type) {
        return Json.read(payloadJson, type);
    }

    public boolean needsUser() {
        return state != OutboxState.PENDING;
    }

    /** A creation not yet confirmed ({@link Workspace#saveCreation}), or a follow-up of one: it names no request yet. */
    public boolean isCreation() {
        return request.id() == org.courtdesk.app.outbox.OutboxEntry.NEW_REQUEST;
    }

    public boolean is(StaffOp staffOp) {
        return staffOp.name().equals(op);
    }
}
