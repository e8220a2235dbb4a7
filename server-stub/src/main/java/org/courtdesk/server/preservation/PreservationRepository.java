package org.courtdesk.server.preservation;

import java.math.BigDecimal;
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

import org.courtdesk.model.preservation.GuaranteeKind;
import org.courtdesk.model.preservation.PreservationDecision;
import org.courtdesk.model.preservation.PreservationForm;
import org.courtdesk.model.preservation.PreservationMaterialRef;
import org.courtdesk.model.preservation.PreservationMaterialType;
import org.courtdesk.model.preservation.PreservationParty;
import org.courtdesk.model.preservation.PreservationPartyRole;
import org.courtdesk.model.preservation.PreservationStage;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.preservation.PropertyClue;
import org.courtdesk.model.preservation.PropertyKind;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.files.Content;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 诉讼保全 kind's storage: its detail table preservation_request (header in the core's {@code request}), parties,
 * 财产线索 and materials, and the {@link PreservationView} built from them. Every write runs in the caller's
 * transaction; live submissions, staff actions and the demo seeder all write through here.
 */
public final class PreservationRepository {

    public static final RequestKind KIND = RequestKind.PRESERVATION;
    /** 申请编号 prefix (BQ2026120700001). */
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** What the staff actions need once the header is locked. */
    public record Stored(long id, String applicationNo, String caseNumber, String courtName, long applicantId,
                         Long judgeId, RequestStatus status, PreservationStage stage, String respondents) {}

    /** Where a new application goes: its court, its case (null for 诉前) and its judge. */
    public record Target(String courtCode, Long caseId, long judgeId) {}

    private PreservationRepository() {}

    // ------------------------------------------------------------------ writes

    /**
     * A new application in 提交/待处理 with its ruling limit as the header's due time. Call with the feed lock held
     * ({@link org.courtdesk.server.feed.ChangeLog#lock}); {@code applicationNo} null takes the next one.
     */
    public static Requests.Created insert(Handle h, PreservationForm form, Target target, long applicantId, Instant at,
                                          LocalDate day, Instant dueAt, String applicationNo) {
        Requests.New header = new Requests.New(KIND, PREFIX, day, target.caseId(), target.courtCode(), target.judgeId(),
                null, applicantId, at, RequestStatus.SUBMITTED, dueAt);
        Requests.Created created = applicationNo == null ? Requests.create(h, header)
                : Requests.create(h, header, applicationNo);
        GuaranteeKind g = form.guaranteeKind();
        h.createUpdate("INSERT INTO preservation_request (id, stage, urgent, urgent_reason, amount, guarantee_kind, "
                        + "guarantee_amount) VALUES (:id, :stage, :urgent, :reason, :amount, :gk, :ga)")
                .bind("id", created.id()).bind("stage", form.stage().name()).bind("urgent", form.urgent())
                .bind("reason", form.urgent() ? trimmed(form.urgentReason()) : null)
                .bind("amount", form.amount().setScale(2))
                .bind("gk", g.name()).bind("ga", g == GuaranteeKind.NONE ? null : form.guaranteeAmount().setScale(2))
                .execute();
        List<PreservationParty> parties = form.parties();
        for (int i = 0; i < parties.size(); i++) {
            PreservationParty p = parties.get(i);
            h.createUpdate("INSERT INTO preservation_party (request_id, position, party_role, name, id_number, address) "
                            + "VALUES (:r, :pos, :role, :name, :idn, :addr)")
                    .bind("r", created.id()).bind("pos", i + 1).bind("role", p.role().name()).bind("name", p.name().trim())
                    .bind("idn", trimmed(p.idNumber())).bind("addr", trimmed(p.address())).execute();
        }
        List<PropertyClue> clues = form.propertyClues();
        for (int i = 0; i < clues.size(); i++) {
            PropertyClue c = clues.get(i);
            h.createUpdate("INSERT INTO preservation_clue (request_id, position, property_kind, description, location) "
                            + "VALUES (:r, :pos, :k, :d, :l)")
                    .bind("r", created.id()).bind("pos", i + 1).bind("k", c.kind().name())
                    .bind("d", c.description().trim()).bind("l", trimmed(c.location())).execute();
        }
        return created;
    }

    /** Stores a material's bytes (once per content) and its row; returns the SHA-256. */
    public static String attachMaterial(Handle h, long id, PreservationMaterialType type, String fileName,
                                        String contentType, Content bytes, Instant at) {
        String sha = BlobStore.put(h, bytes, contentType);
        h.createUpdate("INSERT INTO preservation_material (request_id, material_type, file_name, content_type, "
                        + "size_bytes, sha256, uploaded_at) VALUES (:r, :t, :f, :ct, :n, :s, :at)")
                .bind("r", id).bind("t", type.name()).bind("f", fileName).bind("ct", contentType)
                .bind("n", bytes.size()).bind("s", sha).bind("at", utc(at)).execute();
        return sha;
    }

    /** The same, for bytes in memory (generated and demo files). */
    public static String attachMaterial(Handle h, long id, PreservationMaterialType type, String fileName,
                                        String contentType, byte[] bytes, Instant at) {
        return attachMaterial(h, id, type, fileName, contentType, Content.of(bytes), at);
    }

    /** The court's decision: 退回 with its reason, or 接收 with the ruling's reference (either may be null). */
    public static void decide(Handle h, long id, long deciderId, Instant at, String returnReason, String rulingReference) {
        h.createUpdate("UPDATE preservation_request SET decided_by = :by, decided_at = :at, return_reason = :rr, "
                        + "ruling_reference = :ref WHERE id = :id")
                .bind("by", deciderId).bind("at", utc(at)).bind("rr", trimmed(returnReason))
                .bind("ref", trimmed(rulingReference)).bind("id", id).execute();
    }

    /**
     * The judge on duty for a 诉前 application [I]: the seed does not say who takes one before a case exists; here it is
     * the court's judge with the fewest preservation applications waiting (提交/待处理), ties to the lowest id, which
     * spreads the 48-hour work. Empty when the court has no judge.
     */
    public static Optional<Long> dutyJudge(Handle h, String courtCode) {
        return h.createQuery("SELECT a.id FROM account a WHERE a.role = 'JUDGE' AND a.court_code = :c ORDER BY "
                        + "(SELECT COUNT(*) FROM request r WHERE r.judge_id = a.id AND r.kind = :k AND r.status = :s), a.id")
                .bind("c", courtCode).bind("k", KIND.name()).bind("s", RequestStatus.SUBMITTED.name())
                .mapTo(Long.class).findFirst();
    }

    // ------------------------------------------------------------------ reads

    /** The detail of an application whose header the caller holds. */
    public static Stored stored(Handle h, long id) {
        String respondents = String.join("、", h.createQuery("SELECT name FROM preservation_party WHERE request_id = :id "
                        + "AND party_role = :r ORDER BY position")
                .bind("id", id).bind("r", PreservationPartyRole.RESPONDENT.name()).mapTo(String.class).list());
        return h.createQuery("SELECT q.id, q.application_no, cc.case_number, ct.name, q.applicant_id, q.judge_id, q.status, "
                        + "p.stage FROM request q JOIN preservation_request p ON p.id = q.id "
                        + "JOIN court ct ON ct.code = q.court_code LEFT JOIN court_case cc ON cc.id = q.case_id "
                        + "WHERE q.id = :id")
                .bind("id", id)
                .map((rs, c) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        (Long) rs.getObject(6, Long.class), RequestStatus.valueOf(rs.getString(7)),
                        PreservationStage.valueOf(rs.getString(8)), respondents))
                .one();
    }

    public static Optional<PreservationView> find(Handle h, long id, boolean withAudit) {
        return findAll(h, List.of(id), withAudit).stream().findFirst();
    }

    /** The applicant's own applications, newest first, without audit trails. */
    public static List<PreservationView> forApplicant(Handle h, long applicantId) {
        return findAll(h, Requests.ofApplicant(h, KIND, applicantId), false);
    }

    /** The views of these applications in the order of {@code ids} (missing ones left out). */
    public static List<PreservationView> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        return Requests.findAll(h, KIND, ids, withAudit,
                "SELECT q.id, q.application_no, cc.case_number, q.court_code, ct.name, q.applicant_id, "
                        + "a.display_name, q.submitted_at, p.stage, p.urgent, p.urgent_reason, p.amount, p.guarantee_kind, "
                        + "p.guarantee_amount, q.status, q.version, j.display_name, d.display_name, p.decided_at, "
                        + "p.return_reason, p.ruling_reference FROM request q "
                        + "JOIN preservation_request p ON p.id = q.id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN account a ON a.id = q.applicant_id LEFT JOIN account j ON j.id = q.judge_id "
                        + "LEFT JOIN account d ON d.id = p.decided_by LEFT JOIN court_case cc ON cc.id = q.case_id ",
                (rs, c) -> row(rs), PreservationView::id, found -> {
                    Map<Long, List<PreservationParty>> parties = parties(h, found);
                    Map<Long, List<PropertyClue>> clues = clues(h, found);
                    Map<Long, List<PreservationMaterialRef>> materials = materials(h, found);
                    return (x, trail) -> new PreservationView(x.id(), x.applicationNo(), x.caseNumber(), x.courtCode(),
                            x.courtName(), x.applicantId(), x.applicantName(), x.submittedAt(), x.stage(), x.urgent(),
                            x.urgentReason(), parties.getOrDefault(x.id(), List.of()), clues.getOrDefault(x.id(), List.of()),
                            x.amount(), x.guaranteeKind(), x.guaranteeAmount(), x.status(), x.version(), x.judgeName(),
                            x.decision(), materials.getOrDefault(x.id(), List.of()), trail);
                });
    }

    private static PreservationView row(ResultSet rs) throws SQLException {
        Instant decidedAt = instant(rs, 19);
        PreservationDecision decision = decidedAt == null ? null
                : new PreservationDecision(rs.getString(18), decidedAt, rs.getString(20), rs.getString(21));
        BigDecimal guarantee = rs.getBigDecimal(14);
        return new PreservationView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), instant(rs, 8), PreservationStage.valueOf(rs.getString(9)),
                rs.getBoolean(10), rs.getString(11), null, null, rs.getBigDecimal(12),
                GuaranteeKind.valueOf(rs.getString(13)), guarantee, RequestStatus.valueOf(rs.getString(15)),
                rs.getLong(16), rs.getString(17), decision, null, null);
    }

    private static Map<Long, List<PreservationParty>> parties(Handle h, Collection<Long> ids) {
        Map<Long, List<PreservationParty>> out = new HashMap<>();
        h.createQuery("SELECT request_id, party_role, name, id_number, address FROM preservation_party "
                        + "WHERE request_id IN (<ids>) ORDER BY request_id, position")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new PreservationParty(
                        PreservationPartyRole.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private static Map<Long, List<PropertyClue>> clues(Handle h, Collection<Long> ids) {
        Map<Long, List<PropertyClue>> out = new HashMap<>();
        h.createQuery("SELECT request_id, property_kind, description, location FROM preservation_clue "
                        + "WHERE request_id IN (<ids>) ORDER BY request_id, position")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new PropertyClue(PropertyKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private static Map<Long, List<PreservationMaterialRef>> materials(Handle h, Collection<Long> ids) {
        Map<Long, List<PreservationMaterialRef>> out = new HashMap<>();
        h.createQuery("SELECT request_id, id, material_type, file_name, content_type, size_bytes, sha256, uploaded_at "
                        + "FROM preservation_material WHERE request_id IN (<ids>) ORDER BY request_id, id")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new PreservationMaterialRef(rs.getLong(2),
                        PreservationMaterialType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
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
