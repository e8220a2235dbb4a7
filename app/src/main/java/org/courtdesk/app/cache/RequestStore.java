package org.courtdesk.app.cache;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.courtdesk.app.api.Json;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.jdbi.v3.core.Handle;

/**
 * The cached 阅卷申请 rows: the detail table of one kind, so ids here are 阅卷 ids; tables shared by every kind
 * (outbox, opened flags) take a {@link RequestRef}. Static operations on a handle, so callers compose them into
 * one transaction.
 */
public final class RequestStore {

    /** The kind of every row here. */
    public static final RequestKind KIND = RequestKind.CASE_FILE_READING;

    private RequestStore() {}

    /** The identity of the 阅卷申请 with this id among requests of every kind. */
    public static RequestRef ref(long id) {
        return RequestRef.of(KIND, id);
    }

    /**
     * Stores the server's state unless the cache already holds a newer version (answers to decisions and 409s
     * arrive outside the feed's order). {@code feedSeq} is the feed sequence, or -1 for state that came
     * outside the feed. Returns whether it was stored.
     */
    public static boolean upsert(Handle h, ReadingRequestView view, long feedSeq, Instant now) {
        Optional<long[]> cached = h.createQuery("SELECT version, feed_seq FROM reading_request WHERE id = :id")
                .bind("id", view.id()).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).findOne();
        if (cached.isPresent() && cached.get()[0] > view.version()) {
            return false;
        }
        long seq = feedSeq >= 0 ? feedSeq : cached.map(c -> c[1]).orElse(0L);
        ReviewInfo review = view.review();
        h.createUpdate("""
                MERGE INTO reading_request (id, version, feed_seq, application_no, case_number, court_name,
                    applicant_name, application_date, submitted_at, status, requested_mode, valid_until, on_site_end,
                    removed, view_json, pulled_at)
                KEY (id)
                VALUES (:id, :version, :seq,
                    :applicationNo, :caseNumber, :courtName, :applicantName, :applicationDate, :submittedAt, :status,
                    :requestedMode, :validUntil, :onSiteEnd, FALSE, :json, :now)
                """)
                .bind("id", view.id())
                .bind("version", view.version())
                .bind("seq", seq)
                .bind("applicationNo", view.applicationNo())
                .bind("caseNumber", view.caseNumber())
                .bind("courtName", view.courtName())
                .bind("applicantName", view.applicantName())
                .bind("applicationDate", view.applicationDate())
                .bind("submittedAt", view.submittedAt() == null ? null : view.submittedAt().toEpochMilli())
                .bind("status", view.status().name())
                .bind("requestedMode", view.requestedMode() == null ? null : view.requestedMode().name())
                .bind("validUntil", review == null ? null : review.validUntil())
                .bind("onSiteEnd", review == null ? null : review.onSiteEnd())
                .bind("json", Json.write(view))
                .bind("now", now.toEpochMilli())
                .execute();
        return true;
    }

    /** The feed says the request is gone for this user (withdrawn, or no longer on their cases). */
    public static void markRemoved(Handle h, long id, long feedSeq) {
        h.createUpdate("UPDATE reading_request SET removed = TRUE, feed_seq = :seq WHERE id = :id")
                .bind("id", id).bind("seq", feedSeq).execute();
    }

    /** Drops a removed row for good (once no local decision refers to it). */
    public static void deleteIfRemoved(Handle h, long id) {
        h.createUpdate("DELETE FROM reading_request WHERE id = :id AND removed").bind("id", id).execute();
    }

    public static Optional<CachedRequest> find(Handle h, long id) {
        return h.createQuery("SELECT view_json, feed_seq, removed FROM reading_request WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new CachedRequest(Json.read(rs.getString(1), ReadingRequestView.class),
                        rs.getLong(2), rs.getBoolean(3)))
                .findOne();
    }

    /** All rows, newest submission first. */
    public static List<CachedRequest> all(Handle h) {
        return h.createQuery("SELECT view_json, feed_seq, removed FROM reading_request ORDER BY submitted_at DESC, id DESC")
                .map((rs, ctx) -> new CachedRequest(Json.read(rs.getString(1), ReadingRequestView.class),
                        rs.getLong(2), rs.getBoolean(3)))
                .list();
    }

    /** Forgets all pulled rows (a different server); the outbox is not touched. */
    public static void clear(Handle h) {
        h.execute("DELETE FROM reading_request");
    }
}
