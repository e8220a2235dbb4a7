package org.courtdesk.server.binding;

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

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.binding.BindingAuthority;
import org.courtdesk.model.binding.BindingMaterialRef;
import org.courtdesk.model.binding.BindingMaterialType;
import org.courtdesk.model.binding.BindingPartyRole;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.files.Content;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 案件绑定 kind's storage: its detail table binding_request (header in the core's {@code request}), its materials,
 * the agent it records in case_agent on approval, and the {@link BindingView} built from them. Every write runs in the
 * caller's transaction; live submissions, the decision and the demo seeder all write through here.
 */
public final class BindingRepository {

    public static final RequestKind KIND = RequestKind.CASE_BINDING;
    /** 申请编号 prefix (BD2026120700001). */
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** A case of a court as the binding needs it. */
    public record CaseRow(long id, String caseNumber, long judgeId) {}

    /** What the decision needs of a binding once its header is locked. */
    public record Stored(long id, String applicationNo, String courtName, long caseId, String caseNumber, long partyId,
                         BindingPartyRole partyRole, String partyName, long applicantId, BindingAuthority authority,
                         RequestStatus status) {}

    /** A view and the judge whose queue it is in (the feed's audience). */
    public record Found(Long judgeId, BindingView view) {}

    private BindingRepository() {}

    // ------------------------------------------------------------------ look-ups for a submission

    public static Optional<String> courtName(Handle h, String courtCode) {
        return h.createQuery("SELECT name FROM court WHERE code = :c").bind("c", courtCode).mapTo(String.class).findOne();
    }

    /** The case with this canonical 案号 at this court. */
    public static Optional<CaseRow> caseOf(Handle h, String courtCode, String caseNumber) {
        return h.createQuery("SELECT id, case_number, judge_id FROM court_case WHERE court_code = :c AND case_number = :n")
                .bind("c", courtCode).bind("n", caseNumber)
                .map((rs, c) -> new CaseRow(rs.getLong(1), rs.getString(2), rs.getLong(3))).findOne();
    }

    /** The party of the case with this side and exact name (a case lists a name once per side). */
    public static Optional<Long> partyOf(Handle h, long caseId, BindingPartyRole role, String name) {
        return h.createQuery("SELECT id FROM case_party WHERE case_id = :c AND party_role = :r AND name = :n ORDER BY id")
                .bind("c", caseId).bind("r", role.name()).bind("n", name.trim()).mapTo(Long.class).findFirst();
    }

    /** Whether the lawyer is already 代理人 of the party (case_agent). */
    public static boolean isAgent(Handle h, long partyId, long lawyerId) {
        return h.createQuery("SELECT COUNT(*) FROM case_agent WHERE party_id = :p AND lawyer_id = :l")
                .bind("p", partyId).bind("l", lawyerId).mapTo(Integer.class).one() > 0;
    }

    /** Whether the lawyer has a binding for the party still 待审核. */
    public static boolean hasPending(Handle h, long partyId, long lawyerId) {
        return h.createQuery("SELECT COUNT(*) FROM request q JOIN binding_request b ON b.id = q.id WHERE q.kind = :k "
                        + "AND q.applicant_id = :l AND b.party_id = :p AND q.status = :s")
                .bind("k", KIND.name()).bind("l", lawyerId).bind("p", partyId)
                .bind("s", RequestStatus.BINDING_PENDING.name()).mapTo(Integer.class).one() > 0;
    }

    // ------------------------------------------------------------------ writes

    /** What a new binding stores besides its header. */
    public record New(CaseRow kase, String courtCode, long partyId, long lawyerId, String licenceNo, String lawFirm,
                      BindingAuthority authority, Instant at, LocalDate day) {}

    /**
     * A new binding in 待审核 in the case judge's queue. Call with the feed lock held: the 申请编号 of the day is
     * counted. {@code applicationNo} null takes the next one (the demo passes its own).
     */
    public static Requests.Created insert(Handle h, New n, String applicationNo) {
        Requests.New header = new Requests.New(KIND, PREFIX, n.day(), n.kase().id(), n.courtCode(), n.kase().judgeId(),
                null, n.lawyerId(), n.at(), RequestStatus.BINDING_PENDING, null);
        Requests.Created created = applicationNo == null ? Requests.create(h, header)
                : Requests.create(h, header, applicationNo);
        h.createUpdate("INSERT INTO binding_request (id, party_id, licence_no, law_firm, authority) "
                        + "VALUES (:id, :p, :lic, :firm, :auth)")
                .bind("id", created.id()).bind("p", n.partyId()).bind("lic", n.licenceNo().trim())
                .bind("firm", n.lawFirm().trim()).bind("auth", n.authority().name()).execute();
        return created;
    }

    /** Stores a material's bytes (once per content) and its row; returns the SHA-256. */
    public static String attachMaterial(Handle h, long id, BindingMaterialType type, String fileName, String contentType,
                                        Content bytes, Instant at) {
        String sha = BlobStore.put(h, bytes, contentType);
        h.createUpdate("INSERT INTO binding_material (request_id, material_type, file_name, content_type, size_bytes, "
                        + "sha256, uploaded_at) VALUES (:r, :t, :f, :ct, :n, :s, :at)")
                .bind("r", id).bind("t", type.name()).bind("f", fileName).bind("ct", contentType)
                .bind("n", bytes.size()).bind("s", sha).bind("at", utc(at)).execute();
        return sha;
    }

    /** The same, for bytes in memory (generated and demo files). */
    public static String attachMaterial(Handle h, long id, BindingMaterialType type, String fileName, String contentType,
                                        byte[] bytes, Instant at) {
        return attachMaterial(h, id, type, fileName, contentType, Content.of(bytes), at);
    }

    /** The decision's own columns (the header's status is the pipeline's). */
    public static void decide(Handle h, long id, long reviewerId, Instant at, String rejectionReason) {
        h.createUpdate("UPDATE binding_request SET reviewer_id = :rv, decided_at = :at, rejection_reason = :why "
                        + "WHERE id = :id")
                .bind("rv", reviewerId).bind("at", utc(at)).bind("why", rejectionReason).bind("id", id).execute();
    }

    /**
     * 审核通过: the lawyer becomes the party's 代理人 (case_agent, the table 阅卷 checks), with the authority. Should the
     * lawyer already be on record (bound by hand meanwhile), the row keeps its date and takes the new authority.
     */
    public static void recordAgent(Handle h, long caseId, long partyId, long lawyerId, BindingAuthority authority,
                                   Instant at) {
        int updated = h.createUpdate("UPDATE case_agent SET authority = :a WHERE party_id = :p AND lawyer_id = :l")
                .bind("a", authority.name()).bind("p", partyId).bind("l", lawyerId).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO case_agent (case_id, party_id, lawyer_id, bound_at, authority) "
                            + "VALUES (:c, :p, :l, :at, :a)")
                    .bind("c", caseId).bind("p", partyId).bind("l", lawyerId).bind("at", utc(at))
                    .bind("a", authority.name()).execute();
        }
    }

    // ------------------------------------------------------------------ reads

    private static final String SELECT = "SELECT q.id, q.application_no, q.court_code, ct.name, c.case_number, c.title, "
            + "q.applicant_id, a.display_name, a.phone, q.submitted_at, p.party_role, p.name, b.licence_no, b.law_firm, "
            + "b.authority, q.status, q.version, j.display_name, rv.display_name, b.decided_at, b.rejection_reason, "
            + "q.judge_id, q.case_id, b.party_id FROM request q JOIN binding_request b ON b.id = q.id "
            + "JOIN court ct ON ct.code = q.court_code JOIN court_case c ON c.id = q.case_id "
            + "JOIN case_party p ON p.id = b.party_id JOIN account a ON a.id = q.applicant_id "
            + "LEFT JOIN account j ON j.id = q.judge_id LEFT JOIN account rv ON rv.id = b.reviewer_id ";

    /** The detail of a binding whose header the caller holds. */
    public static Stored stored(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE q.id = :id").bind("id", id)
                .map((rs, c) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(4), rs.getLong(23),
                        rs.getString(5), rs.getLong(24), BindingPartyRole.valueOf(rs.getString(11)), rs.getString(12),
                        rs.getLong(7), BindingAuthority.valueOf(rs.getString(15)),
                        RequestStatus.valueOf(rs.getString(16))))
                .one();
    }

    public static Optional<BindingView> find(Handle h, long id, boolean withAudit) {
        return findAll(h, List.of(id), withAudit).stream().findFirst().map(Found::view);
    }

    /** The lawyer's own bindings, newest first, without audit trails. */
    public static List<BindingView> forApplicant(Handle h, long applicantId) {
        return findAll(h, Requests.ofApplicant(h, KIND, applicantId), false).stream().map(Found::view).toList();
    }

    /** The bindings among {@code ids} in their order (missing ones, and ids of other kinds, left out). */
    public static List<Found> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        return Requests.findAll(h, KIND, ids, withAudit, SELECT,
                (rs, c) -> new Found((Long) rs.getObject(22, Long.class), view(rs, null, null)), f -> f.view().id(),
                found -> {
                    Map<Long, List<BindingMaterialRef>> materials = materials(h, found);
                    return (f, trail) -> new Found(f.judgeId(), with(f.view(),
                            materials.getOrDefault(f.view().id(), List.of()), trail));
                });
    }

    private static BindingView view(ResultSet rs, List<BindingMaterialRef> materials, List<AuditEntry> audit)
            throws SQLException {
        return new BindingView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), instant(rs, 10),
                BindingPartyRole.valueOf(rs.getString(11)), rs.getString(12), rs.getString(13), rs.getString(14),
                BindingAuthority.valueOf(rs.getString(15)), RequestStatus.valueOf(rs.getString(16)), rs.getLong(17),
                rs.getString(18), rs.getString(19), instant(rs, 20), rs.getString(21), materials, audit);
    }

    private static BindingView with(BindingView v, List<BindingMaterialRef> materials, List<AuditEntry> audit) {
        return new BindingView(v.id(), v.applicationNo(), v.courtCode(), v.courtName(), v.caseNumber(), v.caseTitle(),
                v.applicantId(), v.applicantName(), v.applicantPhone(), v.submittedAt(), v.partyRole(), v.partyName(),
                v.licenceNo(), v.lawFirm(), v.authority(), v.status(), v.version(), v.judgeName(), v.reviewerName(),
                v.decidedAt(), v.rejectionReason(), materials, audit);
    }

    private static Map<Long, List<BindingMaterialRef>> materials(Handle h, Collection<Long> ids) {
        Map<Long, List<BindingMaterialRef>> out = new HashMap<>();
        h.createQuery("SELECT request_id, id, material_type, file_name, content_type, size_bytes, sha256, uploaded_at "
                        + "FROM binding_material WHERE request_id IN (<ids>) ORDER BY request_id, id")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new BindingMaterialRef(rs.getLong(2),
                        BindingMaterialType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6),
                        rs.getString(7), instant(rs, 8))))
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
