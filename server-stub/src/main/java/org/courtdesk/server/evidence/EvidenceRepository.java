package org.courtdesk.server.evidence;

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

import org.courtdesk.model.evidence.CrossExam;
import org.courtdesk.model.evidence.CrossExamForm;
import org.courtdesk.model.evidence.DeadlineChange;
import org.courtdesk.model.evidence.EvidenceDeadlines;
import org.courtdesk.model.evidence.EvidenceEntry;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceItem;
import org.courtdesk.model.evidence.EvidenceProcedure;
import org.courtdesk.model.evidence.EvidenceReviewRecord;
import org.courtdesk.model.evidence.EvidenceRules;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.files.Content;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 证据交换 kind's storage: its detail table evidence_exchange (header in the core's {@code request}), the catalogue
 * items with their files, the 质证 of each item by each other side, the record of every 修改, the 审查; and the
 * {@link EvidenceExchangeView} built from them with the effective status of {@code today}. Every write runs in the
 * caller's transaction.
 */
public final class EvidenceRepository {

    public static final RequestKind KIND = RequestKind.EVIDENCE_EXCHANGE;
    /** 申请编号 prefix (ZJ2026120700001). */
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** The case an exchange is held for. */
    public record CaseRow(long id, String number, String title, String courtCode, long judgeId, String status) {}

    /** What actions and uploads need once the header is locked. */
    public record Stored(long id, String applicationNo, long caseId, String caseNumber, String courtCode, String courtName,
                         long judgeId, RequestStatus status, EvidenceProcedure procedure, EvidenceDeadlines deadlines) {

        /** The status of {@code today}: 举证中 turns 质证中 after the last 举证期限. */
        public RequestStatus effectiveStatus(LocalDate today) {
            return EvidenceRules.effectiveStatus(status, deadlines, today);
        }
    }

    private EvidenceRepository() {}

    public static Optional<CaseRow> caseOf(Handle h, String number) {
        return h.createQuery("SELECT id, case_number, title, court_code, judge_id, status FROM court_case WHERE case_number = :n")
                .bind("n", number)
                .map((rs, c) -> new CaseRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6)))
                .findFirst();
    }

    /** Whether the case has an exchange not yet reviewed (one runs at a time; rebuttal evidence gets the next one). */
    public static boolean hasOpenExchange(Handle h, long caseId) {
        return h.createQuery("SELECT COUNT(*) FROM request WHERE kind = :k AND case_id = :c AND status <> :done")
                .bind("k", KIND.name()).bind("c", caseId).bind("done", RequestStatus.EVIDENCE_REVIEWED.name())
                .mapTo(Integer.class).one() > 0;
    }

    /** A new exchange in 举证中. Call with the feed lock held ({@link Requests#create}). */
    public static Requests.Created insert(Handle h, CaseRow kase, long creatorId, Instant at, LocalDate day,
                                          EvidenceProcedure procedure, EvidenceDeadlines d, LocalDate exchangeDay,
                                          String applicationNo) {
        Requests.New header = new Requests.New(KIND, PREFIX, day, kase.id(), kase.courtCode(), kase.judgeId(), null,
                creatorId, at, RequestStatus.EVIDENCE_PRODUCING, null);
        Requests.Created created = applicationNo == null ? Requests.create(h, header) : Requests.create(h, header, applicationNo);
        h.createUpdate("INSERT INTO evidence_exchange (id, procedure_kind, plaintiff_deadline, defendant_deadline, "
                        + "third_party_deadline, cross_deadline, exchange_day) VALUES (:id, :p, :pd, :dd, :td, :cd, :x)")
                .bind("id", created.id()).bind("p", procedure.name()).bind("pd", d.plaintiff()).bind("dd", d.defendant())
                .bind("td", d.thirdParty()).bind("cd", d.crossExamination()).bind("x", exchangeDay).execute();
        return created;
    }

    public static Stored stored(Handle h, long id) {
        return h.createQuery("SELECT q.id, q.application_no, q.case_id, cc.case_number, q.court_code, ct.name, q.judge_id, "
                        + "q.status, e.procedure_kind, e.plaintiff_deadline, e.defendant_deadline, e.third_party_deadline, "
                        + "e.cross_deadline FROM request q JOIN evidence_exchange e ON e.id = q.id "
                        + "JOIN court ct ON ct.code = q.court_code JOIN court_case cc ON cc.id = q.case_id WHERE q.id = :id")
                .bind("id", id)
                .map((rs, c) -> new Stored(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), RequestStatus.valueOf(rs.getString(8)),
                        EvidenceProcedure.valueOf(rs.getString(9)), deadlines(rs, 10)))
                .one();
    }

    /** The side a lawyer acts for in the case (the party they are bound to, 案件绑定); empty for anyone else. */
    public static Optional<EvidenceSide> sideOf(Handle h, long caseId, long lawyerId) {
        return h.createQuery("SELECT p.party_role FROM case_agent a JOIN case_party p ON p.id = a.party_id "
                        + "WHERE a.case_id = :c AND a.lawyer_id = :l ORDER BY p.id")
                .bind("c", caseId).bind("l", lawyerId).mapTo(String.class).findFirst().map(EvidenceSide::valueOf);
    }

    /** The lawyers on record of the case (who get the exchange's SMS). */
    public static List<Long> lawyersOf(Handle h, long caseId) {
        return h.createQuery("SELECT DISTINCT lawyer_id FROM case_agent WHERE case_id = :c ORDER BY lawyer_id")
                .bind("c", caseId).mapTo(Long.class).list();
    }

    public static boolean seqTaken(Handle h, long exchangeId, EvidenceSide side, int seq) {
        return h.createQuery("SELECT COUNT(*) FROM evidence_item WHERE exchange_id = :e AND side = :s AND seq = :q")
                .bind("e", exchangeId).bind("s", side.name()).bind("q", seq).mapTo(Integer.class).one() > 0;
    }

    /** Adds an item to {@code side}'s catalogue with its file; returns the item's id. */
    public static long addItem(Handle h, long exchangeId, EvidenceSide side, EvidenceEntry e, long by, Instant at,
                               boolean late, boolean paper, String fileName, String contentType, Content bytes) {
        String sha = BlobStore.put(h, bytes, contentType);
        return h.createUpdate("INSERT INTO evidence_item (exchange_id, side, seq, name, source, proves, pages, submitted_by, "
                        + "submitted_at, late, paper, file_name, content_type, size_bytes, sha256) VALUES (:e, :side, :seq, "
                        + ":name, :source, :proves, :pages, :by, :at, :late, :paper, :fn, :ct, :n, :sha)")
                .bind("e", exchangeId).bind("side", side.name()).bind("seq", e.seq()).bind("name", e.name().trim())
                .bind("source", e.source().trim()).bind("proves", e.proves().trim()).bind("pages", e.pages())
                .bind("by", by).bind("at", utc(at)).bind("late", late).bind("paper", paper).bind("fn", fileName)
                .bind("ct", contentType).bind("n", bytes.size()).bind("sha", sha)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The same, for bytes in memory (generated and demo files). */
    public static long addItem(Handle h, long exchangeId, EvidenceSide side, EvidenceEntry e, long by, Instant at,
                               boolean late, boolean paper, String fileName, String contentType, byte[] bytes) {
        return addItem(h, exchangeId, side, e, by, at, late, paper, fileName, contentType, Content.of(bytes));
    }

    /** The side and the catalogue entry of item {@code itemId} of exchange {@code exchangeId}; empty when it is not one of its items. */
    public static Optional<Map.Entry<EvidenceSide, String>> item(Handle h, long exchangeId, long itemId) {
        return h.createQuery("SELECT side, seq, name FROM evidence_item WHERE id = :i AND exchange_id = :e")
                .bind("i", itemId).bind("e", exchangeId)
                .map((rs, c) -> Map.entry(EvidenceSide.valueOf(rs.getString(1)), rs.getInt(2) + ". " + rs.getString(3)))
                .findOne();
    }

    /** Stores {@code side}'s 质证 of an item, replacing its earlier one. */
    public static void crossExamine(Handle h, long itemId, EvidenceSide side, long by, CrossExamForm f, Instant at) {
        h.createUpdate("DELETE FROM evidence_cross_exam WHERE item_id = :i AND side = :s")
                .bind("i", itemId).bind("s", side.name()).execute();
        h.createUpdate("INSERT INTO evidence_cross_exam (item_id, side, examiner_id, authenticity, legality, relevance, "
                        + "objection, objection_reason, examined_at) VALUES (:i, :s, :by, :a, :l, :r, :o, :why, :at)")
                .bind("i", itemId).bind("s", side.name()).bind("by", by).bind("a", f.authenticity().trim())
                .bind("l", f.legality().trim()).bind("r", f.relevance().trim()).bind("o", f.objection().booleanValue())
                .bind("why", Boolean.TRUE.equals(f.objection()) ? f.objectionReason().trim() : null).bind("at", utc(at))
                .execute();
    }

    /** Sets the new deadlines and records each changed one (who, old → new, why); returns the records' lines. */
    public static List<String> changeDeadlines(Handle h, long id, EvidenceDeadlines old, EvidenceDeadlines next, long by,
                                               Instant at, String reason) {
        h.createUpdate("UPDATE evidence_exchange SET plaintiff_deadline = :pd, defendant_deadline = :dd, "
                        + "third_party_deadline = :td, cross_deadline = :cd WHERE id = :id")
                .bind("pd", next.plaintiff()).bind("dd", next.defendant()).bind("td", next.thirdParty())
                .bind("cd", next.crossExamination()).bind("id", id).execute();
        List<String> lines = new ArrayList<>();
        String[] labels = {"原告举证期限", "被告举证期限", "第三人举证期限", "质证期限"};
        LocalDate[] before = {old.plaintiff(), old.defendant(), old.thirdParty(), old.crossExamination()};
        LocalDate[] after = {next.plaintiff(), next.defendant(), next.thirdParty(), next.crossExamination()};
        for (int i = 0; i < labels.length; i++) {
            if (after[i] != null && !after[i].equals(before[i])) {
                h.createUpdate("INSERT INTO evidence_deadline_change (exchange_id, changed_by, changed_at, deadline, old_value, "
                                + "new_value, reason) VALUES (:e, :by, :at, :d, :o, :n, :r)")
                        .bind("e", id).bind("by", by).bind("at", utc(at)).bind("d", labels[i]).bind("o", before[i])
                        .bind("n", after[i]).bind("r", reason.trim()).execute();
                lines.add(labels[i] + "：" + (before[i] == null ? "（无）" : before[i]) + " → " + after[i]);
            }
        }
        return lines;
    }

    public static void reviewed(Handle h, long id, long by, Instant at, String opinion) {
        h.createUpdate("UPDATE evidence_exchange SET reviewed_by = :by, reviewed_at = :at, review_opinion = :o WHERE id = :id")
                .bind("by", by).bind("at", utc(at)).bind("o", opinion.trim()).bind("id", id).execute();
    }

    public static Optional<EvidenceExchangeView> find(Handle h, long id, LocalDate today, boolean withAudit) {
        return findAll(h, List.of(id), today, withAudit).stream().findFirst();
    }

    /** The exchanges of the cases a lawyer acts in, newest first. */
    public static List<EvidenceExchangeView> forLawyer(Handle h, long lawyerId, LocalDate today) {
        List<Long> ids = h.createQuery("SELECT q.id FROM request q WHERE q.kind = :k AND EXISTS (SELECT 1 FROM case_agent a "
                        + "WHERE a.case_id = q.case_id AND a.lawyer_id = :l) ORDER BY q.submitted_at DESC, q.id DESC")
                .bind("k", KIND.name()).bind("l", lawyerId).mapTo(Long.class).list();
        return findAll(h, ids, today, false);
    }

    public static List<EvidenceExchangeView> findAll(Handle h, Collection<Long> ids, LocalDate today, boolean withAudit) {
        Map<Long, Long> caseIds = new HashMap<>();
        return Requests.findAll(h, KIND, ids, withAudit,
                "SELECT q.id, q.application_no, cc.case_number, cc.title, q.court_code, ct.name, q.applicant_id, "
                        + "a.display_name, q.submitted_at, e.procedure_kind, e.plaintiff_deadline, e.defendant_deadline, "
                        + "e.third_party_deadline, e.cross_deadline, e.exchange_day, q.status, q.version, j.display_name, "
                        + "r.display_name, e.reviewed_at, e.review_opinion, q.case_id FROM request q "
                        + "JOIN evidence_exchange e ON e.id = q.id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN court_case cc ON cc.id = q.case_id JOIN account a ON a.id = q.applicant_id "
                        + "LEFT JOIN account j ON j.id = q.judge_id LEFT JOIN account r ON r.id = e.reviewed_by ",
                (rs, c) -> {
                    caseIds.put(rs.getLong(1), rs.getLong(22));
                    return row(rs, today);
                }, EvidenceExchangeView::id, found -> {
                    Map<Long, List<EvidenceItem>> items = items(h, found);
                    Map<Long, List<DeadlineChange>> changes = changes(h, found);
                    Map<Long, Map<String, List<String>>> parties = parties(h, caseIds.values());
                    return (x, trail) -> {
                        Map<String, List<String>> p = parties.getOrDefault(caseIds.get(x.id()), Map.of());
                        return new EvidenceExchangeView(x.id(), x.applicationNo(), x.caseNumber(), x.caseTitle(),
                                x.courtCode(), x.courtName(), x.applicantId(), x.applicantName(), x.submittedAt(),
                                x.procedure(), x.deadlines(), x.exchangeDay(), x.status(), x.version(), x.judgeName(),
                                p.getOrDefault("PLAINTIFF", List.of()), p.getOrDefault("OTHER", List.of()),
                                items.getOrDefault(x.id(), List.of()), changes.getOrDefault(x.id(), List.of()), x.review(),
                                trail);
                    };
                });
    }

    private static EvidenceExchangeView row(ResultSet rs, LocalDate today) throws SQLException {
        EvidenceDeadlines d = deadlines(rs, 11);
        Instant reviewedAt = instant(rs, 20);
        EvidenceReviewRecord review = reviewedAt == null ? null : new EvidenceReviewRecord(rs.getString(19), reviewedAt,
                rs.getString(21));
        RequestStatus stored = RequestStatus.valueOf(rs.getString(16));
        return new EvidenceExchangeView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), instant(rs, 9), EvidenceProcedure.valueOf(rs.getString(10)),
                d, rs.getObject(15, LocalDate.class), EvidenceRules.effectiveStatus(stored, d, today), rs.getLong(17),
                rs.getString(18), null, null, null, null, review, null);
    }

    private static EvidenceDeadlines deadlines(ResultSet rs, int first) throws SQLException {
        return new EvidenceDeadlines(rs.getObject(first, LocalDate.class), rs.getObject(first + 1, LocalDate.class),
                rs.getObject(first + 2, LocalDate.class), rs.getObject(first + 3, LocalDate.class));
    }

    private static Map<Long, List<EvidenceItem>> items(Handle h, Collection<Long> ids) {
        record Raw(long exchange, EvidenceItem item) {}
        List<Raw> raws = h.createQuery("SELECT i.exchange_id, i.id, i.side, i.seq, i.name, i.source, i.proves, i.pages, "
                        + "a.display_name, i.submitted_at, i.late, i.paper, i.file_name, i.content_type, i.size_bytes, i.sha256 "
                        + "FROM evidence_item i JOIN account a ON a.id = i.submitted_by WHERE i.exchange_id IN (<ids>)")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> new Raw(rs.getLong(1), new EvidenceItem(rs.getLong(2), EvidenceSide.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9),
                        instant(rs, 10), rs.getBoolean(11), rs.getBoolean(12), rs.getString(13), rs.getString(14),
                        rs.getLong(15), rs.getString(16), List.of())))
                .list();
        Map<Long, List<CrossExam>> exams = new HashMap<>();
        if (!raws.isEmpty()) {
            h.createQuery("SELECT x.item_id, x.side, a.display_name, x.authenticity, x.legality, x.relevance, x.objection, "
                            + "x.objection_reason, x.examined_at FROM evidence_cross_exam x JOIN account a ON a.id = x.examiner_id "
                            + "WHERE x.item_id IN (<items>)")
                    .bindList("items", raws.stream().map(r -> r.item().id()).toList())
                    .map((rs, c) -> Map.entry(rs.getLong(1), new CrossExam(EvidenceSide.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                            rs.getString(8), instant(rs, 9))))
                    .forEach(e -> exams.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        Map<Long, List<EvidenceItem>> out = new HashMap<>();
        raws.stream()
                .sorted(java.util.Comparator.<Raw>comparingLong(Raw::exchange).thenComparing(r -> r.item().side())
                        .thenComparingInt(r -> r.item().seq()))
                .forEach(r -> {
                    EvidenceItem i = r.item();
                    List<CrossExam> x = new ArrayList<>(exams.getOrDefault(i.id(), List.of()));
                    x.sort(java.util.Comparator.comparing(CrossExam::side));
                    out.computeIfAbsent(r.exchange(), k -> new ArrayList<>()).add(new EvidenceItem(i.id(), i.side(), i.seq(),
                            i.name(), i.source(), i.proves(), i.pages(), i.submitterName(), i.submittedAt(), i.late(),
                            i.paper(), i.fileName(), i.contentType(), i.size(), i.sha256(), x));
                });
        return out;
    }

    private static Map<Long, List<DeadlineChange>> changes(Handle h, Collection<Long> ids) {
        Map<Long, List<DeadlineChange>> out = new HashMap<>();
        h.createQuery("SELECT c.exchange_id, a.display_name, c.changed_at, c.deadline, c.old_value, c.new_value, c.reason "
                        + "FROM evidence_deadline_change c JOIN account a ON a.id = c.changed_by "
                        + "WHERE c.exchange_id IN (<ids>) ORDER BY c.exchange_id, c.id")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new DeadlineChange(rs.getString(2), instant(rs, 3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** The parties' names per case: PLAINTIFF, and OTHER (被告 and 第三人, the right pane's). */
    private static Map<Long, Map<String, List<String>>> parties(Handle h, Collection<Long> caseIds) {
        Map<Long, Map<String, List<String>>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        h.createQuery("SELECT case_id, party_role, name FROM case_party WHERE case_id IN (<c>) ORDER BY case_id, id")
                .bindList("c", new ArrayList<>(new java.util.LinkedHashSet<>(caseIds)))
                .map((rs, c) -> new String[] {Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3)})
                .forEach(r -> out.computeIfAbsent(Long.parseLong(r[0]), k -> new HashMap<>())
                        .computeIfAbsent("PLAINTIFF".equals(r[1]) ? "PLAINTIFF" : "OTHER", k -> new ArrayList<>())
                        .add("THIRD_PARTY".equals(r[1]) ? r[2] + "（第三人）" : r[2]));
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
