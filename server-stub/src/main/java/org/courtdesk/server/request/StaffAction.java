package org.courtdesk.server.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.notify.Sms;
import org.jdbi.v3.core.Handle;

/**
 * One thing staff do to a request of one kind (a decision, an attendance record, …), as the kind's plug-in into
 * {@link StaffActions}. The pipeline owns the order and everything common (the header row in table {@code request}: its
 * lock, visibility, status and version; idempotency, transition table, audit, notices, change feed); the action owns
 * only what is its kind's: its detail row, its body, its rules, its effect and its texts. Every method runs inside the
 * pipeline's one write transaction.
 *
 * @param <B> the body the client sends (carries the idempotency key and the base version)
 * @param <S> the kind's detail row, read once the header is locked
 * @param <V> the kind's view, answered on success, replay and as the {@code current} of a refusal
 */
public interface StaffAction<B, S, V extends RequestView> {

    RequestKind kind();

    /** The action's name in the idempotency table (a key belongs to one action), e.g. {@code DECISION}. */
    String name();

    Class<B> bodyType();

    Class<V> viewType();

    /**
     * The most bytes the JSON body may have: {@link org.courtdesk.server.http.Json#MAX_BODY_BYTES} (a short form) unless
     * the kind carries a long text and says so here (its route then reads with
     * {@link org.courtdesk.server.http.Json#bodyBytes(io.javalin.http.Context, int)}). A longer body is refused with
     * {@link #bodyTooLarge}, nothing stored.
     */
    default int maxBodyBytes() {
        return org.courtdesk.server.http.Json.MAX_BODY_BYTES;
    }

    /** The refusal of a body of {@code bytes} over {@link #maxBodyBytes}. */
    default org.courtdesk.server.http.ApiException bodyTooLarge(int bytes) {
        return new org.courtdesk.server.http.ApiException(org.courtdesk.model.api.ErrorCode.PAYLOAD_TOO_LARGE,
                "请求内容过大（JSON 至多 " + maxBodyBytes() / 1024 + " KB）");
    }

    UUID idempotencyKey(B body);

    long baseVersion(B body);

    /**
     * Whether the body's {@link #baseVersion} must be the request's version. An action that changes no decision and
     * is allowed in every status (a 留言) answers false: it cannot be made stale by another's decision.
     */
    default boolean versioned() {
        return true;
    }

    /**
     * The kind's detail of the request whose header the pipeline holds locked FOR UPDATE (which serialises every
     * write to the request, so the detail needs no lock of its own).
     */
    S detail(Handle h, RequestHeader header);

    /** The status this action moves the request to, checked against {@code Transitions}; empty when it moves none. */
    Optional<RequestStatus> target(B body, S row);

    /** The refusal's detail when {@code Transitions} forbids the move from {@code from} (null: the code's message). */
    default String illegalTransitionDetail(RequestStatus from) {
        return null;
    }

    /** The kind's own rules: throws an {@link ApiException} (several codes: {@link ApiException#ofAll}) to refuse. */
    void validate(Handle h, B body, S row, StaffCall call);

    /**
     * The kind's own update of its detail (the pipeline has already moved the header to {@link #target}); returns
     * what the pipeline then records (audit) and sends (notices).
     */
    Effect apply(Handle h, B body, S row, StaffCall call);

    /** The request's present state as the caller sees it (the answer, and the {@code current} of a refusal). */
    V view(Handle h, long id, StaffCall call);

    /** What an applied action leaves behind besides the kind's row: audit entries in order, and notices. */
    record Effect(List<AuditLine> audit, List<Notice> notices) {
        public Effect {
            audit = List.copyOf(audit);
            notices = List.copyOf(notices);
        }
    }

    /** One line of the request's history (operation and its detail), stamped with the acting account and the time. */
    record AuditLine(String action, String detail) {}

    /** An SMS to an account; recorded masked with the change, sent in full after the transaction commits. */
    record Notice(long accountId, Sms sms) {}
}
