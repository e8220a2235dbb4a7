package org.courtdesk.server.reading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.OnSiteVisit;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.audit.AuditLog;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Loads 阅卷申请 as the API shows them. Who may see what is the caller's business: pass the filter
 * ({@link Filter#applicant} or {@link Filter#judges}). Status is the effective one (已过期 derived from dates).
 */
public final class ReadingRequestRepository {

    /**
     * The 申请编号 prefix of a 阅卷申请 ({@link org.courtdesk.server.request.ApplicationNumbers}): YJ2026112300001, as
     * shared-model's {@link KindRegistry} declares it.
     */
    public static final String APPLICATION_NO_PREFIX = KindRegistry.applicationNoPrefix(RequestKind.CASE_FILE_READING);

    /** Raw stored columns a decision needs besides the view. */
    public record Stored(long id, long caseId, long judgeId, long applicantId, RequestStatus status, long version,
                         boolean digitised, String caseFileSha256, String downloadCodeHash) {}

    /**
     * What to list. Exactly one of {@code applicantId} / {@code judgeIds} restricts visibility; {@code status}
     * is an effective status (EXPIRED selects approved requests whose date passed, an attended visit excepted);
     * {@code caseNumber} and {@code applicationNo} match any part of the 案号 / 申请编号.
     */
    public record Filter(Long applicantId, Collection<Long> judgeIds, RequestStatus status, String caseNumber,
                         String applicationNo, LocalDate from, LocalDate to) {
        public static Filter applicant(long id) {
            return new Filter(id, null, null, null, null, null, null);
        }

        public static Filter judges(Collection<Long> ids) {
            return new Filter(null, ids, null, null, null, null, null);
        }

        public Filter with(RequestStatus status, String caseNumber, String applicationNo, LocalDate from, LocalDate to) {
            return new Filter(applicantId, judgeIds, status, caseNumber, applicationNo, from, to);
        }
    }

    /**
     * An approval whose last day has passed, in SQL: {@link ReadingRules#effectiveStatus} for the list filters. An
     * on-site visit recorded as attended (是否到场 = 是) is not expired.
     */
    private static final String PAST_ITS_DATE = "((r.mode = 'ONLINE' AND r.valid_until < :today) "
            + "OR (r.mode = 'ON_SITE' AND r.on_site_end < :today AND COALESCE(r.attended, FALSE) = FALSE))";

    /** The header (table request, alias q) and the 阅卷 detail (reading_request, alias r) of a request. */
    private static final String SELECT = "SELECT q.id, q.application_no, q.case_id, q.court_code, q.judge_id, "
            + "q.applicant_id, q.submitted_at, q.status, q.version, r.application_date, r.content, r.reason, "
            + "r.requested_mode, r.review_date, r.opinion, r.explanation, r.mode, r.valid_until, r.on_site_start, "
            + "r.on_site_end, r.reply_note, r.attended, r.borrowed_at, r.returned_at, r.agreement_version, r.proposed_time, "
            + "c.case_number, c.title AS case_title, c.digitised, "
            + "ct.name AS court_name, a.display_name AS applicant_name, a.role AS applicant_role, "
            + "j.display_name AS judge_name, rv.display_name AS reviewer_name "
            + "FROM request q "
            + "JOIN reading_request r ON r.id = q.id "
            + "JOIN court_case c ON c.id = q.case_id "
            + "JOIN court ct ON ct.code = q.court_code "
            + "JOIN account a ON a.id = q.applicant_id "
            + "JOIN account j ON j.id = q.judge_id "
            + "LEFT JOIN account rv ON rv.id = r.reviewer_id ";

    private ReadingRequestRepository() {}

    /** One request with materials; with its audit trail when {@code withAudit}. No visibility check. */
    public static Optional<ReadingRequestView> find(Handle h, long id, LocalDate today, boolean withAudit) {
        Optional<ReadingRequestView> view = h.createQuery(SELECT + "WHERE q.id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs, today)).findOne();
        return view.map(v -> complete(h, v, withAudit));
    }

    /**
     * Several by id (for the feed), in the order given, with their audit trails, so the workstation shows a
     * request's history offline too. Missing ids are skipped.
     */
    public static List<ReadingRequestView> findAll(Handle h, Collection<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ReadingRequestView> byId = new HashMap<>();
        h.createQuery(SELECT + "WHERE q.id IN (<ids>)").bindList("ids", new ArrayList<>(ids))
                .map((rs, ctx) -> map(rs, today)).forEach(v -> byId.put(v.id(), v));
        Map<Long, List<MaterialRef>> materials = materials(h, byId.keySet());
        Map<Long, List<AuditEntry>> audit = AuditLog.forRequests(h, RequestKind.CASE_FILE_READING, byId.keySet());
        List<ReadingRequestView> result = new ArrayList<>();
        for (Long id : ids) {
            ReadingRequestView v = byId.get(id);
            if (v != null) {
                result.add(withMaterials(v, materials.getOrDefault(id, List.of()), audit.getOrDefault(id, List.of())));
            }
        }
        return result;
    }

    /** A list for the applicant's or a judge's screens, newest first. */
    public static List<ReadingRequestView> query(Handle h, Filter f, LocalDate today) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1 ");
        if (f.applicantId() != null) {
            where.append("AND q.applicant_id = :applicant ");
        } else if (f.judgeIds() != null) {
            if (f.judgeIds().isEmpty()) {
                return List.of();
            }
            where.append("AND q.judge_id IN (<judges>) ");
        } else {
            throw new IllegalArgumentException("a query must be restricted to an applicant or to judges");
        }
        if (f.status() != null) {
            switch (f.status()) {
                case EXPIRED -> where.append("AND q.status = 'APPROVED' AND " + PAST_ITS_DATE + " ");
                case APPROVED -> where.append("AND q.status = 'APPROVED' AND NOT " + PAST_ITS_DATE + " ");
                default -> where.append("AND q.status = :status ");
            }
        }
        if (f.caseNumber() != null && !f.caseNumber().isBlank()) {
            where.append("AND c.case_number LIKE :caseNumber ESCAPE '\\' ");
        }
        if (f.applicationNo() != null && !f.applicationNo().isBlank()) {
            where.append("AND UPPER(q.application_no) LIKE :applicationNo ESCAPE '\\' ");
        }
        if (f.from() != null) {
            where.append("AND r.application_date >= :from ");
        }
        if (f.to() != null) {
            where.append("AND r.application_date <= :to ");
        }
        Query q = h.createQuery(SELECT + where + "ORDER BY q.submitted_at DESC, q.id DESC");
        if (f.applicantId() != null) {
            q.bind("applicant", f.applicantId());
        } else {
            q.bindList("judges", new ArrayList<>(f.judgeIds()));
        }
        if (f.status() != null) {
            q.bind("today", today).bind("status", f.status().name());
        }
        if (f.caseNumber() != null && !f.caseNumber().isBlank()) {
            // A part of the number matches, in either parenthesis width, spaces ignored.
            String part = f.caseNumber().replaceAll("[\\s\u3000]", "").replace("(", "（").replace(")", "）");
            q.bind("caseNumber", "%" + literal(part) + "%");
        }
        if (f.applicationNo() != null && !f.applicationNo().isBlank()) {
            // A part of the 申请编号 (YJ2026112300001), in either case, spaces ignored.
            String part = f.applicationNo().replaceAll("[\\s\u3000]", "").toUpperCase(Locale.ROOT);
            q.bind("applicationNo", "%" + literal(part) + "%");
        }
        q.bind("from", f.from()).bind("to", f.to());
        List<ReadingRequestView> views = q.map((rs, ctx) -> map(rs, today)).list();
        Map<Long, List<MaterialRef>> materials = materials(h, views.stream().map(ReadingRequestView::id).toList());
        return views.stream().map(v -> withMaterials(v, materials.getOrDefault(v.id(), List.of()), List.of())).toList();
    }

    /** Text for LIKE with {@code ESCAPE '\\'}: % and _ typed by the user are literal characters, not wildcards. */
    private static String literal(String part) {
        return part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The stored row a staff action works on, for the request whose header ({@code request}) the caller holds locked
     * FOR UPDATE: that lock serialises every write to the request.
     */
    public static Stored stored(Handle h, long id) {
        return h.createQuery("SELECT q.id, q.case_id, q.judge_id, q.applicant_id, q.status, q.version, c.digitised, "
                        + "r.case_file_sha256, r.download_code_hash FROM request q JOIN reading_request r ON r.id = q.id "
                        + "JOIN court_case c ON c.id = q.case_id WHERE q.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("judge_id"),
                        rs.getLong("applicant_id"), RequestStatus.valueOf(rs.getString("status")), rs.getLong("version"),
                        rs.getBoolean("digitised"), rs.getString("case_file_sha256"), rs.getString("download_code_hash")))
                .one();
    }

    private static ReadingRequestView complete(Handle h, ReadingRequestView v, boolean withAudit) {
        List<MaterialRef> materials = materials(h, List.of(v.id())).getOrDefault(v.id(), List.of());
        List<AuditEntry> audit = withAudit ? AuditLog.forRequest(h, RequestKind.CASE_FILE_READING, v.id()) : List.of();
        return withMaterials(v, materials, audit);
    }

    private static ReadingRequestView withMaterials(ReadingRequestView v, List<MaterialRef> materials, List<AuditEntry> audit) {
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.applicationDate(), v.submittedAt(),
                v.content(), v.reason(), v.requestedMode(), v.caseDigitised(), v.status(), v.version(), v.judgeName(),
                v.review(), v.visit(), materials, audit, v.agreementVersion(), v.proposedTime());
    }

    private static Map<Long, List<MaterialRef>> materials(Handle h, Collection<Long> requestIds) {
        Map<Long, List<MaterialRef>> result = new HashMap<>();
        if (requestIds.isEmpty()) {
            return result;
        }
        h.createQuery("SELECT id, request_id, material_type, file_name, content_type, size_bytes, sha256 "
                        + "FROM reading_material WHERE request_id IN (<ids>) ORDER BY id")
                .bindList("ids", new ArrayList<>(requestIds))
                .map((rs, ctx) -> Map.entry(rs.getLong("request_id"), new MaterialRef(rs.getLong("id"),
                        MaterialType.valueOf(rs.getString("material_type")), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"))))
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return result;
    }

    private static ReadingRequestView map(ResultSet rs, LocalDate today) throws SQLException {
        RequestStatus stored = RequestStatus.valueOf(rs.getString("status"));
        ReadingMode mode = enumOrNull(ReadingMode.class, rs.getString("mode"));
        LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
        LocalDate onSiteStart = rs.getObject("on_site_start", LocalDate.class);
        LocalDate onSiteEnd = rs.getObject("on_site_end", LocalDate.class);
        ReviewOpinion opinion = enumOrNull(ReviewOpinion.class, rs.getString("opinion"));
        ReviewInfo review = opinion == null ? null : new ReviewInfo(rs.getString("reviewer_name"),
                rs.getObject("review_date", LocalDate.class), opinion, rs.getString("explanation"), mode, validUntil,
                onSiteStart, onSiteEnd, rs.getString("reply_note"));
        Boolean attended = (Boolean) rs.getObject("attended");
        OnSiteVisit visit = attended == null && rs.getObject("borrowed_at") == null ? null
                : new OnSiteVisit(attended, localDateTime(rs.getTimestamp("borrowed_at")),
                localDateTime(rs.getTimestamp("returned_at")));
        return new ReadingRequestView(
                rs.getLong("id"), rs.getString("application_no"), rs.getString("case_number"), rs.getString("case_title"),
                rs.getString("court_code"), rs.getString("court_name"), rs.getLong("applicant_id"),
                rs.getString("applicant_name"), Role.valueOf(rs.getString("applicant_role")),
                rs.getObject("application_date", LocalDate.class), rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("content"), rs.getString("reason"), ReadingMode.valueOf(rs.getString("requested_mode")),
                rs.getBoolean("digitised"),
                ReadingRules.effectiveStatus(stored, mode, validUntil, onSiteEnd, Boolean.TRUE.equals(attended), today),
                rs.getLong("version"), rs.getString("judge_name"), review, visit, List.of(), List.of(),
                (Integer) rs.getObject("agreement_version", Integer.class), localDateTime(rs.getTimestamp("proposed_time")));
    }

    private static LocalDateTime localDateTime(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
