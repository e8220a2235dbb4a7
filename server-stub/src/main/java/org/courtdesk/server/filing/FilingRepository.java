package org.courtdesk.server.filing;

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

import org.courtdesk.model.account.Role;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingForm;
import org.courtdesk.model.filing.FilingMaterialRef;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.FilingMessage;
import org.courtdesk.model.filing.FilingParty;
import org.courtdesk.model.filing.FilingReview;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.filing.PartyRole;
import org.courtdesk.model.filing.PartyType;
import org.courtdesk.model.filing.ReturnKind;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.files.Content;
import org.courtdesk.server.request.Pools;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 网上立案 kind's storage: its detail table filing_request (header in the core's {@code request}), parties,
 * supplement items, materials and the 留言 thread, and the {@link FilingView} built from them. Every write runs in the
 * caller's transaction; live submissions, staff actions and the demo seeder all write through here.
 */
public final class FilingRepository {

    public static final RequestKind KIND = RequestKind.ONLINE_FILING;
    /** 流水号 prefix (LA2026120700001). */
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** What the staff actions need of a filing once its header is locked. */
    public record Stored(long id, String applicationNo, String courtCode, String courtName, long applicantId,
                         Role applicantRole, Long judgeId, RequestStatus status, String opinion, ReturnKind returnKind,
                         LocalDate supplementDeadline, String plaintiffs, String defendants, String causeOfAction) {}

    private FilingRepository() {}

    // ------------------------------------------------------------------ writes

    /**
     * A new filing in 收: header (audience: {@code judgeId} and the court's centre reviewers), detail and parties.
     * Call with the feed lock held ({@link org.courtdesk.server.feed.ChangeLog#lock}): the 流水号 of the day is counted.
     * {@code applicationNo} null takes the next one.
     */
    public static Requests.Created insert(Handle h, FilingForm form, Long judgeId, long applicantId, Instant at,
                                          LocalDate day, String applicationNo) {
        String court = form.courtCode().trim();
        Requests.New header = new Requests.New(KIND, PREFIX, day, null, court, judgeId, Pools.centreReviewers(court),
                applicantId, at, RequestStatus.FILING_RECEIVED, null);
        Requests.Created created = applicationNo == null ? Requests.create(h, header)
                : Requests.create(h, header, applicationNo);
        h.createUpdate("INSERT INTO filing_request (id, cause_of_action, claims, facts_and_reasons, amount_in_dispute) "
                        + "VALUES (:id, :cause, :claims, :facts, :amount)")
                .bind("id", created.id()).bind("cause", form.causeOfAction().trim()).bind("claims", form.claims().trim())
                .bind("facts", form.factsAndReasons().trim()).bind("amount", form.amountInDispute()).execute();
        List<FilingParty> parties = form.parties();
        for (int i = 0; i < parties.size(); i++) {
            FilingParty p = parties.get(i);
            h.createUpdate("INSERT INTO filing_party (request_id, position, party_role, party_type, name, id_number, "
                            + "address, phone, legal_representative) VALUES (:r, :pos, :role, :type, :name, :idn, :addr, "
                            + ":phone, :rep)")
                    .bind("r", created.id()).bind("pos", i + 1).bind("role", p.role().name())
                    .bind("type", (p.type() == null ? PartyType.PERSON : p.type()).name()).bind("name", p.name().trim())
                    .bind("idn", trimmed(p.idNumber())).bind("addr", trimmed(p.address())).bind("phone", trimmed(p.phone()))
                    .bind("rep", trimmed(p.legalRepresentative())).execute();
        }
        return created;
    }

    /** Stores a material's bytes (once per content) and its row; returns the SHA-256. */
    public static String attachMaterial(Handle h, long id, FilingMaterialType type, String fileName, String contentType,
                                        Content bytes, Instant at) {
        String sha = BlobStore.put(h, bytes, contentType);
        h.createUpdate("INSERT INTO filing_material (request_id, material_type, file_name, content_type, size_bytes, "
                        + "sha256, uploaded_at) VALUES (:r, :t, :f, :ct, :n, :s, :at)")
                .bind("r", id).bind("t", type.name()).bind("f", fileName).bind("ct", contentType)
                .bind("n", bytes.size()).bind("s", sha).bind("at", utc(at)).execute();
        return sha;
    }

    /** The same, for bytes in memory (generated and demo files). */
    public static String attachMaterial(Handle h, long id, FilingMaterialType type, String fileName, String contentType,
                                        byte[] bytes, Instant at) {
        return attachMaterial(h, id, type, fileName, contentType, Content.of(bytes), at);
    }

    /** One entry of the 留言 thread. */
    public static void addMessage(Handle h, long id, Instant at, long authorId, String authorName, Role authorRole,
                                  String text) {
        h.createUpdate("INSERT INTO filing_message (request_id, at, author_id, author_name, author_role, text) "
                        + "VALUES (:r, :at, :a, :n, :role, :t)")
                .bind("r", id).bind("at", utc(at)).bind("a", authorId).bind("n", authorName)
                .bind("role", authorRole.name()).bind("t", text.trim()).execute();
    }

    /** 审查 step 1: the opinion (saved again replaces it). */
    public static void saveOpinion(Handle h, long id, long reviewerId, String opinion, Instant at) {
        h.createUpdate("UPDATE filing_request SET opinion = :o, opinion_saved_at = :at, reviewer_id = :rv WHERE id = :id")
                .bind("o", opinion.trim()).bind("at", utc(at)).bind("rv", reviewerId).bind("id", id).execute();
    }

    /** 审查 step 2: the conclusion, and for 退 which outcome with its items/deadline or reasons. */
    public static void conclude(Handle h, long id, long reviewerId, FilingConclusion conclusion, ReturnKind returnKind,
                                List<String> items, LocalDate deadline, String refusalReasons, Instant at) {
        h.createUpdate("UPDATE filing_request SET conclusion = :c, concluded_at = :at, reviewer_id = :rv, "
                        + "return_kind = :rk, supplement_deadline = :dl, refusal_reasons = :rr WHERE id = :id")
                .bind("c", conclusion.name()).bind("at", utc(at)).bind("rv", reviewerId)
                .bind("rk", returnKind == null ? null : returnKind.name()).bind("dl", deadline)
                .bind("rr", trimmed(refusalReasons)).bind("id", id).execute();
        h.createUpdate("DELETE FROM filing_supplement_item WHERE request_id = :id").bind("id", id).execute();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                h.createUpdate("INSERT INTO filing_supplement_item (request_id, position, item) VALUES (:r, :p, :t)")
                        .bind("r", id).bind("p", i + 1).bind("t", items.get(i).trim()).execute();
            }
        }
    }

    /**
     * The applicant's 补正 arrived: the 7 days restart from it, and the review starts afresh (the earlier round
     * stays in the audit trail). The caller moves the header 退→收.
     */
    public static void supplemented(Handle h, long id, Instant at) {
        h.createUpdate("UPDATE filing_request SET last_supplement_at = :at, opinion = NULL, opinion_saved_at = NULL, "
                        + "reviewer_id = NULL, conclusion = NULL, concluded_at = NULL, return_kind = NULL, "
                        + "supplement_deadline = NULL, refusal_reasons = NULL WHERE id = :id")
                .bind("at", utc(at)).bind("id", id).execute();
        h.createUpdate("DELETE FROM filing_supplement_item WHERE request_id = :id").bind("id", id).execute();
    }

    /** 收案 done: the 案号 the trial system gave. */
    public static void filed(Handle h, long id, String caseNumber, Instant at) {
        h.createUpdate("UPDATE filing_request SET case_number = :n, filed_at = :at WHERE id = :id")
                .bind("n", caseNumber).bind("at", utc(at)).bind("id", id).execute();
    }

    /**
     * The 承办法官 a new filing goes to [I]: the judge of the court with the fewest filings in 收, ties to the lowest
     * id (spreads the work; the seed does not say how a filing gets its judge). Empty when the court has no judge:
     * the filing then is the centre reviewers' alone.
     */
    public static Optional<Long> chooseJudge(Handle h, String courtCode) {
        return h.createQuery("SELECT a.id FROM account a WHERE a.role = 'JUDGE' AND a.court_code = :c ORDER BY "
                        + "(SELECT COUNT(*) FROM request r WHERE r.judge_id = a.id AND r.kind = :k AND r.status = :s), a.id")
                .bind("c", courtCode).bind("k", KIND.name()).bind("s", RequestStatus.FILING_RECEIVED.name())
                .mapTo(Long.class).findFirst();
    }

    // ------------------------------------------------------------------ reads

    /** The detail row of a filing whose header the caller holds. */
    public static Stored stored(Handle h, long id) {
        List<FilingParty> parties = parties(h, List.of(id)).getOrDefault(id, List.of());
        return h.createQuery("SELECT q.id, q.application_no, q.court_code, ct.name, q.applicant_id, a.role, q.judge_id, "
                        + "q.status, f.opinion, f.return_kind, f.supplement_deadline, f.cause_of_action FROM request q "
                        + "JOIN filing_request f ON f.id = q.id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN account a ON a.id = q.applicant_id WHERE q.id = :id")
                .bind("id", id)
                .map((rs, c) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        Role.valueOf(rs.getString(6)), (Long) rs.getObject(7, Long.class),
                        RequestStatus.valueOf(rs.getString(8)), rs.getString(9),
                        rs.getString(10) == null ? null : ReturnKind.valueOf(rs.getString(10)),
                        rs.getObject(11, LocalDate.class), names(parties, PartyRole.PLAINTIFF),
                        names(parties, PartyRole.DEFENDANT), rs.getString(12)))
                .one();
    }

    public static Optional<FilingView> find(Handle h, long id, boolean withAudit) {
        return findAll(h, List.of(id), withAudit).stream().findFirst();
    }

    /** The applicant's own filings, newest first, without audit trails. */
    public static List<FilingView> forApplicant(Handle h, long applicantId) {
        return findAll(h, Requests.ofApplicant(h, KIND, applicantId), false);
    }

    /** The views of these filings in the order of {@code ids} (missing ones left out). */
    public static List<FilingView> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        return Requests.findAll(h, KIND, ids, withAudit,
                "SELECT q.id, q.application_no, q.court_code, ct.name, q.applicant_id, a.display_name, a.role, "
                        + "q.submitted_at, q.status, q.version, j.display_name, f.cause_of_action, f.claims, "
                        + "f.facts_and_reasons, f.amount_in_dispute, f.last_supplement_at, f.opinion, f.opinion_saved_at, "
                        + "rv.display_name, f.conclusion, f.concluded_at, f.return_kind, f.supplement_deadline, "
                        + "f.refusal_reasons, f.filed_at, f.case_number FROM request q "
                        + "JOIN filing_request f ON f.id = q.id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN account a ON a.id = q.applicant_id LEFT JOIN account j ON j.id = q.judge_id "
                        + "LEFT JOIN account rv ON rv.id = f.reviewer_id ",
                (rs, c) -> header(rs), x -> x.id, found -> {
                    Map<Long, List<FilingParty>> parties = parties(h, found);
                    Map<Long, List<String>> items = items(h, found);
                    Map<Long, List<FilingMaterialRef>> materials = materials(h, found);
                    Map<Long, List<FilingMessage>> messages = messages(h, found);
                    return (x, trail) -> {
                        FilingReview review = x.opinion == null && x.conclusion == null ? null
                                : new FilingReview(x.reviewerName, x.opinion, x.opinionSavedAt, x.conclusion, x.concludedAt,
                                        x.returnKind, x.returnKind == ReturnKind.SUPPLEMENT
                                                ? items.getOrDefault(x.id, List.of()) : null,
                                        x.supplementDeadline, x.refusalReasons);
                        return new FilingView(x.id, x.applicationNo, x.caseNumber, x.courtCode, x.courtName,
                                x.applicantId, x.applicantName, x.applicantRole, x.submittedAt, x.lastSupplementAt,
                                parties.getOrDefault(x.id, List.of()), x.cause, x.claims, x.facts, x.amount, x.status,
                                x.version, x.judgeName, review, x.filedAt, materials.getOrDefault(x.id, List.of()),
                                messages.getOrDefault(x.id, List.of()), trail);
                    };
                });
    }

    /** The plaintiffs' (or defendants') names, joined for a title or an SMS: 张三、李四. */
    static String names(List<FilingParty> parties, PartyRole role) {
        return String.join("、", parties.stream().filter(p -> p.role() == role).map(FilingParty::name).toList());
    }

    private static final class Header {
        long id;
        String applicationNo;
        String courtCode;
        String courtName;
        long applicantId;
        String applicantName;
        Role applicantRole;
        Instant submittedAt;
        RequestStatus status;
        long version;
        String judgeName;
        String cause;
        String claims;
        String facts;
        BigDecimal amount;
        Instant lastSupplementAt;
        String opinion;
        Instant opinionSavedAt;
        String reviewerName;
        FilingConclusion conclusion;
        Instant concludedAt;
        ReturnKind returnKind;
        LocalDate supplementDeadline;
        String refusalReasons;
        Instant filedAt;
        String caseNumber;
    }

    private static Header header(ResultSet rs) throws SQLException {
        Header x = new Header();
        x.id = rs.getLong(1);
        x.applicationNo = rs.getString(2);
        x.courtCode = rs.getString(3);
        x.courtName = rs.getString(4);
        x.applicantId = rs.getLong(5);
        x.applicantName = rs.getString(6);
        x.applicantRole = Role.valueOf(rs.getString(7));
        x.submittedAt = instant(rs, 8);
        x.status = RequestStatus.valueOf(rs.getString(9));
        x.version = rs.getLong(10);
        x.judgeName = rs.getString(11);
        x.cause = rs.getString(12);
        x.claims = rs.getString(13);
        x.facts = rs.getString(14);
        x.amount = rs.getBigDecimal(15);
        x.lastSupplementAt = instant(rs, 16);
        x.opinion = rs.getString(17);
        x.opinionSavedAt = instant(rs, 18);
        x.reviewerName = rs.getString(19);
        x.conclusion = rs.getString(20) == null ? null : FilingConclusion.valueOf(rs.getString(20));
        x.concludedAt = instant(rs, 21);
        x.returnKind = rs.getString(22) == null ? null : ReturnKind.valueOf(rs.getString(22));
        x.supplementDeadline = rs.getObject(23, LocalDate.class);
        x.refusalReasons = rs.getString(24);
        x.filedAt = instant(rs, 25);
        x.caseNumber = rs.getString(26);
        return x;
    }

    private static Map<Long, List<FilingParty>> parties(Handle h, Collection<Long> ids) {
        Map<Long, List<FilingParty>> out = new HashMap<>();
        h.createQuery("SELECT request_id, party_role, party_type, name, id_number, address, phone, legal_representative "
                        + "FROM filing_party WHERE request_id IN (<ids>) ORDER BY request_id, position")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new FilingParty(PartyRole.valueOf(rs.getString(2)),
                        PartyType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private static Map<Long, List<String>> items(Handle h, Collection<Long> ids) {
        Map<Long, List<String>> out = new HashMap<>();
        h.createQuery("SELECT request_id, item FROM filing_supplement_item WHERE request_id IN (<ids>) "
                        + "ORDER BY request_id, position")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private static Map<Long, List<FilingMaterialRef>> materials(Handle h, Collection<Long> ids) {
        Map<Long, List<FilingMaterialRef>> out = new HashMap<>();
        h.createQuery("SELECT request_id, id, material_type, file_name, content_type, size_bytes, sha256, uploaded_at "
                        + "FROM filing_material WHERE request_id IN (<ids>) ORDER BY request_id, id")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new FilingMaterialRef(rs.getLong(2),
                        FilingMaterialType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6),
                        rs.getString(7), instant(rs, 8))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private static Map<Long, List<FilingMessage>> messages(Handle h, Collection<Long> ids) {
        Map<Long, List<FilingMessage>> out = new HashMap<>();
        h.createQuery("SELECT request_id, id, at, author_name, author_role, text FROM filing_message "
                        + "WHERE request_id IN (<ids>) ORDER BY request_id, at, id")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new FilingMessage(rs.getLong(2), instant(rs, 3),
                        rs.getString(4), Role.valueOf(rs.getString(5)), rs.getString(6))))
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

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
