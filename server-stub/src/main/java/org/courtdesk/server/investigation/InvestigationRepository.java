package org.courtdesk.server.investigation;

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

import org.courtdesk.model.investigation.InvestigationDecision;
import org.courtdesk.model.investigation.InvestigationForm;
import org.courtdesk.model.investigation.InvestigationMaterialRef;
import org.courtdesk.model.investigation.InvestigationMaterialType;
import org.courtdesk.model.investigation.InvestigationOrder;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.files.Content;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 调查令 kind's storage: its detail table investigation_request (header in the core's {@code request}), its
 * materials, the issued order, and the {@link InvestigationView} built from them with the case's 举证期限 and the
 * court's decision period. Every write runs in the caller's transaction.
 */
public final class InvestigationRepository {

    public static final RequestKind KIND = RequestKind.INVESTIGATION_ORDER;
    /** 申请编号 prefix (DC2026120700001). */
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** What the staff actions need once the header is locked. */
    public record Stored(long id, String applicationNo, String caseNumber, String courtCode, String courtName,
                         long applicantId, String applicantName, String lawFirm, RequestStatus status, String subject,
                         String subjectAddress, String evidence, String factToProve, int validityDays) {}

    /** The case applied on: id, court, judge, status and 举证期限. */
    public record CaseRow(long id, String number, String courtCode, long judgeId, String status, LocalDate evidenceDeadline) {}

    private InvestigationRepository() {}

    /** The case with this canonical 案号, if any. */
    public static Optional<CaseRow> caseOf(Handle h, String number) {
        return h.createQuery("SELECT id, case_number, court_code, judge_id, status, evidence_deadline FROM court_case "
                        + "WHERE case_number = :n")
                .bind("n", number)
                .map((rs, c) -> new CaseRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .findFirst();
    }

    /** A new application in 提交/待处理, due at the end of the court's decision period. Call with the feed lock held. */
    public static Requests.Created insert(Handle h, InvestigationForm form, CaseRow kase, long applicantId, Instant at,
                                          LocalDate day, Instant dueAt, String applicationNo) {
        Requests.New header = new Requests.New(KIND, PREFIX, day, kase.id(), kase.courtCode(), kase.judgeId(), null,
                applicantId, at, RequestStatus.SUBMITTED, dueAt);
        Requests.Created created = applicationNo == null ? Requests.create(h, header)
                : Requests.create(h, header, applicationNo);
        h.createUpdate("INSERT INTO investigation_request (id, subject, subject_address, evidence, fact_to_prove, "
                        + "reason_unobtainable) VALUES (:id, :s, :a, :e, :f, :r)")
                .bind("id", created.id()).bind("s", form.subject().trim()).bind("a", trimmed(form.subjectAddress()))
                .bind("e", form.evidence().trim()).bind("f", form.factToProve().trim())
                .bind("r", form.reasonUnobtainable().trim()).execute();
        return created;
    }

    public static String attachMaterial(Handle h, long id, InvestigationMaterialType type, String fileName,
                                        String contentType, Content bytes, Instant at) {
        String sha = BlobStore.put(h, bytes, contentType);
        h.createUpdate("INSERT INTO investigation_material (request_id, material_type, file_name, content_type, "
                        + "size_bytes, sha256, uploaded_at) VALUES (:r, :t, :f, :ct, :n, :s, :at)")
                .bind("r", id).bind("t", type.name()).bind("f", fileName).bind("ct", contentType)
                .bind("n", bytes.size()).bind("s", sha).bind("at", utc(at)).execute();
        return sha;
    }

    /** The same, for bytes in memory (generated and demo files). */
    public static String attachMaterial(Handle h, long id, InvestigationMaterialType type, String fileName,
                                        String contentType, byte[] bytes, Instant at) {
        return attachMaterial(h, id, type, fileName, contentType, Content.of(bytes), at);
    }

    public static void returned(Handle h, long id, long deciderId, Instant at, String reason) {
        h.createUpdate("UPDATE investigation_request SET decided_by = :by, decided_at = :at, return_reason = :r "
                        + "WHERE id = :id")
                .bind("by", deciderId).bind("at", utc(at)).bind("r", reason.trim()).bind("id", id).execute();
    }

    /** The next serial of the court's orders in {@code year} (one above the highest; the row lock serialises it). */
    public static int nextOrderSerial(Handle h, String courtCode, int year) {
        return h.createQuery("SELECT COALESCE(MAX(i.order_serial), 0) + 1 FROM investigation_request i "
                        + "JOIN request q ON q.id = i.id WHERE q.court_code = :c AND i.order_year = :y")
                .bind("c", courtCode).bind("y", year).mapTo(Integer.class).one();
    }

    public static void issued(Handle h, long id, long deciderId, Instant at, int year, int serial, String orderNo,
                              LocalDate issuedOn, LocalDate validUntil, byte[] pdf) {
        String sha = BlobStore.put(h, pdf, "application/pdf");
        h.createUpdate("UPDATE investigation_request SET decided_by = :by, decided_at = :at, order_no = :no, "
                        + "order_year = :y, order_serial = :s, issued_on = :on, valid_until = :until, order_sha256 = :sha "
                        + "WHERE id = :id")
                .bind("by", deciderId).bind("at", utc(at)).bind("no", orderNo).bind("y", year).bind("s", serial)
                .bind("on", issuedOn).bind("until", validUntil).bind("sha", sha).bind("id", id).execute();
    }

    /** The order's PDF of request {@code id}: its SHA-256, empty when none was issued. */
    public static Optional<String> orderSha(Handle h, long id) {
        return h.createQuery("SELECT order_sha256 FROM investigation_request WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne().filter(s -> s != null);
    }

    public static Stored stored(Handle h, long id) {
        return h.createQuery("SELECT q.id, q.application_no, cc.case_number, q.court_code, ct.name, q.applicant_id, "
                        + "a.display_name, a.law_firm, q.status, i.subject, i.subject_address, i.evidence, i.fact_to_prove, "
                        + "ct.investigation_validity_days FROM request q JOIN investigation_request i ON i.id = q.id "
                        + "JOIN court ct ON ct.code = q.court_code JOIN account a ON a.id = q.applicant_id "
                        + "LEFT JOIN court_case cc ON cc.id = q.case_id WHERE q.id = :id")
                .bind("id", id)
                .map((rs, c) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
                        RequestStatus.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getInt(14)))
                .one();
    }

    public static Optional<InvestigationView> find(Handle h, long id, boolean withAudit) {
        return findAll(h, List.of(id), withAudit).stream().findFirst();
    }

    public static List<InvestigationView> forApplicant(Handle h, long applicantId) {
        return findAll(h, Requests.ofApplicant(h, KIND, applicantId), false);
    }

    public static List<InvestigationView> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        return Requests.findAll(h, KIND, ids, withAudit,
                "SELECT q.id, q.application_no, cc.case_number, q.court_code, ct.name, q.applicant_id, "
                        + "a.display_name, a.law_firm, q.submitted_at, i.subject, i.subject_address, i.evidence, "
                        + "i.fact_to_prove, i.reason_unobtainable, cc.evidence_deadline, ct.investigation_decision_days, "
                        + "q.status, q.version, j.display_name, d.display_name, i.decided_at, i.return_reason, i.order_no, "
                        + "i.issued_on, i.valid_until, i.order_sha256 FROM request q "
                        + "JOIN investigation_request i ON i.id = q.id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN account a ON a.id = q.applicant_id LEFT JOIN account j ON j.id = q.judge_id "
                        + "LEFT JOIN account d ON d.id = i.decided_by LEFT JOIN court_case cc ON cc.id = q.case_id ",
                (rs, c) -> row(rs), InvestigationView::id, found -> {
                    Map<Long, List<InvestigationMaterialRef>> materials = materials(h, found);
                    return (x, trail) -> new InvestigationView(x.id(), x.applicationNo(), x.caseNumber(), x.courtCode(),
                            x.courtName(), x.applicantId(), x.applicantName(), x.lawFirm(), x.submittedAt(), x.subject(),
                            x.subjectAddress(), x.evidence(), x.factToProve(), x.reasonUnobtainable(),
                            x.evidenceDeadline(), x.decisionDays(), x.status(), x.version(), x.judgeName(), x.decision(),
                            materials.getOrDefault(x.id(), List.of()), trail);
                });
    }

    private static InvestigationView row(ResultSet rs) throws SQLException {
        Instant decidedAt = instant(rs, 21);
        InvestigationOrder order = rs.getString(23) == null ? null : new InvestigationOrder(rs.getString(23),
                rs.getObject(24, LocalDate.class), rs.getObject(25, LocalDate.class), rs.getString(26));
        InvestigationDecision decision = decidedAt == null ? null
                : new InvestigationDecision(rs.getString(20), decidedAt, rs.getString(22), order);
        return new InvestigationView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), instant(rs, 9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getObject(15, LocalDate.class), rs.getInt(16),
                RequestStatus.valueOf(rs.getString(17)), rs.getLong(18), rs.getString(19), decision, null, null);
    }

    private static Map<Long, List<InvestigationMaterialRef>> materials(Handle h, Collection<Long> ids) {
        Map<Long, List<InvestigationMaterialRef>> out = new HashMap<>();
        h.createQuery("SELECT request_id, id, material_type, file_name, content_type, size_bytes, sha256, uploaded_at "
                        + "FROM investigation_material WHERE request_id IN (<ids>) ORDER BY request_id, id")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new InvestigationMaterialRef(rs.getLong(2),
                        InvestigationMaterialType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), instant(rs, 8))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
