package org.courtdesk.server.suggestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.suggestion.SuggestionCategory;
import org.courtdesk.model.suggestion.SuggestionView;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 意见建议 kind's storage: its detail table suggestion_request (header in the core's {@code request}) and the
 * {@link SuggestionView} built from both. Every write runs in the caller's transaction; live submissions, the reply and
 * the demo seeder all write through here.
 */
public final class SuggestionRepository {

    public static final RequestKind KIND = RequestKind.SUGGESTION;
    /** 申请编号 prefix (JY2026120700001). */
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** A case of a court as a suggestion needs it. */
    public record CaseRow(long id, String caseNumber, long judgeId) {}

    /** What the reply needs once the header is locked. */
    public record Stored(long id, String courtName, String caseNumber, String title, long applicantId) {}

    /** A view and its audience: the judge, or the pool (the feed's audience). */
    public record Found(Long judgeId, String pool, SuggestionView view) {}

    private SuggestionRepository() {}

    public static Optional<String> courtName(Handle h, String courtCode) {
        return h.createQuery("SELECT name FROM court WHERE code = :c").bind("c", courtCode).mapTo(String.class).findOne();
    }

    /** The court's reply period in days (court.suggestion_reply_days, a setting per court). */
    public static int replyDays(Handle h, String courtCode) {
        return h.createQuery("SELECT suggestion_reply_days FROM court WHERE code = :c").bind("c", courtCode)
                .mapTo(Integer.class).one();
    }

    /** The case with this 案号 at this court, only if {@code accountId} is a party (own name) or a lawyer on record. */
    public static Optional<CaseRow> caseOnRecord(Handle h, String courtCode, String caseNumber, long accountId) {
        return h.createQuery("SELECT c.id, c.case_number, c.judge_id FROM court_case c "
                        + "WHERE c.court_code = :court AND c.case_number = :n AND c.judge_id IS NOT NULL AND ("
                        + "EXISTS (SELECT 1 FROM case_party p WHERE p.case_id = c.id AND p.account_id = :a) "
                        + "OR EXISTS (SELECT 1 FROM case_agent g WHERE g.case_id = c.id AND g.lawyer_id = :a))")
                .bind("court", courtCode).bind("n", caseNumber).bind("a", accountId)
                .map((rs, c) -> new CaseRow(rs.getLong(1), rs.getString(2), rs.getLong(3))).findOne();
    }

    /** What a new suggestion stores besides its header; {@code kase} null puts it in {@code pool}. */
    public record New(CaseRow kase, String pool, String courtCode, long applicantId, SuggestionCategory category,
                      String title, String content, int replyDays, Instant at, LocalDate day, Instant dueAt) {}

    /** A new suggestion in 待答复. Call with the feed lock held; {@code applicationNo} null takes the next one. */
    public static Requests.Created insert(Handle h, New n, String applicationNo) {
        Requests.New header = new Requests.New(KIND, PREFIX, n.day(), n.kase() == null ? null : n.kase().id(),
                n.courtCode(), n.kase() == null ? null : n.kase().judgeId(), n.kase() == null ? n.pool() : null,
                n.applicantId(), n.at(), RequestStatus.AWAITING_REPLY, n.dueAt());
        Requests.Created created = applicationNo == null ? Requests.create(h, header)
                : Requests.create(h, header, applicationNo);
        h.createUpdate("INSERT INTO suggestion_request (id, category, title, content, reply_days, reply_due) "
                        + "VALUES (:id, :c, :t, :x, :d, :due)")
                .bind("id", created.id()).bind("c", n.category().name()).bind("t", n.title().trim())
                .bind("x", n.content().trim()).bind("d", n.replyDays()).bind("due", n.day().plusDays(n.replyDays()))
                .execute();
        return created;
    }

    /** The reply's own columns (the header's status is the pipeline's). */
    public static void reply(Handle h, long id, long byId, Instant at, String reply) {
        h.createUpdate("UPDATE suggestion_request SET reply = :r, replied_by = :by, replied_at = :at WHERE id = :id")
                .bind("r", reply.trim()).bind("by", byId).bind("at", utc(at)).bind("id", id).execute();
    }

    private static final String SELECT = "SELECT q.id, q.application_no, q.court_code, ct.name, c.case_number, c.title, "
            + "q.applicant_id, a.display_name, a.role, a.phone, q.submitted_at, x.category, x.title, x.content, "
            + "q.status, q.version, j.display_name, q.pool, x.reply_days, x.reply_due, x.reply, rb.display_name, "
            + "x.replied_at, q.judge_id "
            + "FROM request q JOIN suggestion_request x ON x.id = q.id JOIN court ct ON ct.code = q.court_code "
            + "LEFT JOIN court_case c ON c.id = q.case_id JOIN account a ON a.id = q.applicant_id "
            + "LEFT JOIN account j ON j.id = q.judge_id LEFT JOIN account rb ON rb.id = x.replied_by ";

    /** The detail of a suggestion whose header the caller holds. */
    public static Stored stored(Handle h, long id) {
        SuggestionView v = find(h, id, false).orElseThrow();
        return new Stored(v.id(), v.courtName(), v.caseNumber(), v.title(), v.applicantId());
    }

    public static Optional<SuggestionView> find(Handle h, long id, boolean withAudit) {
        return findAll(h, List.of(id), withAudit).stream().findFirst().map(Found::view);
    }

    /** The applicant's own suggestions, newest first, without audit trails. */
    public static List<SuggestionView> forApplicant(Handle h, long applicantId) {
        return findAll(h, Requests.ofApplicant(h, KIND, applicantId), false).stream().map(Found::view).toList();
    }

    /** The suggestions among {@code ids} in their order (missing ones, and ids of other kinds, left out). */
    public static List<Found> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        return Requests.findAll(h, KIND, ids, withAudit, SELECT,
                (rs, c) -> new Found((Long) rs.getObject(24, Long.class), rs.getString(18), view(rs, null)),
                f -> f.view().id(),
                found -> (f, trail) -> trail == null ? f : new Found(f.judgeId(), f.pool(), withAudit(f.view(), trail)));
    }

    private static SuggestionView view(ResultSet rs, List<AuditEntry> audit) throws SQLException {
        return new SuggestionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10), instant(rs, 11),
                SuggestionCategory.valueOf(rs.getString(12)), rs.getString(13), rs.getString(14),
                RequestStatus.valueOf(rs.getString(15)), rs.getLong(16), rs.getString(17), rs.getString(18) != null,
                rs.getInt(19), rs.getObject(20, LocalDate.class), rs.getString(21), rs.getString(22), instant(rs, 23),
                audit);
    }

    private static SuggestionView withAudit(SuggestionView v, List<AuditEntry> audit) {
        return new SuggestionView(v.id(), v.applicationNo(), v.courtCode(), v.courtName(), v.caseNumber(), v.caseTitle(),
                v.applicantId(), v.applicantName(), v.applicantRole(), v.applicantPhone(), v.submittedAt(), v.category(),
                v.title(), v.content(), v.status(), v.version(), v.judgeName(), v.pooled(), v.replyDays(), v.replyDue(),
                v.reply(), v.repliedBy(), v.repliedAt(), audit);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
