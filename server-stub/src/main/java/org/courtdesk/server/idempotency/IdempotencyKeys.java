package org.courtdesk.server.idempotency;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.jdbi.v3.core.Handle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Client-made idempotency keys (table {@code idempotency_key}): a write the server already applied for a key is
 * answered from the stored response instead of being applied again.
 *
 * <p>A key belongs to one account, one request, one action and one body. Using it again for anything else
 * (another request, another action, another account, or a different body) is IDEMPOTENCY_KEY_REUSED, so a
 * client bug can never make a replay silently stand for a different decision.
 *
 * <p>Use inside the writing transaction: {@link #replay} before the work (and again after locking the target row,
 * so a concurrent twin that committed meanwhile is seen), {@link #remember} in the same transaction as the work.
 * The key is the table's primary key, so two twins that both slip past the checks cannot both commit; the loser's
 * transaction fails with a duplicate key ({@link #isDuplicateKey}) and a retry answers from the stored response.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {}

    /** What a write is: who, on which request, which action, with which body (its fingerprint). */
    public record Scope(UUID key, long accountId, RequestKind kind, long requestId, String action, String fingerprint) {

        public Scope {
            if (key == null) {
                throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED);
            }
        }

        /** A scope whose fingerprint is the SHA-256 of the body's canonical JSON. */
        public static Scope of(UUID key, long accountId, RequestKind kind, long requestId, String action, Object body) {
            return new Scope(key, accountId, kind, requestId, action, IdempotencyKeys.fingerprint(body));
        }
    }

    /** The stored response JSON when this scope was already applied; REUSED when the key means something else. */
    public static Optional<String> replay(Handle h, Scope s) {
        return h.createQuery("SELECT account_id, kind, request_id, action, response_json FROM idempotency_key "
                        + "WHERE idem_key = :k")
                .bind("k", s.key().toString())
                .map((rs, ctx) -> {
                    JsonNode envelope = readEnvelope(rs.getString("response_json"));
                    boolean same = rs.getLong("account_id") == s.accountId()
                            && s.kind().name().equals(rs.getString("kind"))
                            && rs.getLong("request_id") == s.requestId()
                            && s.action().equals(rs.getString("action"))
                            && s.fingerprint().equals(envelope.path("fingerprint").asText());
                    if (!same) {
                        throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
                    }
                    return Json.write(envelope.get("response"));
                })
                .findOne();
    }

    /** Stores the response of the applied write under its key (same transaction as the write). */
    public static void remember(Handle h, Scope s, String responseJson, Instant at) {
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        envelope.put("fingerprint", s.fingerprint());
        try {
            envelope.set("response", Json.MAPPER.readTree(responseJson));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("response is not JSON", e);
        }
        h.createUpdate("INSERT INTO idempotency_key (idem_key, account_id, kind, request_id, action, response_json, created_at) "
                        + "VALUES (:k, :a, :kind, :r, :action, :json, :at)")
                .bind("k", s.key().toString()).bind("a", s.accountId()).bind("kind", s.kind().name())
                .bind("r", s.requestId()).bind("action", s.action()).bind("json", Json.write(envelope))
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .execute();
    }

    /** Whether a failed transaction lost the race for a key (primary-key violation, SQLSTATE 23505). */
    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return String.valueOf(sql.getMessage()).toUpperCase().contains("IDEMPOTENCY_KEY");
            }
        }
        return false;
    }

    /** SHA-256 of the body's JSON (records serialise their components in declaration order). */
    public static String fingerprint(Object body) {
        return BlobStore.sha256(Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode readEnvelope(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored idempotent response is not JSON", e);
        }
    }
}
