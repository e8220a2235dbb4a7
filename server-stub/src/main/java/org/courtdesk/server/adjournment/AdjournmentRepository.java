package org.courtdesk.server.adjournment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentHearing;
import org.courtdesk.model.adjournment.AdjournmentMaterialRef;
import org.courtdesk.model.adjournment.AdjournmentReview;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.adjournment.HearingProcedure;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.files.Content;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 延期开庭 kind's storage: the hearings (table hearing), its detail table adjournment_request (header in the core's
 * {@code request}), the materials, and the {@link AdjournmentView} built from them. Every write runs in the caller's
 * transaction; live submissions, the staff action and the demo seeder all write through here.
 */
public final class AdjournmentRepository {

    public static final RequestKind KIND = RequestKind.ADJOURNMENT;
    /** 申请编号 prefix (YQ2026120700001). */
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** A hearing with what a submission needs of its case: the court and the judge (the request's audience). */
    public record HearingOfCase(AdjournmentHearing hearing, long caseId, String courtCode, String courtName, long judgeId) {}

    /** What the staff action needs of a request once its header is locked. */
    public record Stored(long id, String applicationNo, String courtName, long applicantId, RequestStatus status,
                         HearingOfCase hearing) {}

    private static final String HEARING = "SELECT h.id, c.case_number, c.title, h.starts_at, h.place, h.proc, "
            + "h.adjournments, c.id, c.court_code, ct.name, c.judge_id FROM hearing h JOIN court_case c ON c.id = h.case_id "
            + "JOIN court ct ON ct.code = c.court_code ";

    private AdjournmentRepository() {}

    // ------------------------------------------------------------------ hearings

    /** Schedules a hearing of a case (the demo and tests; in production the trial system's schedule). */
    public static long insertHearing(Handle h, long caseId, LocalDateTime startsAt, String place,
                                     HearingProcedure procedure, int adjournments) {
        return h.createUpdate("INSERT INTO hearing (case_id, starts_at, place, proc, adjournments) "
                        + "VALUES (:c, :at, :p, :proc, :n)")
                .bind("c", caseId).bind("at", startsAt).bind("p", place).bind("proc", procedure.name())
                .bind("n", adjournments).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public static Optional<HearingOfCase> hearing(Handle h, long hearingId) {
        return h.createQuery(HEARING + "WHERE h.id = :id").bind("id", hearingId).map((rs, c) -> hearingOfCase(rs)).findOne();
    }

    /**
     * The hearings of the cases {@code accountId} is a party of (in their own name) or a lawyer on record for, from
     * {@code from} on, soonest first: what the applicant may ask to adjourn.
     */
    public static List<AdjournmentHearing> hearingsOf(Handle h, long accountId, LocalDateTime from) {
        return h.createQuery(HEARING + "WHERE h.starts_at >= :from AND (" + ON_RECORD + ") ORDER BY h.starts_at, h.id")
                .bind("from", from).bind("a", accountId)
                .map((rs, c) -> hearingOfCase(rs).hearing()).list();
    }

    /** Whether {@code accountId} is a party (own name) or a lawyer on record of the hearing's case. */
    public static boolean onRecord(Handle h, long hearingId, long accountId) {
        return h.createQuery("SELECT COUNT(*) FROM hearing h WHERE h.id = :id AND (" + ON_RECORD + ")")
                .bind("id", hearingId).bind("a", accountId).mapTo(Integer.class).one() > 0;
    }

    private static final String ON_RECORD = "EXISTS (SELECT 1 FROM case_party p WHERE p.case_id = h.case_id AND p.account_id = :a) "
            + "OR EXISTS (SELECT 1 FROM case_agent g WHERE g.case_id = h.case_id AND g.lawyer_id = :a)";

    /** An approved adjournment: the hearing moves to {@code startsAt} and counts one adjournment more. */
    public static void adjourn(Handle h, long hearingId, LocalDateTime startsAt) {
        h.createUpdate("UPDATE hearing SET starts_at = :at, adjournments = adjournments + 1 WHERE id = :id")
                .bind("at", startsAt).bind("id", hearingId).execute();
    }

    // ------------------------------------------------------------------ requests

    /**
     * A new request in 待审查 for the hearing's judge. Call with the feed lock held ({@link
     * org.courtdesk.server.feed.ChangeLog#lock}): the 申请编号 of the day is counted. {@code applicationNo} null takes
     * the next one.
     */
    public static Requests.Created insert(Handle h, HearingOfCase hc, String reason, long applicantId, Instant at,
                                          LocalDate day, String applicationNo) {
        Requests.New header = new Requests.New(KIND, PREFIX, day, hc.caseId(), hc.courtCode(), hc.judgeId(), null,
                applicantId, at, RequestStatus.PENDING_REVIEW, null);
        Requests.Created created = applicationNo == null ? Requests.create(h, header) : Requests.create(h, header, applicationNo);
        h.createUpdate("INSERT INTO adjournment_request (id, hearing_id, requested_hearing_at, reason) "
                        + "VALUES (:id, :h, :at, :r)")
                .bind("id", created.id()).bind("h", hc.hearing().id()).bind("at", hc.hearing().startsAt())
                .bind("r", reason.trim()).execute();
        return created;
    }

    /** Stores a material's bytes (once per content) and its row; returns the SHA-256. */
    public static String attachMaterial(Handle h, long id, String fileName, String contentType, Content bytes, Instant at) {
        String sha = BlobStore.put(h, bytes, contentType);
        h.createUpdate("INSERT INTO adjournment_material (request_id, file_name, content_type, size_bytes, sha256, uploaded_at) "
                        + "VALUES (:r, :f, :ct, :n, :s, :at)")
                .bind("r", id).bind("f", fileName).bind("ct", contentType).bind("n", bytes.size()).bind("s", sha)
                .bind("at", utc(at)).execute();
        return sha;
    }

    /** The same, for bytes in memory (generated and demo files). */
    public static String attachMaterial(Handle h, long id, String fileName, String contentType, byte[] bytes, Instant at) {
        return attachMaterial(h, id, fileName, contentType, Content.of(bytes), at);
    }

    /** The decision; an approval also adjourns the hearing. */
    public static void decide(Handle h, long id, long hearingId, long reviewerId, AdjournmentConclusion conclusion,
                              String opinion, LocalDateTime newHearingAt, Instant at) {
        boolean approve = conclusion == AdjournmentConclusion.APPROVE;
        h.createUpdate("UPDATE adjournment_request SET reviewer_id = :rv, conclusion = :c, opinion = :o, "
                        + "new_hearing_at = :n, decided_at = :at WHERE id = :id")
                .bind("rv", reviewerId).bind("c", conclusion.name())
                .bind("o", opinion == null || opinion.isBlank() ? null : opinion.trim())
                .bind("n", approve ? newHearingAt : null).bind("at", utc(at)).bind("id", id).execute();
        if (approve) {
            adjourn(h, hearingId, newHearingAt);
        }
    }

    // ------------------------------------------------------------------ reads

    /** The detail of a request whose header the caller holds. */
    public static Stored stored(Handle h, long id) {
        return h.createQuery("SELECT q.id, q.application_no, ct.name, q.applicant_id, q.status, a.hearing_id FROM request q "
                        + "JOIN adjournment_request a ON a.id = q.id JOIN court ct ON ct.code = q.court_code WHERE q.id = :id")
                .bind("id", id)
                .map((rs, c) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        RequestStatus.valueOf(rs.getString(5)), rs.getLong(6)})
                .findOne()
                .map(r -> new Stored((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (RequestStatus) r[4],
                        hearing(h, (Long) r[5]).orElseThrow()))
                .orElseThrow();
    }

    public static Optional<AdjournmentView> find(Handle h, long id, boolean withAudit) {
        return findAll(h, List.of(id), withAudit).stream().findFirst();
    }

    /** The applicant's own requests, newest first, without audit trails. */
    public static List<AdjournmentView> forApplicant(Handle h, long applicantId) {
        return findAll(h, Requests.ofApplicant(h, KIND, applicantId), false);
    }

    /** The views of these requests in the order of {@code ids} (missing ones left out). */
    public static List<AdjournmentView> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        return Requests.findAll(h, KIND, ids, withAudit,
                "SELECT q.id, q.application_no, c.case_number, c.title, q.court_code, ct.name, q.applicant_id, "
                        + "ap.display_name, ap.role, q.submitted_at, a.requested_hearing_at, a.reason, q.status, q.version, "
                        + "j.display_name, rv.display_name, a.conclusion, a.opinion, a.new_hearing_at, a.decided_at, "
                        + "hr.id, hr.starts_at, hr.place, hr.proc, hr.adjournments FROM request q "
                        + "JOIN adjournment_request a ON a.id = q.id JOIN hearing hr ON hr.id = a.hearing_id "
                        + "JOIN court_case c ON c.id = hr.case_id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN account ap ON ap.id = q.applicant_id LEFT JOIN account j ON j.id = q.judge_id "
                        + "LEFT JOIN account rv ON rv.id = a.reviewer_id ",
                (rs, c) -> view(rs), AdjournmentView::id, found -> {
                    Map<Long, List<AdjournmentMaterialRef>> materials = materials(h, found);
                    return (v, trail) -> new AdjournmentView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(),
                            v.courtCode(), v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(),
                            v.submittedAt(), v.hearing(), v.requestedHearingAt(), v.reason(), v.status(), v.version(),
                            v.judgeName(), v.review(), materials.getOrDefault(v.id(), List.of()), trail);
                });
    }

    private static AdjournmentView view(ResultSet rs) throws SQLException {
        String conclusion = rs.getString(17);
        AdjournmentReview review = conclusion == null ? null : new AdjournmentReview(rs.getString(16),
                AdjournmentConclusion.valueOf(conclusion), rs.getString(18), rs.getObject(19, LocalDateTime.class),
                instant(rs, 20));
        AdjournmentHearing hearing = new AdjournmentHearing(rs.getLong(21), rs.getString(3), rs.getString(4),
                rs.getObject(22, LocalDateTime.class), rs.getString(23), HearingProcedure.valueOf(rs.getString(24)),
                rs.getInt(25));
        return new AdjournmentView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), Role.valueOf(rs.getString(9)), instant(rs, 10), hearing,
                rs.getObject(11, LocalDateTime.class), rs.getString(12), RequestStatus.valueOf(rs.getString(13)),
                rs.getLong(14), rs.getString(15), review, List.of(), null);
    }

    private static HearingOfCase hearingOfCase(ResultSet rs) throws SQLException {
        AdjournmentHearing hearing = new AdjournmentHearing(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDateTime.class), rs.getString(5), HearingProcedure.valueOf(rs.getString(6)),
                rs.getInt(7));
        return new HearingOfCase(hearing, rs.getLong(8), rs.getString(9), rs.getString(10), rs.getLong(11));
    }

    private static Map<Long, List<AdjournmentMaterialRef>> materials(Handle h, Collection<Long> ids) {
        Map<Long, List<AdjournmentMaterialRef>> out = new HashMap<>();
        h.createQuery("SELECT request_id, id, file_name, content_type, size_bytes, sha256, uploaded_at "
                        + "FROM adjournment_material WHERE request_id IN (<ids>) ORDER BY request_id, id")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new AdjournmentMaterialRef(rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), instant(rs, 7))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
