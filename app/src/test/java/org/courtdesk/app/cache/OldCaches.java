package org.courtdesk.app.cache;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.courtdesk.app.api.Json;
import org.courtdesk.model.api.ReviewDecision;
import org.jdbi.v3.core.Handle;

/**
 * Caches as older workstations wrote them (V1: before the kind-keyed schema; V2: before attendance records), with rows written
 * by that workstation's own SQL: the outbox and opened flags had no kind column.
 */
public final class OldCaches {

    private OldCaches() {}

    /** A new cache at schema V1 (close it, then open it with {@link LocalCache#open} to migrate it). */
    public static LocalCache createV1(Path dir, char[] password, KdfParams params, Clock clock) throws CacheException {
        return LocalCache.createAtSchema(dir, password, params, clock, "1");
    }

    /** A new cache at schema V2 (kind-keyed, before the outbox held attendance records). */
    public static LocalCache createV2(Path dir, char[] password, KdfParams params, Clock clock) throws CacheException {
        return LocalCache.createAtSchema(dir, password, params, clock, "2");
    }

    /** A new cache at schema V10 (documents as BLOBs inside the database, before cache V11 moved them to files). */
    public static LocalCache createV10(Path dir, char[] password, KdfParams params, Clock clock) throws CacheException {
        return LocalCache.createAtSchema(dir, password, params, clock, "10");
    }

    /** A PENDING decision as the V2 workstation's {@code Outbox.add} wrote it; returns its outbox id. */
    /** A 阅卷申请 as a workstation before the queue columns (cache V8) stored it: the V1 columns and the JSON. */
    public static void putReading(Handle h, org.courtdesk.model.api.ReadingRequestView view, long feedSeq, Instant now) {
        org.courtdesk.model.api.ReviewInfo review = view.review();
        h.createUpdate("""
                MERGE INTO reading_request (id, version, feed_seq, application_no, case_number, court_name,
                    applicant_name, application_date, submitted_at, status, requested_mode, valid_until, on_site_end,
                    removed, view_json, pulled_at)
                KEY (id)
                VALUES (:id, :version, :seq, :applicationNo, :caseNumber, :courtName, :applicantName, :applicationDate,
                    :submittedAt, :status, :requestedMode, :validUntil, :onSiteEnd, FALSE, :json, :now)
                """)
                .bind("id", view.id()).bind("version", view.version()).bind("seq", feedSeq)
                .bind("applicationNo", view.applicationNo()).bind("caseNumber", view.caseNumber())
                .bind("courtName", view.courtName()).bind("applicantName", view.applicantName())
                .bind("applicationDate", view.applicationDate())
                .bind("submittedAt", view.submittedAt() == null ? null : view.submittedAt().toEpochMilli())
                .bind("status", view.status().name())
                .bind("requestedMode", view.requestedMode() == null ? null : view.requestedMode().name())
                .bind("validUntil", review == null ? null : review.validUntil())
                .bind("onSiteEnd", review == null ? null : review.onSiteEnd())
                .bind("json", Json.write(view)).bind("now", now.toEpochMilli())
                .execute();
    }

    public static long addV2OutboxEntry(Handle h, long requestId, ReviewDecision decision, Instant savedAt) {
        return h.createUpdate("""
                INSERT INTO outbox (request_kind, request_id, op, idempotency_key, base_version, payload_json, saved_at,
                    state)
                VALUES ('CASE_FILE_READING', :requestId, 'DECISION', :key, :base, :json, :savedAt, 'PENDING')
                """)
                .bind("requestId", requestId)
                .bind("key", decision.idempotencyKey())
                .bind("base", decision.baseVersion())
                .bind("json", Json.write(decision))
                .bind("savedAt", savedAt.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** A PENDING outbox entry as the V1 workstation's {@code Outbox.add} wrote it; returns its outbox id. */
    public static long addOutboxEntry(Handle h, long requestId, ReviewDecision decision, Instant savedAt) {
        return h.createUpdate("""
                INSERT INTO outbox (request_id, op, idempotency_key, base_version, payload_json, saved_at, state)
                VALUES (:requestId, 'DECISION', :key, :base, :json, :savedAt, 'PENDING')
                """)
                .bind("requestId", requestId)
                .bind("key", decision.idempotencyKey())
                .bind("base", decision.baseVersion())
                .bind("json", Json.write(decision))
                .bind("savedAt", savedAt.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** An opened flag as the V1 workstation wrote it. */
    public static void markOpened(Handle h, long requestId, Instant at) {
        h.createUpdate("INSERT INTO opened_request (request_id, opened_at) VALUES (:id, :at)")
                .bind("id", requestId).bind("at", at.toEpochMilli()).execute();
    }
}
