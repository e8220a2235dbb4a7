package org.courtdesk.server.request;

import java.time.Instant;
import java.util.Optional;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.IllegalTransitionException;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.request.Transitions;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.jdbi.v3.core.Handle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one pipeline every staff action of every kind goes through, in ONE transaction and in this order:
 * <ol>
 *   <li>the write lock ({@link org.courtdesk.server.db.Database#write}) and the request's header row in table
 *       {@code request} ({@link Requests#lock}), FOR UPDATE; an id of another kind is a missing id;</li>
 *   <li>visibility: a request whose judge the caller may not see answers NOT_FOUND exactly like a missing id, before
 *       anything of the body is looked at, so neither a validation error nor an old idempotency key tells a caller
 *       that a request exists (a judge who lost a case to another judge cannot replay their old key);</li>
 *   <li>the kind's detail row, the body, then the idempotency replay: a key this account already applied to this request and action with
 *       this body answers the stored state with {@code replayed=true} and changes nothing;</li>
 *   <li>the base version (VERSION_CONFLICT with the current state; skipped by an action that is not
 *       {@link StaffAction#versioned}), the transition table ({@link Transitions}), the
 *       kind's rules;</li>
 *   <li>the header's new status (when the action moves one), the kind's effect, then its audit entries and notices (the SMS leaves after commit, see the Notifier);</li>
 *   <li>the change feed entry, as late as possible so the feed counter is held briefly (its seq is the new version, stamped on the header);</li>
 *   <li>the key with the answer.</li>
 * </ol>
 * Nothing is stored on a refusal: the transaction rolls back. A twin with the same key that commits first makes the
 * second fail on the key's primary key; that one is run again and replays.
 */
public final class StaffActions {

    private final ServerContext context;

    public StaffActions(ServerContext context) {
        this.context = context;
    }

    /** Runs {@code action} by {@code user} on request {@code id} with the raw {@code body} (see {@link Json#bodyBytes}). */
    public <B, S, V extends RequestView> ActionResult<V> run(CurrentUser user, long id, byte[] body, StaffAction<B, S, V> action) {
        try {
            return attempt(user, id, body, action);
        } catch (RuntimeException e) {
            if (!IdempotencyKeys.isDuplicateKey(e)) {
                throw e;
            }
            // A twin with the same key committed first (both passed the look-up): now it replays.
            return attempt(user, id, body, action);
        }
    }

    private <B, S, V extends RequestView> ActionResult<V> attempt(CurrentUser user, long id, byte[] body, StaffAction<B, S, V> action) {
        StaffCall call = new StaffCall(user, context);
        return context.database().write(h -> {
            RequestHeader header = Requests.lock(h, action.kind(), id).orElseThrow(StaffActions::notFound);
            // The audience: the request's judge (and the clerks serving them) or a member of its role pool.
            if (!user.maySee(header.judgeId(), header.pool())) {
                throw notFound();
            }
            S row = action.detail(h, header);
            B b = Json.body(body, action.bodyType(), action.maxBodyBytes(), action::bodyTooLarge);
            IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(action.idempotencyKey(b), user.id(), action.kind(),
                    id, action.name(), b);
            Optional<String> stored = IdempotencyKeys.replay(h, scope);
            if (stored.isPresent()) {
                return new ActionResult<>(storedView(stored.get(), action), true);
            }
            if (action.versioned() && action.baseVersion(b) != header.version()) {
                throw new ApiException(ErrorCode.VERSION_CONFLICT, null, action.view(h, id, call));
            }
            Optional<RequestStatus> target = action.target(b, row);
            if (target.isPresent()) {
                try {
                    Transitions.check(action.kind(), header.status(), target.get());
                } catch (IllegalTransitionException e) {
                    throw new ApiException(ErrorCode.ILLEGAL_TRANSITION, action.illegalTransitionDetail(header.status()),
                            action.view(h, id, call));
                }
            }
            action.validate(h, b, row, call);
            if (target.isPresent()) {
                Requests.moveTo(h, id, target.get());
            }
            StaffAction.Effect effect = action.apply(h, b, row, call);
            Instant now = call.instant();
            record(h, action, id, call, effect, now);
            long seq = ChangeLog.record(h, action.kind(), id, header.judgeId(), header.pool(), header.applicantId(),
                    ChangeOp.UPSERT);
            Requests.stampVersion(h, id, seq);
            ActionResult<V> result = new ActionResult<>(action.view(h, id, call), false);
            IdempotencyKeys.remember(h, scope, Json.write(result), now);
            return result;
        });
    }

    private void record(Handle h, StaffAction<?, ?, ?> action, long id, StaffCall call, StaffAction.Effect effect,
                        Instant now) {
        CurrentUser user = call.user();
        for (StaffAction.AuditLine line : effect.audit()) {
            AuditLog.recordAt(h, action.kind(), id, user.id(), user.account().displayName(), line.action(),
                    line.detail(), now);
        }
        for (StaffAction.Notice notice : effect.notices()) {
            context.notifier().send(h, notice.accountId(), notice.sms(), id);
        }
    }

    private static <V extends RequestView> V storedView(String json, StaffAction<?, ?, V> action) {
        JsonNode answer = Json.read(json, JsonNode.class);
        try {
            return Json.MAPPER.treeToValue(answer.get("request"), action.viewType());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored answer of " + action.kind() + " " + action.name() + " is unreadable", e);
        }
    }

    private static ApiException notFound() {
        return new ApiException(ErrorCode.NOT_FOUND);
    }
}
