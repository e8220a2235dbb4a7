package org.courtdesk.server.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.notify.Sms;
import org.jdbi.v3.core.Handle;

/**
 * One thing staff do to a request of one kind (a decision, an attendance record, …), as the kind's plug-in into
 * {@link StaffActions}. The pipeline owns the order and everything common (lock, visibility, idempotency, version,
 * transition table, audit, notices, change feed); the action owns only what is its kind's: its storage row, its body,
 * its rules, its effect and its texts. Every method runs inside the pipeline's one write transaction.
 *
 * @param <B> the body the client sends (carries the idempotency key and the base version)
 * @param <S> the kind's stored row, as locked for the write
 * @param <V> the kind's view, answered on success, replay and with a refusal's current state
 */
public interface StaffAction<B, S, V> {

    RequestKind kind();

    /** The action's name in the idempotency table (a key belongs to one action), e.g. {@code DECISION}. */
    String name();

    Class<B> bodyType();

    Class<V> viewType();

    UUID idempotencyKey(B body);

    long baseVersion(B body);

    /** The row, locked FOR UPDATE in {@code h}; empty when there is no such request. */
    Optional<S> lock(Handle h, long id);

    RequestHeader header(S row);

    /** The status this action moves the request to, checked against {@code Transitions}; empty when it moves none. */
    Optional<RequestStatus> target(B body, S row);

    /** The refusal's detail when {@code Transitions} forbids the move from {@code from} (null: the code's message). */
    default String illegalTransitionDetail(RequestStatus from) {
        return null;
    }

    /** The kind's own rules: throws an {@link ApiException} (several codes: {@link ApiException#ofAll}) to refuse. */
    void validate(Handle h, B body, S row, StaffCall call);

    /** The kind's own update; returns what the pipeline then records (audit) and sends (notices). */
    Effect apply(Handle h, B body, S row, StaffCall call);

    /** Stamps the request's new version (the change's feed seq) on the kind's row. */
    void stampVersion(Handle h, long id, long version);

    /** The request's present state as the caller sees it (the answer, and the {@code current} of a refusal). */
    V view(Handle h, long id, StaffCall call);

    /**
     * A refusal carrying the present state ({@code current} of the problem). Until problems are polymorphic over
     * views, the kind builds the exception that can carry its view.
     */
    ApiException refusal(ErrorCode code, String detail, V current);

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
