package org.courtdesk.server.transcript;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptAnswer;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.files.Content;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 庭审笔录 kind's storage: the transcripts (table hearing_transcript, PDF through the blob store) and the 申请补正
 * requests (detail table transcript_correction, header in the core's {@code request}), and their views. Every write runs
 * in the caller's transaction.
 */
public final class TranscriptRepository {

    public static final RequestKind KIND = RequestKind.HEARING_TRANSCRIPT;
    /** 申请编号 prefix of a 申请补正 (BZ2026120700001). */
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** A transcript's case: its judge and court, for the audience of the transcript and its corrections. */
    public record Owner(long transcriptId, long caseId, String caseNumber, String courtCode, long judgeId,
                        LocalDate readableUntil) {}

    /** What the decision needs once the header is locked. */
    public record Stored(long id, String applicationNo, String caseNumber, String courtName, long applicantId,
                         String title) {}

    private static final String INFO = "SELECT t.id, cc.case_number, cc.court_code, t.hearing_date, t.title, t.file_name, "
            + "t.size_bytes, t.sha256, a.display_name, t.attached_at, t.readable_until FROM hearing_transcript t "
            + "JOIN court_case cc ON cc.id = t.case_id JOIN account a ON a.id = t.attached_by ";

    private TranscriptRepository() {}

    /**
     * Stores the PDF and the transcript's row, and records it in the changes feed (entry {@link TranscriptInfo#FEED_ENTRY}
     * for the judge of the case) in the same transaction; returns its id.
     */
    public static long attach(Handle h, long caseId, LocalDate hearingDate, String title, String fileName, Content pdf,
                              long attachedBy, Instant at, LocalDate readableUntil) {
        String sha = BlobStore.put(h, pdf, "application/pdf");
        long id = h.createUpdate("INSERT INTO hearing_transcript (case_id, hearing_date, title, file_name, size_bytes, sha256, "
                        + "attached_by, attached_at, readable_until) VALUES (:c, :d, :t, :f, :n, :s, :by, :at, :u)")
                .bind("c", caseId).bind("d", hearingDate).bind("t", title.trim()).bind("f", fileName)
                .bind("n", pdf.size()).bind("s", sha).bind("by", attachedBy).bind("at", utc(at))
                .bind("u", readableUntil)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        long judgeId = h.createQuery("SELECT judge_id FROM court_case WHERE id = :c").bind("c", caseId)
                .mapTo(Long.class).one();
        ChangeLog.recordEntry(h, KIND, TranscriptInfo.FEED_ENTRY, id, judgeId, null, ChangeOp.UPSERT);
        return id;
    }

    /** These transcripts with the judge of their case (the audience of their feed entry), by id. */
    public static Map<Long, Long> judges(Handle h, Collection<Long> transcriptIds) {
        Map<Long, Long> judges = new java.util.HashMap<>();
        if (transcriptIds.isEmpty()) {
            return judges;
        }
        h.createQuery("SELECT t.id, cc.judge_id FROM hearing_transcript t JOIN court_case cc ON cc.id = t.case_id "
                        + "WHERE t.id IN (<ids>)")
                .bindList("ids", new ArrayList<>(transcriptIds))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> judges.put(e.getKey(), e.getValue()));
        return judges;
    }

    /** These transcripts, by id (absent ids are gone). */
    public static List<TranscriptInfo> infos(Handle h, Collection<Long> transcriptIds) {
        if (transcriptIds.isEmpty()) {
            return List.of();
        }
        return h.createQuery(INFO + "WHERE t.id IN (<ids>)").bindList("ids", new ArrayList<>(transcriptIds))
                .map((rs, c) -> info(rs, 0)).list();
    }

    /** The same, for bytes in memory (generated and demo files). */
    public static long attach(Handle h, long caseId, LocalDate hearingDate, String title, String fileName, byte[] pdf,
                              long attachedBy, Instant at, LocalDate readableUntil) {
        return attach(h, caseId, hearingDate, title, fileName, Content.of(pdf), attachedBy, at, readableUntil);
    }

    public static Optional<TranscriptInfo> info(Handle h, long transcriptId) {
        return h.createQuery(INFO + "WHERE t.id = :id").bind("id", transcriptId).map((rs, c) -> info(rs, 0)).findOne();
    }

    /** The transcripts of the cases of these judges (staff), or of one case, newest hearing first. */
    public static List<TranscriptInfo> forJudges(Handle h, Collection<Long> judgeIds, String caseNumber) {
        if (judgeIds.isEmpty()) {
            return List.of();
        }
        var q = h.createQuery(INFO + "WHERE cc.judge_id IN (<j>)" + (caseNumber == null ? "" : " AND cc.case_number = :n")
                        + " ORDER BY cc.case_number, t.hearing_date DESC, t.id DESC")
                .bindList("j", new ArrayList<>(judgeIds));
        if (caseNumber != null) {
            q.bind("n", caseNumber);
        }
        return q.map((rs, c) -> info(rs, 0)).list();
    }

    /** The transcripts of the cases in which this account is a party or a bound lawyer, newest first. */
    public static List<TranscriptInfo> forApplicant(Handle h, long accountId) {
        return h.createQuery(INFO + "WHERE t.case_id IN (SELECT case_id FROM case_party WHERE account_id = :a "
                        + "UNION SELECT case_id FROM case_agent WHERE lawyer_id = :a) ORDER BY t.attached_at DESC, t.id DESC")
                .bind("a", accountId).map((rs, c) -> info(rs, 0)).list();
    }

    public static Optional<Owner> owner(Handle h, long transcriptId) {
        return h.createQuery("SELECT t.id, cc.id, cc.case_number, cc.court_code, cc.judge_id, t.readable_until "
                        + "FROM hearing_transcript t JOIN court_case cc ON cc.id = t.case_id WHERE t.id = :id")
                .bind("id", transcriptId)
                .map((rs, c) -> new Owner(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getObject(6, LocalDate.class)))
                .findOne();
    }

    /** Whether the account is a party of the case or a lawyer bound to one of its parties. */
    public static boolean ofCase(Handle h, long caseId, long accountId) {
        return h.createQuery("SELECT (SELECT COUNT(*) FROM case_party WHERE case_id = :c AND account_id = :a) "
                        + "+ (SELECT COUNT(*) FROM case_agent WHERE case_id = :c AND lawyer_id = :a)")
                .bind("c", caseId).bind("a", accountId).mapTo(Integer.class).one() > 0;
    }

    /** A new 申请补正 in 待答复. Call with the feed lock held. */
    public static Requests.Created insertCorrection(Handle h, Owner owner, long applicantId, String content, Instant at,
                                                    LocalDate day, String applicationNo) {
        Requests.New header = new Requests.New(KIND, PREFIX, day, owner.caseId(), owner.courtCode(), owner.judgeId(),
                null, applicantId, at, RequestStatus.AWAITING_REPLY, null);
        Requests.Created created = applicationNo == null ? Requests.create(h, header)
                : Requests.create(h, header, applicationNo);
        h.createUpdate("INSERT INTO transcript_correction (id, transcript_id, content) VALUES (:id, :t, :c)")
                .bind("id", created.id()).bind("t", owner.transcriptId()).bind("c", content.trim()).execute();
        return created;
    }

    public static void decide(Handle h, long id, long deciderId, Instant at, String reason) {
        h.createUpdate("UPDATE transcript_correction SET decided_by = :by, decided_at = :at, reason = :r WHERE id = :id")
                .bind("by", deciderId).bind("at", utc(at))
                .bind("r", reason == null || reason.isBlank() ? null : reason.trim()).bind("id", id).execute();
    }

    public static Stored stored(Handle h, long id) {
        return h.createQuery("SELECT q.id, q.application_no, cc.case_number, ct.name, q.applicant_id, t.title "
                        + "FROM request q JOIN transcript_correction k ON k.id = q.id "
                        + "JOIN hearing_transcript t ON t.id = k.transcript_id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN court_case cc ON cc.id = q.case_id WHERE q.id = :id")
                .bind("id", id)
                .map((rs, c) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6)))
                .one();
    }

    public static Optional<TranscriptCorrectionView> find(Handle h, long id, boolean withAudit) {
        return findAll(h, List.of(id), withAudit).stream().findFirst();
    }

    public static List<TranscriptCorrectionView> forApplicantCorrections(Handle h, long applicantId) {
        return findAll(h, Requests.ofApplicant(h, KIND, applicantId), false);
    }

    public static List<TranscriptCorrectionView> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        return Requests.findAll(h, KIND, ids, withAudit,
                "SELECT q.id, q.application_no, cc.case_number, q.court_code, ct.name, q.applicant_id, "
                        + "a.display_name, q.submitted_at, q.status, q.version, j.display_name, k.content, "
                        + "d.display_name, k.decided_at, k.reason, k.transcript_id FROM request q "
                        + "JOIN transcript_correction k ON k.id = q.id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN account a ON a.id = q.applicant_id LEFT JOIN account j ON j.id = q.judge_id "
                        + "LEFT JOIN account d ON d.id = k.decided_by JOIN court_case cc ON cc.id = q.case_id ",
                (rs, c) -> {
                    RequestStatus status = RequestStatus.valueOf(rs.getString(9));
                    Instant decidedAt = instant(rs, 14);
                    TranscriptAnswer answer = decidedAt == null ? null : new TranscriptAnswer(rs.getString(13), decidedAt,
                            status == RequestStatus.CORRECTION_AGREED, rs.getString(15));
                    TranscriptInfo t = info(h, rs.getLong(16)).orElseThrow();
                    return new TranscriptCorrectionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getString(7), instant(rs, 8), status, rs.getLong(10),
                            rs.getString(11), t, rs.getString(12), answer, null);
                }, TranscriptCorrectionView::id, found -> (x, trail) -> new TranscriptCorrectionView(x.id(),
                        x.applicationNo(), x.caseNumber(), x.courtCode(), x.courtName(), x.applicantId(),
                        x.applicantName(), x.submittedAt(), x.status(), x.version(), x.judgeName(), x.transcript(),
                        x.content(), x.answer(), trail));
    }

    private static TranscriptInfo info(ResultSet rs, int o) throws SQLException {
        return new TranscriptInfo(rs.getLong(o + 1), rs.getString(o + 2), rs.getString(o + 3),
                rs.getObject(o + 4, LocalDate.class), rs.getString(o + 5), rs.getString(o + 6), rs.getLong(o + 7),
                rs.getString(o + 8), rs.getString(o + 9), instant(rs, o + 10), rs.getObject(o + 11, LocalDate.class));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
