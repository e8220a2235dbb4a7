package org.courtdesk.server.request;

import java.time.Instant;
import java.util.Optional;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.idempotency.IdempotencyKeys;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one pipeline for requests staff create, in ONE write transaction: the body, the idempotency replay (a key this
 * account already used for this kind's creation with this body answers the stored state with {@code replayed=true}
 * and creates nothing; the same key with another body is refused), the kind's rules and rows
 * ({@link StaffCreation#create}), audit and notices, the change feed (its seq is the new request's version), the key
 * with the answer. A workstation's outbox sends a creation saved offline with its key until it is confirmed, so a
 * lost answer never makes a second request.
 */
public final class StaffCreations {

    private final ServerContext context;

    public StaffCreations(ServerContext context) {
        this.context = context;
    }

    public <B, V extends RequestView> ActionResult<V> run(CurrentUser user, byte[] body, StaffCreation<B, V> creation) {
        try {
            return attempt(user, body, creation);
        } catch (RuntimeException e) {
            if (!IdempotencyKeys.isDuplicateKey(e)) {
                throw e;
            }
            // A twin with the same key committed first: now it replays.
            return attempt(user, body, creation);
        }
    }

    private <B, V extends RequestView> ActionResult<V> attempt(CurrentUser user, byte[] body, StaffCreation<B, V> creation) {
        StaffCall call = new StaffCall(user, context);
        return context.database().write(h -> {
            B b = Json.body(body, creation.bodyType(), creation.maxBodyBytes(), creation::bodyTooLarge);
            // Request id 0: the key names a creation of this kind by this account, not an existing request.
            IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(creation.idempotencyKey(b), user.id(),
                    creation.kind(), 0, creation.name(), b);
            Optional<String> stored = IdempotencyKeys.replay(h, scope);
            if (stored.isPresent()) {
                return new ActionResult<>(storedView(stored.get(), creation), true);
            }
            // The feed lock before the kind numbers its request (申请编号): numbers and sequences in one order.
            ChangeLog.lock(h);
            // Again under the lock: a twin with this key that held the lock meanwhile has committed, and a rule that
            // depends on state (one 证据交换 per case) would otherwise refuse this retry instead of replaying it.
            stored = IdempotencyKeys.replay(h, scope);
            if (stored.isPresent()) {
                return new ActionResult<>(storedView(stored.get(), creation), true);
            }
            StaffCreation.Created created = creation.create(h, b, call);
            if (!user.maySee(created.judgeId(), created.pool())) {
                // The creator must find what they made in their own queue; anything else is a bug of the kind.
                throw new IllegalStateException(creation.kind() + " " + creation.name() + " created a request its creator cannot see");
            }
            Instant now = call.instant();
            for (StaffAction.AuditLine line : created.effect().audit()) {
                AuditLog.recordAt(h, creation.kind(), created.id(), user.id(), user.account().displayName(),
                        line.action(), line.detail(), now);
            }
            for (StaffAction.Notice notice : created.effect().notices()) {
                context.notifier().send(h, notice.accountId(), notice.sms(), created.id());
            }
            long seq = ChangeLog.record(h, creation.kind(), created.id(), created.judgeId(), created.pool(),
                    created.applicantId(), ChangeOp.UPSERT);
            Requests.stampVersion(h, created.id(), seq);
            ActionResult<V> result = new ActionResult<>(creation.view(h, created.id(), call), false);
            IdempotencyKeys.remember(h, scope, Json.write(result), now);
            return result;
        });
    }

    private static <V extends RequestView> V storedView(String json, StaffCreation<?, V> creation) {
        JsonNode answer = Json.read(json, JsonNode.class);
        try {
            return Json.MAPPER.treeToValue(answer.get("request"), creation.viewType());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored answer of " + creation.kind() + " " + creation.name() + " is unreadable", e);
        }
    }
}
