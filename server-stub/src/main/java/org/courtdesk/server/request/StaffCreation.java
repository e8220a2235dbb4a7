package org.courtdesk.server.request;

import java.util.UUID;

import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.jdbi.v3.core.Handle;

/**
 * A request that staff create (a judge's 证据交换 for a case, a 服务内容 item), as the kind's plug-in into
 * {@link StaffCreations}. The pipeline owns idempotency, audit, notices and the change feed; the creation owns its
 * rules, its rows and its view. Every method runs inside the pipeline's one write transaction, so a refusal
 * (an {@link org.courtdesk.server.http.ApiException}) stores nothing.
 *
 * @param <B> the body the client sends (carries the idempotency key)
 * @param <V> the kind's view, answered on success and on replay
 */
public interface StaffCreation<B, V extends RequestView> {

    RequestKind kind();

    /** The creation's name in the idempotency table, e.g. {@code CREATE}. */
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

    /**
     * The kind's rules, then its rows: the header through {@link Requests#create} (the creating account as its
     * {@code applicantId}; an audience the caller may see) and the detail. Throws an ApiException to refuse.
     */
    Created create(Handle h, B body, StaffCall call);

    /** The new request as the caller sees it. */
    V view(Handle h, long id, StaffCall call);

    /** The new request's id and audience (for the change feed), and what the pipeline records and sends. */
    record Created(long id, Long judgeId, String pool, long applicantId, StaffAction.Effect effect) {}
}
