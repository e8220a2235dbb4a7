package org.courtdesk.server.transfer;

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

import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferFileRef;
import org.courtdesk.model.transfer.TransferForm;
import org.courtdesk.model.transfer.TransferMaterialType;
import org.courtdesk.model.transfer.TransferSubmitter;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.files.Content;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 材料转接 kind's storage: its detail table material_transfer (header in the core's {@code request}), its files, and
 * the {@link MaterialTransferView} built from them. Every write runs in the caller's transaction; live submissions,
 * the 接收 action and the demo seeder all write through here.
 */
public final class TransferRepository {

    public static final RequestKind KIND = RequestKind.MATERIAL_TRANSFER;
    /** 申请编号 prefix (CL2026120700001). */
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** What the 接收 action needs once the header is locked. */
    public record Stored(long id, String applicationNo, String caseNumber, String courtName, long applicantId,
                         RequestStatus status, String title) {}

    /** Where a new material goes: its case, court and judge. */
    public record Target(String courtCode, long caseId, long judgeId) {}

    private TransferRepository() {}

    /** A new material in 未接收. Call with the feed lock held; {@code applicationNo} null takes the next one. */
    public static Requests.Created insert(Handle h, TransferForm form, TransferSubmitter submitter, Target target,
                                          long applicantId, Instant at, LocalDate day, String applicationNo) {
        Requests.New header = new Requests.New(KIND, PREFIX, day, target.caseId(), target.courtCode(), target.judgeId(),
                null, applicantId, at, RequestStatus.NOT_RECEIVED, null);
        Requests.Created created = applicationNo == null ? Requests.create(h, header)
                : Requests.create(h, header, applicationNo);
        h.createUpdate("INSERT INTO material_transfer (id, submitter, title, material_type, copies, pages, note) "
                        + "VALUES (:id, :s, :t, :mt, :c, :p, :n)")
                .bind("id", created.id()).bind("s", submitter.name()).bind("t", form.title().trim())
                .bind("mt", form.materialType().name()).bind("c", form.copies()).bind("p", form.pages())
                .bind("n", trimmed(form.note())).execute();
        return created;
    }

    /** Stores a file's bytes (once per content, through the blob store) and its row; returns the SHA-256. */
    public static String attachFile(Handle h, long id, String fileName, String contentType, Content bytes, Instant at) {
        String sha = BlobStore.put(h, bytes, contentType);
        h.createUpdate("INSERT INTO material_transfer_file (request_id, file_name, content_type, size_bytes, sha256, "
                        + "uploaded_at) VALUES (:r, :f, :ct, :n, :s, :at)")
                .bind("r", id).bind("f", fileName).bind("ct", contentType).bind("n", bytes.size())
                .bind("s", sha).bind("at", utc(at)).execute();
        return sha;
    }

    /** The same, for bytes in memory (generated and demo files). */
    public static String attachFile(Handle h, long id, String fileName, String contentType, byte[] bytes, Instant at) {
        return attachFile(h, id, fileName, contentType, Content.of(bytes), at);
    }

    /** 接收: who and when. */
    public static void receive(Handle h, long id, long receiverId, Instant at) {
        h.createUpdate("UPDATE material_transfer SET received_by = :by, received_at = :at WHERE id = :id")
                .bind("by", receiverId).bind("at", utc(at)).bind("id", id).execute();
    }

    public static Stored stored(Handle h, long id) {
        return h.createQuery("SELECT q.id, q.application_no, cc.case_number, ct.name, q.applicant_id, q.status, m.title "
                        + "FROM request q JOIN material_transfer m ON m.id = q.id JOIN court ct ON ct.code = q.court_code "
                        + "LEFT JOIN court_case cc ON cc.id = q.case_id WHERE q.id = :id")
                .bind("id", id)
                .map((rs, c) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), RequestStatus.valueOf(rs.getString(6)), rs.getString(7)))
                .one();
    }

    public static Optional<MaterialTransferView> find(Handle h, long id, boolean withAudit) {
        return findAll(h, List.of(id), withAudit).stream().findFirst();
    }

    /** The applicant's own materials, newest first, without audit trails. */
    public static List<MaterialTransferView> forApplicant(Handle h, long applicantId) {
        return findAll(h, Requests.ofApplicant(h, KIND, applicantId), false);
    }

    /** The views of these materials in the order of {@code ids} (missing ones left out). */
    public static List<MaterialTransferView> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        return Requests.findAll(h, KIND, ids, withAudit,
                "SELECT q.id, q.application_no, cc.case_number, q.court_code, ct.name, q.applicant_id, "
                        + "a.display_name, m.submitter, m.title, m.material_type, m.copies, m.pages, m.note, q.submitted_at, "
                        + "q.status, q.version, j.display_name, r.display_name, m.received_at FROM request q "
                        + "JOIN material_transfer m ON m.id = q.id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN account a ON a.id = q.applicant_id LEFT JOIN account j ON j.id = q.judge_id "
                        + "LEFT JOIN account r ON r.id = m.received_by LEFT JOIN court_case cc ON cc.id = q.case_id ",
                (rs, c) -> row(rs), MaterialTransferView::id, found -> {
                    Map<Long, List<TransferFileRef>> files = files(h, found);
                    return (x, trail) -> new MaterialTransferView(x.id(), x.applicationNo(), x.caseNumber(), x.courtCode(),
                            x.courtName(), x.applicantId(), x.applicantName(), x.submitter(), x.title(), x.materialType(),
                            x.copies(), x.pages(), x.note(), x.submittedAt(), x.status(), x.version(), x.judgeName(),
                            x.receiverName(), x.receivedAt(), files.getOrDefault(x.id(), List.of()), trail);
                });
    }

    private static MaterialTransferView row(ResultSet rs) throws SQLException {
        return new MaterialTransferView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), TransferSubmitter.valueOf(rs.getString(8)), rs.getString(9),
                TransferMaterialType.valueOf(rs.getString(10)), rs.getInt(11), (Integer) rs.getObject(12, Integer.class),
                rs.getString(13), instant(rs, 14), RequestStatus.valueOf(rs.getString(15)), rs.getLong(16),
                rs.getString(17), rs.getString(18), instant(rs, 19), null, null);
    }

    private static Map<Long, List<TransferFileRef>> files(Handle h, Collection<Long> ids) {
        Map<Long, List<TransferFileRef>> out = new HashMap<>();
        h.createQuery("SELECT request_id, id, file_name, content_type, size_bytes, sha256, uploaded_at "
                        + "FROM material_transfer_file WHERE request_id IN (<ids>) ORDER BY request_id, id")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new TransferFileRef(rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), instant(rs, 7))))
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
