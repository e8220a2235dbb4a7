package org.courtdesk.server.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.audit.AuditLog;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The header table {@code request}: one row per request of every kind, ids unique across kinds. A kind stores its own
 * fields in its detail table under the same id (e.g. reading_request); everything common is here.
 */
public final class Requests {

    /**
     * A new request's header. {@code prefix} is the kind's 申请编号 prefix (YJ for 阅卷); the audience is
     * {@code judgeId} or, for kinds reviewed by a pool, {@code pool}. {@code caseId} and {@code dueAt} may be null.
     */
    public record New(RequestKind kind, String prefix, LocalDate day, Long caseId, String courtCode, Long judgeId,
                      String pool, long applicantId, Instant submittedAt, RequestStatus status, Instant dueAt) {}

    /** The id and 申请编号 a new request got. */
    public record Created(long id, String applicationNo) {}

    private static final String HEADER = "SELECT id, kind, application_no, judge_id, pool, applicant_id, status, version "
            + "FROM request ";

    private Requests() {}

    /**
     * Inserts the header with version 0 (stamp the feed seq afterwards, {@link #stampVersion}). Call it with the feed
     * lock held, as the 申请编号 of the day is counted ({@link ApplicationNumbers#next}).
     */
    public static Created create(Handle h, New n) {
        long id = nextId(h);
        String applicationNo = ApplicationNumbers.next(h, n.prefix(), n.day());
        insert(h, id, applicationNo, n);
        return new Created(id, applicationNo);
    }

    /** Inserts a header with a given 申请编号 (the demo seeder's numbers). */
    public static Created create(Handle h, New n, String applicationNo) {
        long id = nextId(h);
        insert(h, id, applicationNo, n);
        return new Created(id, applicationNo);
    }

    /** The header of request {@code id} of {@code kind}, locked FOR UPDATE; empty when there is none of that kind. */
    public static Optional<RequestHeader> lock(Handle h, RequestKind kind, long id) {
        return h.createQuery(HEADER + "WHERE id = :id AND kind = :kind FOR UPDATE")
                .bind("id", id).bind("kind", kind.name())
                .map((rs, c) -> new RequestHeader(rs.getLong("id"), RequestKind.valueOf(rs.getString("kind")),
                        rs.getString("application_no"), (Long) rs.getObject("judge_id", Long.class),
                        rs.getString("pool"), (Long) rs.getObject("applicant_id", Long.class),
                        RequestStatus.valueOf(rs.getString("status")), rs.getLong("version")))
                .findOne();
    }

    /**
     * A kind's lookup of several requests (its {@code findAll}; its {@code find} is the first of one id): the rows of
     * {@code ids} of {@code kind} by {@code select} (the kind's columns and joins, {@code FROM request q ...}; this adds
     * {@code WHERE q.kind = :k AND q.id IN (<ids>)}) and its {@code row} mapper, then what the kind reads for all found
     * at once ({@code complete}: materials, parties) and, {@code withAudit}, their trails. Answers in the order of
     * {@code ids}, leaving out those that are not of the kind (or do not exist).
     *
     * @param <R> the kind's row (often its view without materials and trail)
     * @param <V> what the kind answers
     */
    public static <R, V> List<V> findAll(Handle h, RequestKind kind, Collection<Long> ids, boolean withAudit, String select,
                                         RowMapper<R> row, ToLongFunction<R> idOf, Completion<R, V> complete) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> idList = new ArrayList<>(ids);
        Map<Long, R> rows = new HashMap<>();
        h.createQuery(select + "WHERE q.kind = :k AND q.id IN (<ids>)").bind("k", kind.name()).bindList("ids", idList)
                .map(row)
                .forEach(r -> rows.put(idOf.applyAsLong(r), r));
        if (rows.isEmpty()) {
            return List.of();
        }
        BiFunction<R, List<AuditEntry>, V> make = complete.of(rows.keySet());
        Map<Long, List<AuditEntry>> audit = withAudit ? AuditLog.forRequests(h, kind, rows.keySet()) : Map.of();
        List<V> out = new ArrayList<>();
        for (Long id : idList) {
            R r = rows.get(id);
            if (r != null) {
                out.add(make.apply(r, withAudit ? audit.getOrDefault(id, List.of()) : null));
            }
        }
        return out;
    }

    /** What a kind adds to the rows {@link #findAll} found. */
    @FunctionalInterface
    public interface Completion<R, V> {
        /**
         * Reads what the kind keeps beside the rows of {@code found} (all at once) and answers how one row becomes the
         * kind's answer, given its trail (null when the lookup was without audit).
         */
        BiFunction<R, List<AuditEntry>, V> of(Set<Long> found);
    }

    /** The ids of the applicant's own requests of {@code kind}, newest first (their list, "my requests"). */
    public static List<Long> ofApplicant(Handle h, RequestKind kind, long applicantId) {
        return h.createQuery("SELECT id FROM request WHERE kind = :k AND applicant_id = :a "
                        + "ORDER BY submitted_at DESC, id DESC")
                .bind("k", kind.name()).bind("a", applicantId).mapTo(Long.class).list();
    }

    /** Stamps the request's new version: the feed seq of its last change. */
    public static void stampVersion(Handle h, long id, long version) {
        h.createUpdate("UPDATE request SET version = :v WHERE id = :id").bind("v", version).bind("id", id).execute();
    }

    /** Moves the request to {@code status} (the caller has checked the transition table). */
    public static void moveTo(Handle h, long id, RequestStatus status) {
        h.createUpdate("UPDATE request SET status = :s WHERE id = :id").bind("s", status.name()).bind("id", id).execute();
    }

    /**
     * Links the request to a case of the court (table court_case), e.g. the case the trial system registered when a
     * 网上立案 was taken in; a request's case decides whose cases it follows from then on.
     */
    public static void linkCase(Handle h, long id, long caseId) {
        h.createUpdate("UPDATE request SET case_id = :c WHERE id = :id").bind("c", caseId).bind("id", id).execute();
    }

    /** The next id of any kind: the counter's row lock is held to commit, so ids never repeat. */
    private static long nextId(Handle h) {
        h.createUpdate("UPDATE request_id_counter SET last_id = last_id + 1 WHERE id = 1").execute();
        return h.createQuery("SELECT last_id FROM request_id_counter WHERE id = 1").mapTo(Long.class).one();
    }

    private static void insert(Handle h, long id, String applicationNo, New n) {
        h.createUpdate("INSERT INTO request (id, kind, application_no, case_id, court_code, judge_id, pool, applicant_id, "
                        + "submitted_at, status, version, due_at) "
                        + "VALUES (:id, :kind, :no, :case, :court, :judge, :pool, :applicant, :at, :status, 0, :due)")
                .bind("id", id).bind("kind", n.kind().name()).bind("no", applicationNo).bind("case", n.caseId())
                .bind("court", n.courtCode()).bind("judge", n.judgeId()).bind("pool", n.pool())
                .bind("applicant", n.applicantId()).bind("at", utc(n.submittedAt())).bind("status", n.status().name())
                .bind("due", n.dueAt() == null ? null : utc(n.dueAt()))
                .execute();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
