package org.courtdesk.app.cache;

import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.courtdesk.app.api.Json;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

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
        return upsertAll(h, List.of(view), new long[] {feedSeq}, now).contains(view.id());
    }

    /**
     * {@link #upsert} for a page of views at once: one SELECT of the cached versions, one batched MERGE, instead of a
     * SELECT and a MERGE per row. {@code feedSeqs[i]} belongs to {@code views.get(i)}. Returns the ids stored.
     */
    public static Set<Long> upsertAll(Handle h, List<ReadingRequestView> views, long[] feedSeqs, Instant now) {
        if (views.isEmpty()) {
            return Set.of();
        }
        Map<Long, long[]> cached = new HashMap<>();
        List<Long> ids = new ArrayList<>(views.size());
        for (ReadingRequestView v : views) {
            ids.add(v.id());
        }
        for (int from = 0; from < ids.size(); from += 500) {
            h.createQuery("SELECT id, version, feed_seq FROM reading_request WHERE id IN (<ids>)")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .forEach(r -> cached.put(r[0], new long[] {r[1], r[2]}));
        }
        Set<Long> stored = new LinkedHashSet<>();
        PreparedBatch batch = h.prepareBatch("""
                MERGE INTO reading_request (id, version, feed_seq, application_no, case_number, court_name,
                    applicant_name, application_date, submitted_at, status, requested_mode, valid_until, on_site_end,
                    removed, view_json, pulled_at, content, reviewed, review_opinion, review_mode, attended, queue_cols)
                KEY (id)
                VALUES (:id, :version, :seq,
                    :applicationNo, :caseNumber, :courtName, :applicantName, :applicationDate, :submittedAt, :status,
                    :requestedMode, :validUntil, :onSiteEnd, FALSE, :json, :now,
                    :content, :reviewed, :reviewOpinion, :reviewMode, :attended, :queueCols)
                """);
        for (int i = 0; i < views.size(); i++) {
            ReadingRequestView view = views.get(i);
            long[] c = cached.get(view.id());
            if (c != null && c[0] > view.version()) {
                continue;
            }
            long seq = feedSeqs[i] >= 0 ? feedSeqs[i] : c == null ? 0L : c[1];
            ReviewInfo review = view.review();
            boolean fits = view.content() == null || view.content().length() <= MAX_CONTENT;
            batch.bind("id", view.id())
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
                    .bind("content", fits ? view.content() : null)
                    .bind("reviewed", review != null)
                    .bind("reviewOpinion", review == null || review.opinion() == null ? null : review.opinion().name())
                    .bind("reviewMode", review == null || review.mode() == null ? null : review.mode().name())
                    .bind("attended", view.visit() != null && Boolean.TRUE.equals(view.visit().attended()))
                    .bind("queueCols", fits)
                    .add();
            stored.add(view.id());
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        return stored;
    }

    /** Longer 阅卷内容 is not copied into its column: such a row is read from its JSON. */
    private static final int MAX_CONTENT = 4000;

    /**
     * What a queue row needs of one cached 阅卷申请, read from the columns (no JSON); rows written before the columns
     * existed are read from their JSON once. {@code review*} are null when there is no review.
     */
    public record QueueColumns(long id, long version, String applicationNo, String caseNumber, String courtName,
                               String applicantName, LocalDate applicationDate, Instant submittedAt, String content,
                               ReadingMode requestedMode, RequestStatus status, boolean reviewed,
                               ReviewOpinion reviewOpinion, ReadingMode reviewMode, LocalDate validUntil,
                               LocalDate onSiteEnd, boolean attended, boolean removed) {

        static QueueColumns of(ReadingRequestView v, boolean removed) {
            ReviewInfo r = v.review();
            return new QueueColumns(v.id(), v.version(), v.applicationNo(), v.caseNumber(), v.courtName(),
                    v.applicantName(), v.applicationDate(), v.submittedAt(), v.content(), v.requestedMode(), v.status(),
                    r != null, r == null ? null : r.opinion(), r == null ? null : r.mode(),
                    r == null ? null : r.validUntil(), r == null ? null : r.onSiteEnd(),
                    v.visit() != null && Boolean.TRUE.equals(v.visit().attended()), removed);
        }
    }

    private static final String QUEUE_COLUMNS = "SELECT id, version, application_no, case_number, court_name, "
            + "applicant_name, application_date, submitted_at, content, requested_mode, status, reviewed, review_opinion, "
            + "review_mode, valid_until, on_site_end, attended, removed, queue_cols FROM reading_request";

    /** Every row's queue columns, newest submission first. */
    public static List<QueueColumns> queueColumns(Handle h) {
        return queueColumns(h, h.createQuery(QUEUE_COLUMNS + " ORDER BY submitted_at DESC, id DESC"));
    }

    /** The queue columns of these rows (absent ids are not in the cache). */
    public static List<QueueColumns> queueColumns(Handle h, Collection<Long> ids) {
        List<QueueColumns> out = new ArrayList<>();
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 500) {
            out.addAll(queueColumns(h, h.createQuery(QUEUE_COLUMNS + " WHERE id IN (<ids>)")
                    .bindList("ids", list.subList(from, Math.min(list.size(), from + 500)))));
        }
        return out;
    }

    private static List<QueueColumns> queueColumns(Handle h, Query q) {
        List<QueueColumns> rows = new ArrayList<>();
        List<Long> fromJson = new ArrayList<>();
        q.map((rs, ctx) -> {
            if (!rs.getBoolean(19)) {
                return -rs.getLong(1) - 1; // marks a row to read from its JSON
            }
            long submitted = rs.getLong(8);
            Instant submittedAt = rs.wasNull() ? null : Instant.ofEpochMilli(submitted);
            rows.add(new QueueColumns(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getObject(7, LocalDate.class), submittedAt, rs.getString(9),
                    mode(rs.getString(10)), RequestStatus.valueOf(rs.getString(11)), rs.getBoolean(12),
                    rs.getString(13) == null ? null : ReviewOpinion.valueOf(rs.getString(13)), mode(rs.getString(14)),
                    rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class), rs.getBoolean(17),
                    rs.getBoolean(18)));
            return 0L;
        }).forEach(marker -> {
            if (marker < 0) {
                fromJson.add(-marker - 1);
            }
        });
        for (long id : fromJson) {
            find(h, id).ifPresent(c -> rows.add(QueueColumns.of(c.view(), c.removed())));
        }
        if (!fromJson.isEmpty()) { // newest submission first, as the query orders the others
            rows.sort(java.util.Comparator.comparing(QueueColumns::submittedAt,
                    java.util.Comparator.nullsFirst(java.util.Comparator.<Instant>naturalOrder()))
                    .thenComparingLong(QueueColumns::id).reversed());
        }
        return rows;
    }

    private static ReadingMode mode(String s) {
        return s == null ? null : ReadingMode.valueOf(s);
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
                .map((rs, ctx) -> new CachedRequest(Json.read(clob(rs, 1), ReadingRequestView.class),
                        rs.getLong(2), rs.getBoolean(3)))
                .findOne();
    }

    /** All rows, newest submission first. */
    public static List<CachedRequest> all(Handle h) {
        return h.createQuery("SELECT view_json, feed_seq, removed FROM reading_request ORDER BY submitted_at DESC, id DESC")
                .map((rs, ctx) -> new CachedRequest(Json.read(clob(rs, 1), ReadingRequestView.class),
                        rs.getLong(2), rs.getBoolean(3)))
                .list();
    }

    /** A CLOB column read whole and freed at once, so the database keeps no handle to it. */
    static String clob(ResultSet rs, int column) throws SQLException {
        Clob c = rs.getClob(column);
        if (c == null) {
            return null;
        }
        try {
            return c.getSubString(1, (int) c.length());
        } finally {
            c.free();
        }
    }

    /** Forgets all pulled rows (a different server); the outbox is not touched. */
    public static void clear(Handle h) {
        h.execute("DELETE FROM reading_request");
    }
}
