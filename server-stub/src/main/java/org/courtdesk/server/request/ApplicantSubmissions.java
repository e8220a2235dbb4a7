package org.courtdesk.server.request;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.jdbi.v3.core.Handle;

import io.javalin.http.Context;

/**
 * The one pipeline for a new request an applicant submits, the applicant's twin of {@link StaffCreations}: the key's
 * earlier answer (a key this account already used for this kind's submission with this body answers the stored
 * receipt with {@value #REPLAYED_HEADER} and stores nothing; the same key with another body is refused), the kind's
 * rules on the body, then ONE write transaction: the key's answer again (a twin that wrote first replays instead of
 * running into a rule that depends on state), the kind's checks against stored state and its uploads (before the feed
 * lock: they are the slow part), the feed lock, the key's answer once more (a twin that held the lock meanwhile has
 * committed), the kind's rows, audit and notices, the change feed (its seq is the new request's version), the receipt
 * and the key with it. A transaction a concurrent one beat to a unique key (a blob, a 申请编号, this key) is tried
 * again, and a twin's key then replays.
 *
 * <p>A kind supplies only its validation, its rows and its receipt ({@link Submission}); a refusal anywhere
 * (an {@link org.courtdesk.server.http.ApiException}) stores nothing.
 */
public final class ApplicantSubmissions {

    /** Set to {@code true} on an answer that replays an earlier submission under the same key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int ATTEMPTS = 3;

    /**
     * The kind's part, inside the storing transaction before the feed lock: its checks against stored state (court,
     * case on record, time limits; throw an ApiException to refuse) and the uploads' blobs. Answers what stores the
     * request once the lock is held.
     */
    @FunctionalInterface
    public interface Submission<R> {
        Locked<R> check(Handle h);
    }

    /** The kind's part under the feed lock: header and detail, materials, audit, notices. */
    @FunctionalInterface
    public interface Locked<R> {
        Stored<R> store(Instant now);
    }

    /**
     * The new request's id and audience (for the change feed: a judge, a pool or both) and its receipt, made once its
     * version is stamped.
     */
    public record Stored<R>(long id, Long judgeId, String pool, long applicantId, Supplier<R> receipt) {}

    /** The receipt, and whether an earlier submission under the same key had stored it. */
    public record Outcome<R>(R receipt, boolean replayed) {}

    private final ServerContext context;

    public ApplicantSubmissions(ServerContext context) {
        this.context = context;
    }

    /**
     * The whole pipeline: the key's earlier answer, else {@code rules} (the kind's checks of the body alone, cheapest
     * first), else {@link #store}.
     */
    public <R> Outcome<R> submit(IdempotencyKeys.Scope scope, Class<R> receiptType, Runnable rules,
                                 Submission<R> submission) {
        Optional<Outcome<R>> earlier = context.jdbi().withHandle(h -> replay(h, scope, receiptType));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        rules.run();
        return retried(h -> store(h, scope, receiptType, submission));
    }

    private <R> Outcome<R> store(Handle h, IdempotencyKeys.Scope scope, Class<R> receiptType, Submission<R> submission) {
        // Again in the transaction: a twin with this key that wrote first (after the look outside, or before a retry)
        // has committed, and a rule that depends on state (one pending 绑定 per party) would refuse instead of replaying.
        Optional<Outcome<R>> twin = replay(h, scope, receiptType);
        if (twin.isPresent()) {
            return twin.get();
        }
        Locked<R> locked = submission.check(h);
        // From here to commit the feed lock is held: the 申请编号 and the feed sequence are taken in the same order.
        ChangeLog.lock(h);
        // Again under the lock: a twin (another instance's) that held the lock while this one checked has committed.
        twin = replay(h, scope, receiptType);
        if (twin.isPresent()) {
            return twin.get();
        }
        Instant now = context.clock().instant();
        Stored<R> stored = locked.store(now);
        long seq = ChangeLog.record(h, scope.kind(), stored.id(), stored.judgeId(), stored.pool(), stored.applicantId(),
                ChangeOp.UPSERT);
        Requests.stampVersion(h, stored.id(), seq);
        R receipt = stored.receipt().get();
        IdempotencyKeys.remember(h, scope, Json.write(receipt), now);
        return new Outcome<>(receipt, false);
    }

    private static <R> Optional<Outcome<R>> replay(Handle h, IdempotencyKeys.Scope scope, Class<R> receiptType) {
        return IdempotencyKeys.replay(h, scope).map(json -> new Outcome<>(Json.read(json, receiptType), true));
    }

    /**
     * One write transaction, tried again (at most {@value #ATTEMPTS} times in all) when a concurrent one took a unique
     * key first: a new blob, a 申请编号, or the same idempotency key, which then replays. For an applicant's other
     * writes on their own request (a 补正, a 留言) as well.
     */
    public <T> T retried(Function<Handle, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return context.database().write(work::apply);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    /** 201 with the receipt and its {@code Location}; {@value #REPLAYED_HEADER} when it replays an earlier one. */
    public static <R> void created(Context ctx, String location, Outcome<R> outcome) {
        if (outcome.replayed()) {
            ctx.header(REPLAYED_HEADER, "true");
        }
        ctx.status(201).header("Location", location).json(outcome.receipt());
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
