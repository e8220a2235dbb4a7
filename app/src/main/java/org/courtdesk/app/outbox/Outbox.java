package org.courtdesk.app.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.app.api.Json;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The outbox table inside the encrypted cache: decisions and on-site attendance records (column op) written before the UI says "saved", sent in order
 * with their idempotency keys, removed only on the server's confirmation or the judge's choice. Entries of every
 * kind share it, so a request is named by its {@link RequestRef} (kind and id), never by its id alone. Static
 * operations on a handle, so callers compose them with cache updates in one transaction.
 */
public final class Outbox {

    private static final String COLUMNS = "id, request_kind, request_id, op, path, versioned, idempotency_key, base_version, "
            + "payload_json, saved_at, state, attempts, next_attempt_at, last_error, error_code, server_json, form_part";

    private Outbox() {}

    /** Adds a decision on this request (its key and base version already set). */
    public static OutboxEntry add(Handle h, RequestRef request, ReviewDecision decision, Instant savedAt) {
        if (decision.idempotencyKey() == null) {
            throw new IllegalArgumentException("a decision needs its idempotency key before it enters the outbox");
        }
        return insert(h, request, OutboxEntry.OP_DECISION, decision.idempotencyKey(), decision.baseVersion(),
                Json.write(decision), savedAt);
    }

    /** Adds an on-site attendance record on this request (its key and base version already set). */
    public static OutboxEntry addAttendance(Handle h, RequestRef request, AttendanceRecord record, Instant savedAt) {
        if (record.idempotencyKey() == null) {
            throw new IllegalArgumentException("an attendance record needs its idempotency key before it enters the outbox");
        }
        return insert(h, request, OutboxEntry.OP_ATTENDANCE, record.idempotencyKey(), record.baseVersion(),
                Json.write(record), savedAt);
    }

    /**
     * Adds an action of any kind that names its route: {@code payload} is the JSON body, whose
     * {@code idempotencyKey} (and, when {@code versioned}, {@code baseVersion}) are already set.
     */
    public static OutboxEntry addRouted(Handle h, RequestRef request, String op, String path, boolean versioned,
                                        UUID key, long baseVersion, String payload, Instant savedAt) {
        if (key == null || path == null || path.isBlank() || path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("a routed action needs its key and a relative route: " + path);
        }
        return insert(h, request, op, path, versioned, key, baseVersion, payload, savedAt);
    }

    /**
     * Adds a routed action that carries files (sent as multipart: {@code payload} as the part {@code formPart}, the key in
     * the Idempotency-Key header); the files' bytes are stored with it in the same transaction ({@link OutboxFiles}).
     */
    public static OutboxEntry addUpload(Handle h, RequestRef request, String op, String path, boolean versioned,
                                        UUID key, long baseVersion, String payload, String formPart,
                                        List<org.courtdesk.app.workspace.OutgoingFile> files, Instant savedAt) {
        if (formPart == null || files == null || files.isEmpty()) {
            throw new IllegalArgumentException("an upload needs its form part and at least one file");
        }
        OutboxEntry entry = addRouted(h, request, op, path, versioned, key, baseVersion, payload, savedAt);
        h.createUpdate("UPDATE outbox SET form_part = :part WHERE id = :id").bind("part", formPart)
                .bind("id", entry.id()).execute();
        OutboxFiles.add(h, entry.id(), files);
        return byId(h, entry.id()).orElseThrow();
    }

    private static OutboxEntry insert(Handle h, RequestRef request, String op, UUID key, long baseVersion, String json,
                                      Instant savedAt) {
        return insert(h, request, op, null, true, key, baseVersion, json, savedAt);
    }

    private static OutboxEntry insert(Handle h, RequestRef request, String op, String path, boolean versioned, UUID key,
                                      long baseVersion, String json, Instant savedAt) {
        long id = h.createUpdate("""
                INSERT INTO outbox (request_kind, request_id, op, path, versioned, idempotency_key, base_version,
                    payload_json, saved_at, state)
                VALUES (:kind, :requestId, :op, :path, :versioned, :key, :base, :json, :savedAt, :state)
                """)
                .bind("kind", request.kind().name())
                .bind("requestId", request.id())
                .bind("op", op)
                .bind("path", path)
                .bind("versioned", versioned)
                .bind("key", key)
                .bind("base", baseVersion)
                .bind("json", json)
                .bind("savedAt", savedAt.toEpochMilli())
                .bind("state", OutboxState.PENDING.name())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return byId(h, id).orElseThrow();
    }

    public static Optional<OutboxEntry> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE id = :id").bind("id", id)
                .map(Outbox::map).findOne().map(e -> OutboxFiles.attach(h, List.of(e)).get(0));
    }

    /** The newest decision for this request (there is at most one in normal use); attendance records are not. */
    public static Optional<OutboxEntry> forRequest(Handle h, RequestRef request) {
        return forRequest(h, request, OutboxEntry.OP_DECISION);
    }

    /** The newest attendance record for this request (at most one in normal use). */
    public static Optional<OutboxEntry> attendanceFor(Handle h, RequestRef request) {
        return forRequest(h, request, OutboxEntry.OP_ATTENDANCE);
    }

    private static Optional<OutboxEntry> forRequest(Handle h, RequestRef request, String op) {
        return h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE request_kind = :k AND request_id = :r "
                        + "AND op = :op AND path IS NULL ORDER BY id DESC LIMIT 1")
                .bind("k", request.kind().name()).bind("r", request.id()).bind("op", op).map(Outbox::map).findOne();
    }

    /** Every entry for this request, decisions and attendance records, oldest first. */
    public static List<OutboxEntry> allFor(Handle h, RequestRef request) {
        List<OutboxEntry> list = h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE request_kind = :k AND request_id = :r ORDER BY id")
                .bind("k", request.kind().name()).bind("r", request.id()).map(Outbox::map).list();
        return OutboxFiles.attach(h, list);
    }

    public static List<OutboxEntry> all(Handle h) {
        return OutboxFiles.attach(h, h.createQuery("SELECT " + COLUMNS + " FROM outbox ORDER BY id").map(Outbox::map).list());
    }

    /**
     * Entries to send now: PENDING and due (or all PENDING when forced); versioned ones first, each group in the order
     * saved. An unversioned action (a 留言) moves the server's version too, so sent between two of the judge's
     * chained decisions it would make the second one stale; sent after them it cannot.
     */
    public static List<OutboxEntry> due(Handle h, Instant now, boolean force) {
        // A follow-up waiting for its creation (after_id) is not due until the creation is confirmed.
        List<OutboxEntry> due = h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE state = :s AND (:force OR next_attempt_at <= :now) "
                        + "AND after_id IS NULL ORDER BY versioned DESC, id")
                .bind("s", OutboxState.PENDING.name())
                .bind("force", force)
                .bind("now", now.toEpochMilli())
                .map(Outbox::map).list();
        return OutboxFiles.attach(h, due);
    }

    /** Entries the judge must look at (409 conflicts and refusals), oldest first. */
    public static List<OutboxEntry> needingJudge(Handle h) {
        return OutboxFiles.attach(h, h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE state <> :s ORDER BY id")
                .bind("s", OutboxState.PENDING.name()).map(Outbox::map).list());
    }

    public static int countPending(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM outbox WHERE state = :s")
                .bind("s", OutboxState.PENDING.name()).mapTo(Integer.class).one();
    }

    public static int countNeedingJudge(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM outbox WHERE state <> :s")
                .bind("s", OutboxState.PENDING.name()).mapTo(Integer.class).one();
    }

    /**
     * Adds a follow-up of creation {@code creation} (not confirmed yet): an action on the request it will create, with
     * {@code route}'s {@code {id}} unfilled, waiting for it ({@code after_id}); {@link #resolveFollowUps} fills it in
     * when the server confirms the creation. {@code payload} carries its idempotency key (and a base version to be set).
     */
    public static OutboxEntry addFollowUp(Handle h, OutboxEntry creation, String op, String route, boolean versioned,
                                          UUID key, String payload, Instant savedAt) {
        if (!creation.isCreation() || !route.contains("{id}")) {
            throw new IllegalArgumentException("a follow-up is an action on the request a creation makes: " + route);
        }
        OutboxEntry entry = addRouted(h, creation.request(), op, route, versioned, key, 0, payload, savedAt);
        h.createUpdate("UPDATE outbox SET after_id = :after WHERE id = :id").bind("after", creation.id())
                .bind("id", entry.id()).execute();
        return byId(h, entry.id()).orElseThrow();
    }

    /** The follow-ups waiting for creation {@code creationId}, in the order saved. */
    public static List<OutboxEntry> followUps(Handle h, long creationId) {
        return OutboxFiles.attach(h, h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE after_id = :c ORDER BY id")
                .bind("c", creationId).map(Outbox::map).list());
    }

    /**
     * The server created {@code created} (at {@code version}) for creation {@code creationId}: its follow-ups now name
     * that request and its route, are based on that version, and are due. Call in the transaction that removes the
     * creation. Returns how many.
     */
    public static int resolveFollowUps(Handle h, long creationId, RequestRef created, long version) {
        int n = 0;
        for (OutboxEntry f : followUps(h, creationId)) {
            String payload = f.payloadJson();
            if (f.versioned()) {
                com.fasterxml.jackson.databind.node.ObjectNode body =
                        Json.read(payload, com.fasterxml.jackson.databind.node.ObjectNode.class);
                body.put("baseVersion", version);
                payload = Json.write(body);
            }
            h.createUpdate("UPDATE outbox SET request_id = :r, path = :p, base_version = :v, payload_json = :json, "
                            + "after_id = NULL, next_attempt_at = 0 WHERE id = :id")
                    .bind("r", created.id()).bind("p", f.path().replace("{id}", Long.toString(created.id())))
                    .bind("v", version).bind("json", payload).bind("id", f.id()).execute();
            n++;
        }
        return n;
    }

    /** Drops the follow-ups of a creation the user dropped (they have no request to go to). */
    public static int removeFollowUps(Handle h, long creationId) {
        return h.createUpdate("DELETE FROM outbox WHERE after_id = :c").bind("c", creationId).execute();
    }

    /** The server confirmed it (or the judge dropped it). */
    public static boolean remove(Handle h, long id) {
        return h.createUpdate("DELETE FROM outbox WHERE id = :id").bind("id", id).execute() > 0;
    }

    public static int removeForRequest(Handle h, RequestRef request) {
        return h.createUpdate("DELETE FROM outbox WHERE request_kind = :k AND request_id = :r")
                .bind("k", request.kind().name()).bind("r", request.id()).execute();
    }

    /**
     * Chained actions on one request (an opinion, then the conclusion, saved offline on the same state): once
     * {@code sent} was applied and the server answered {@code newVersion}, the later versioned PENDING actions of the
     * request that were based on the same version are based on {@code newVersion}. Only the server's own answer to
     * our own action moves them, so a change by anyone else in between still makes them a conflict. Returns how many
     * moved.
     */
    public static int rebase(Handle h, OutboxEntry sent, long newVersion) {
        if (!sent.versioned()) {
            return 0;
        }
        int moved = 0;
        for (OutboxEntry later : allFor(h, sent.request())) {
            if (later.id() > sent.id() && later.versioned() && later.isRouted() && later.state() == OutboxState.PENDING
                    && later.baseVersion() == sent.baseVersion()) {
                com.fasterxml.jackson.databind.node.ObjectNode body =
                        Json.read(later.payloadJson(), com.fasterxml.jackson.databind.node.ObjectNode.class);
                body.put("baseVersion", newVersion);
                h.createUpdate("UPDATE outbox SET base_version = :v, payload_json = :json WHERE id = :id")
                        .bind("v", newVersion).bind("json", Json.write(body)).bind("id", later.id()).execute();
                moved++;
            }
        }
        return moved;
    }

    /**
     * Replaces the body of entry {@code id} if it is still in {@code expectedState} after {@code expectedAttempts}
     * uploads (the caller checked that {@link org.courtdesk.app.workspace.ActionChange#REVISE} allows it): the entry is
     * PENDING again, due now, untried, without the refusal; its idempotency key (inside {@code payload}) is the caller's.
     * False when the entry changed meanwhile (then nothing is written).
     */
    public static boolean revise(Handle h, long id, OutboxState expectedState, int expectedAttempts, String payload,
                                 long baseVersion, Instant savedAt) {
        return h.createUpdate("""
                UPDATE outbox SET payload_json = :json, base_version = :base, saved_at = :savedAt, state = :pending,
                    attempts = 0, next_attempt_at = 0, last_error = NULL, error_code = NULL, server_json = NULL
                WHERE id = :id AND state = :state AND attempts = :attempts
                """)
                .bind("json", payload).bind("base", baseVersion).bind("savedAt", savedAt.toEpochMilli())
                .bind("pending", OutboxState.PENDING.name()).bind("id", id).bind("state", expectedState.name())
                .bind("attempts", expectedAttempts).execute() == 1;
    }

    /** Removes entry {@code id} if it is still in {@code expectedState} after {@code expectedAttempts} uploads. */
    public static boolean removeIf(Handle h, long id, OutboxState expectedState, int expectedAttempts) {
        return h.createUpdate("DELETE FROM outbox WHERE id = :id AND state = :state AND attempts = :attempts")
                .bind("id", id).bind("state", expectedState.name()).bind("attempts", expectedAttempts).execute() == 1;
    }

    /** 409 VERSION_CONFLICT: keep the draft, keep the server's current state beside it. */
    public static void markConflict(Handle h, long id, RequestView current, ErrorCode code, String message) {
        mark(h, id, OutboxState.CONFLICT, current, code, message);
    }

    /** A rule or access refusal: keep the draft and the reason; the judge decides what to do. */
    public static void markRefused(Handle h, long id, RequestView current, ErrorCode code, String message) {
        mark(h, id, OutboxState.REFUSED, current, code, message);
    }

    private static void mark(Handle h, long id, OutboxState state, RequestView current, ErrorCode code, String message) {
        h.createUpdate("""
                UPDATE outbox SET state = :state, server_json = :json, error_code = :code, last_error = :msg,
                    attempts = attempts + 1 WHERE id = :id
                """)
                .bind("state", state.name())
                .bind("json", current == null ? null : Json.write(current))
                .bind("code", code == null ? null : code.name())
                .bind("msg", truncate(message))
                .bind("id", id)
                .execute();
    }

    /** Not sent (network, server trouble): stays PENDING, tried again from {@code nextAttemptAt}. */
    public static void markRetry(Handle h, long id, String message, Instant nextAttemptAt) {
        h.createUpdate("UPDATE outbox SET attempts = attempts + 1, last_error = :msg, next_attempt_at = :next WHERE id = :id")
                .bind("msg", truncate(message)).bind("next", nextAttemptAt.toEpochMilli()).bind("id", id).execute();
    }

    /**
     * Not sent, and certainly not received (no connection was made): stays PENDING and untried — its attempts are
     * uploads that may have reached the server, which decide whether the user may still change it.
     */
    public static void markNotSent(Handle h, long id, String message, Instant nextAttemptAt) {
        h.createUpdate("UPDATE outbox SET last_error = :msg, next_attempt_at = :next WHERE id = :id")
                .bind("msg", truncate(message)).bind("next", nextAttemptAt.toEpochMilli()).bind("id", id).execute();
    }

    /**
     * A refused or conflicting entry the user sends again as saved (same key, payload and files): PENDING and due now.
     * False when it is not waiting for the user.
     */
    public static boolean retry(Handle h, long id) {
        return h.createUpdate("UPDATE outbox SET state = :p, next_attempt_at = 0, server_json = NULL, error_code = NULL, "
                        + "last_error = NULL WHERE id = :id AND state <> :p")
                .bind("p", OutboxState.PENDING.name()).bind("id", id).execute() > 0;
    }

    /** The server is back: every PENDING entry may be sent at once. */
    public static void makeAllDue(Handle h) {
        h.createUpdate("UPDATE outbox SET next_attempt_at = 0 WHERE state = :s").bind("s", OutboxState.PENDING.name()).execute();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

    private static OutboxEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        String serverJson = rs.getString("server_json");
        String code = rs.getString("error_code");
        ErrorCode errorCode = null;
        if (code != null) {
            try {
                errorCode = ErrorCode.valueOf(code);
            } catch (IllegalArgumentException ignored) {
                errorCode = null;
            }
        }
        String op = rs.getString("op");
        String payload = rs.getString("payload_json");
        String path = rs.getString("path");
        // The action decides how the payload is read: an attendance record is never read as a decision, and a routed
        // action of another kind is neither.
        boolean attendance = path == null && OutboxEntry.OP_ATTENDANCE.equals(op);
        boolean decision = path == null && OutboxEntry.OP_DECISION.equals(op);
        return new OutboxEntry(
                rs.getLong("id"),
                RequestRef.of(RequestKind.valueOf(rs.getString("request_kind")), rs.getLong("request_id")),
                op,
                path,
                rs.getBoolean("versioned"),
                rs.getObject("idempotency_key", UUID.class),
                rs.getLong("base_version"),
                payload,
                decision ? Json.read(payload, ReviewDecision.class) : null,
                attendance ? Json.read(payload, AttendanceRecord.class) : null,
                Instant.ofEpochMilli(rs.getLong("saved_at")),
                OutboxState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                Instant.ofEpochMilli(rs.getLong("next_attempt_at")),
                rs.getString("last_error"),
                errorCode,
                serverJson == null ? null : Json.read(serverJson, RequestView.class),
                rs.getString("form_part"),
                List.of());
    }
}
