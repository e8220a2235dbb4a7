package org.courtdesk.server.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
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

import org.courtdesk.model.account.Role;
import org.courtdesk.model.appeal.AppealCase;
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealForm;
import org.courtdesk.model.appeal.AppealMaterialRef;
import org.courtdesk.model.appeal.AppealParty;
import org.courtdesk.model.appeal.AppealReview;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.appeal.DecisionType;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.files.Content;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 提起上诉 kind's storage: its detail table appeal_request (header in the core's {@code request}), appellees and
 * materials, the applicant's cases and the lawyer's 代理权限 (case_agent.authority), and the {@link AppealView}.
 */
public final class AppealRepository {

    public static final RequestKind KIND = RequestKind.APPEAL;
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** A case with what a submission needs: court, court name, judge. */
    public record CaseOf(long id, String caseNumber, String title, String courtCode, String courtName, long judgeId) {}

    /** What the staff action needs of an appeal once its header is locked. */
    public record Stored(long id, String applicationNo, String caseNumber, String courtName, long applicantId,
                         RequestStatus status) {}

    private AppealRepository() {}

    // ------------------------------------------------------------------ cases and who may appeal

    public static Optional<CaseOf> caseOf(Handle h, long caseId) {
        return h.createQuery("SELECT c.id, c.case_number, c.title, c.court_code, ct.name, c.judge_id FROM court_case c "
                        + "JOIN court ct ON ct.code = c.court_code WHERE c.id = :id")
                .bind("id", caseId)
                .map((rs, x) -> new CaseOf(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)))
                .findOne();
    }

    /** The cases {@code accountId} is a party of (own name) or a lawyer on record for, with their parties. */
    public static List<AppealCase> casesOf(Handle h, long accountId) {
        List<AppealCase> cases = h.createQuery("SELECT c.id, c.case_number, c.title, c.court_code FROM court_case c WHERE "
                        + "EXISTS (SELECT 1 FROM case_party p WHERE p.case_id = c.id AND p.account_id = :a) "
                        + "OR EXISTS (SELECT 1 FROM case_agent g WHERE g.case_id = c.id AND g.lawyer_id = :a) ORDER BY c.id")
                .bind("a", accountId)
                .map((rs, x) -> new AppealCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), List.of()))
                .list();
        List<AppealCase> out = new ArrayList<>();
        for (AppealCase c : cases) {
            out.add(new AppealCase(c.id(), c.caseNumber(), c.title(), c.courtCode(), parties(h, c.id())));
        }
        return out;
    }

    public static List<AppealParty> parties(Handle h, long caseId) {
        return h.createQuery("SELECT id, name, party_role FROM case_party WHERE case_id = :c ORDER BY id")
                .bind("c", caseId).map((rs, x) -> new AppealParty(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Whether {@code accountId} is the party {@code partyId} of the case in their own name. */
    public static boolean isParty(Handle h, long caseId, long partyId, long accountId) {
        return h.createQuery("SELECT COUNT(*) FROM case_party WHERE id = :p AND case_id = :c AND account_id = :a")
                .bind("p", partyId).bind("c", caseId).bind("a", accountId).mapTo(Integer.class).one() > 0;
    }

    /** The lawyer's 代理权限 for the party ({@code GENERAL}/{@code SPECIAL}); empty when not their agent. */
    public static Optional<String> authority(Handle h, long caseId, long partyId, long lawyerId) {
        return h.createQuery("SELECT authority FROM case_agent WHERE case_id = :c AND party_id = :p AND lawyer_id = :l")
                .bind("c", caseId).bind("p", partyId).bind("l", lawyerId).mapTo(String.class).findOne();
    }

    // ------------------------------------------------------------------ writes

    /** A new appeal in 提交/待处理 for the case's judge. Call with the feed lock held (the 申请编号 of the day). */
    public static Requests.Created insert(Handle h, CaseOf c, AppealForm f, boolean authorityMissing, long applicantId,
                                          Instant at, LocalDate day, String applicationNo) {
        Requests.New header = new Requests.New(KIND, PREFIX, day, c.id(), c.courtCode(), c.judgeId(), null, applicantId, at,
                RequestStatus.SUBMITTED, null);
        Requests.Created created = applicationNo == null ? Requests.create(h, header) : Requests.create(h, header, applicationNo);
        h.createUpdate("INSERT INTO appeal_request (id, appellant_party_id, decision_type, served_on, claims, reasons, "
                        + "authority_missing) VALUES (:id, :ap, :t, :s, :c, :r, :m)")
                .bind("id", created.id()).bind("ap", f.appellantPartyId()).bind("t", f.decisionType().name())
                .bind("s", f.servedOn()).bind("c", f.claims().strip()).bind("r", f.reasons().strip())
                .bind("m", authorityMissing).execute();
        for (int i = 0; i < f.appelleePartyIds().size(); i++) {
            h.createUpdate("INSERT INTO appeal_appellee (request_id, position, party_id) VALUES (:r, :p, :id)")
                    .bind("r", created.id()).bind("p", i + 1).bind("id", f.appelleePartyIds().get(i)).execute();
        }
        return created;
    }

    public static String attachMaterial(Handle h, long id, String type, String fileName, String contentType, Content bytes,
                                        Instant at) {
        String sha = BlobStore.put(h, bytes, contentType);
        h.createUpdate("INSERT INTO appeal_material (request_id, material_type, file_name, content_type, size_bytes, sha256, "
                        + "uploaded_at) VALUES (:r, :t, :f, :ct, :n, :s, :at)")
                .bind("r", id).bind("t", type).bind("f", fileName).bind("ct", contentType).bind("n", bytes.size())
                .bind("s", sha).bind("at", utc(at)).execute();
        return sha;
    }

    /** The same, for bytes in memory (generated and demo files). */
    public static String attachMaterial(Handle h, long id, String type, String fileName, String contentType, byte[] bytes,
                                        Instant at) {
        return attachMaterial(h, id, type, fileName, contentType, Content.of(bytes), at);
    }

    public static void decide(Handle h, long id, long reviewerId, AppealConclusion c, String opinion, Instant at) {
        h.createUpdate("UPDATE appeal_request SET reviewer_id = :rv, conclusion = :c, opinion = :o, decided_at = :at "
                        + "WHERE id = :id")
                .bind("rv", reviewerId).bind("c", c.name()).bind("o", opinion == null || opinion.isBlank() ? null : opinion.strip())
                .bind("at", utc(at)).bind("id", id).execute();
    }

    // ------------------------------------------------------------------ reads

    public static Stored stored(Handle h, long id) {
        return h.createQuery("SELECT q.id, q.application_no, c.case_number, ct.name, q.applicant_id, q.status FROM request q "
                        + "JOIN court_case c ON c.id = q.case_id JOIN court ct ON ct.code = q.court_code WHERE q.id = :id")
                .bind("id", id)
                .map((rs, x) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        RequestStatus.valueOf(rs.getString(6))))
                .one();
    }

    public static Optional<AppealView> find(Handle h, long id, boolean withAudit) {
        return findAll(h, List.of(id), withAudit).stream().findFirst();
    }

    public static List<AppealView> forApplicant(Handle h, long applicantId) {
        return findAll(h, Requests.ofApplicant(h, KIND, applicantId), false);
    }

    public static List<AppealView> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        return Requests.findAll(h, KIND, ids, withAudit,
                "SELECT q.id, q.application_no, c.case_number, c.title, q.court_code, ct.name, q.applicant_id, "
                        + "ap.display_name, ap.role, q.submitted_at, p.id, p.name, p.party_role, a.decision_type, a.served_on, "
                        + "a.claims, a.reasons, a.authority_missing, q.status, q.version, j.display_name, rv.display_name, "
                        + "a.conclusion, a.opinion, a.decided_at FROM request q JOIN appeal_request a ON a.id = q.id "
                        + "JOIN court_case c ON c.id = q.case_id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN account ap ON ap.id = q.applicant_id JOIN case_party p ON p.id = a.appellant_party_id "
                        + "LEFT JOIN account j ON j.id = q.judge_id LEFT JOIN account rv ON rv.id = a.reviewer_id ",
                (rs, x) -> view(rs), AppealView::id, found -> {
                    Map<Long, List<AppealParty>> appellees = new HashMap<>();
                    h.createQuery("SELECT e.request_id, p.id, p.name, p.party_role FROM appeal_appellee e JOIN case_party p "
                                    + "ON p.id = e.party_id WHERE e.request_id IN (<ids>) ORDER BY e.request_id, e.position")
                            .bindList("ids", new ArrayList<>(found))
                            .map((rs, x) -> Map.entry(rs.getLong(1), new AppealParty(rs.getLong(2), rs.getString(3),
                                    rs.getString(4))))
                            .forEach(e -> appellees.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                    Map<Long, List<AppealMaterialRef>> materials = new HashMap<>();
                    h.createQuery("SELECT request_id, id, material_type, file_name, content_type, size_bytes, sha256, "
                                    + "uploaded_at FROM appeal_material WHERE request_id IN (<ids>) ORDER BY request_id, id")
                            .bindList("ids", new ArrayList<>(found))
                            .map((rs, x) -> Map.entry(rs.getLong(1), new AppealMaterialRef(rs.getLong(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), instant(rs, 8))))
                            .forEach(e -> materials.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                    return (v, trail) -> new AppealView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(),
                            v.courtCode(), v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(),
                            v.submittedAt(), v.appellant(), appellees.getOrDefault(v.id(), List.of()), v.decisionType(),
                            v.servedOn(), v.claims(), v.reasons(), v.specialAuthorityMissing(), v.status(), v.version(),
                            v.judgeName(), v.review(), materials.getOrDefault(v.id(), List.of()), trail);
                });
    }

    private static AppealView view(ResultSet rs) throws SQLException {
        String conclusion = rs.getString(23);
        AppealReview review = conclusion == null ? null : new AppealReview(rs.getString(22),
                AppealConclusion.valueOf(conclusion), rs.getString(24), instant(rs, 25));
        return new AppealView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), Role.valueOf(rs.getString(9)), instant(rs, 10),
                new AppealParty(rs.getLong(11), rs.getString(12), rs.getString(13)), List.of(),
                DecisionType.valueOf(rs.getString(14)), rs.getObject(15, LocalDate.class), rs.getString(16),
                rs.getString(17), rs.getBoolean(18), RequestStatus.valueOf(rs.getString(19)), rs.getLong(20),
                rs.getString(21), review, List.of(), null);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
