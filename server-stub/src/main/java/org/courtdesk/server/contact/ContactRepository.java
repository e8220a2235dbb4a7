package org.courtdesk.server.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.model.contact.ContactWay;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The 联系法官 kind's storage: its detail table contact_request (header in the core's {@code request}) and the
 * {@link ContactView} built from both. Every write runs in the caller's transaction; live submissions, the reply and
 * the demo seeder all write through here.
 */
public final class ContactRepository {

    public static final RequestKind KIND = RequestKind.CONTACT_JUDGE;
    /** 申请编号 prefix (LX2026120700001). */
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    /** A case of a court as a 约见请求 needs it. */
    public record CaseRow(long id, String caseNumber, long judgeId) {}

    /** What the reply needs once the header is locked. */
    public record Stored(long id, String applicationNo, String courtName, String caseNumber, long applicantId,
                         RequestStatus status) {}

    /** A view and the judge whose queue it is in (the feed's audience). */
    public record Found(Long judgeId, ContactView view) {}

    private ContactRepository() {}

    // ------------------------------------------------------------------ look-ups for a submission

    public static Optional<String> courtName(Handle h, String courtCode) {
        return h.createQuery("SELECT name FROM court WHERE code = :c").bind("c", courtCode).mapTo(String.class).findOne();
    }

    /** The court's reply period in days (court.contact_reply_days, a setting per court). */
    public static int replyDays(Handle h, String courtCode) {
        return h.createQuery("SELECT contact_reply_days FROM court WHERE code = :c").bind("c", courtCode)
                .mapTo(Integer.class).one();
    }

    /**
     * The case with this 案号 at this court, only if {@code accountId} is on record for it: a party in their own name
     * (case_party.account_id) or a lawyer bound to one of its parties (case_agent). Anyone else gets nothing, exactly as
     * for a case that does not exist.
     */
    public static Optional<CaseRow> caseOnRecord(Handle h, String courtCode, String caseNumber, long accountId) {
        return h.createQuery("SELECT c.id, c.case_number, c.judge_id FROM court_case c "
                        + "WHERE c.court_code = :court AND c.case_number = :n AND c.judge_id IS NOT NULL AND ("
                        + "EXISTS (SELECT 1 FROM case_party p WHERE p.case_id = c.id AND p.account_id = :a) "
                        + "OR EXISTS (SELECT 1 FROM case_agent g WHERE g.case_id = c.id AND g.lawyer_id = :a))")
                .bind("court", courtCode).bind("n", caseNumber).bind("a", accountId)
                .map((rs, c) -> new CaseRow(rs.getLong(1), rs.getString(2), rs.getLong(3))).findOne();
    }

    // ------------------------------------------------------------------ writes

    /** What a new request stores besides its header. */
    public record New(CaseRow kase, String courtCode, long applicantId, String purpose, List<LocalDateTime> proposedTimes,
                      ContactWay way, int replyDays, Instant at, LocalDate day, Instant dueAt) {}

    /**
     * A new request in 待答复 in the case judge's queue. Call with the feed lock held: the 申请编号 of the day is counted.
     * {@code applicationNo} null takes the next one (the demo passes its own).
     */
    public static Requests.Created insert(Handle h, New n, String applicationNo) {
        Requests.New header = new Requests.New(KIND, PREFIX, n.day(), n.kase().id(), n.courtCode(), n.kase().judgeId(),
                null, n.applicantId(), n.at(), RequestStatus.AWAITING_REPLY, n.dueAt());
        Requests.Created created = applicationNo == null ? Requests.create(h, header)
                : Requests.create(h, header, applicationNo);
        h.createUpdate("INSERT INTO contact_request (id, purpose, proposed_times, way, reply_days, reply_due) "
                        + "VALUES (:id, :p, :t, :w, :d, :due)")
                .bind("id", created.id()).bind("p", n.purpose().trim())
                .bind("t", n.proposedTimes().stream().map(LocalDateTime::toString).collect(Collectors.joining(";")))
                .bind("w", n.way().name()).bind("d", n.replyDays())
                .bind("due", n.day().plusDays(n.replyDays())).execute();
        return created;
    }

    /** The reply's own columns (the header's status is the pipeline's). */
    public static void reply(Handle h, long id, long byId, Instant at, ContactResult result, LocalDateTime meetingAt,
                             String place, ContactWay meetingWay, String content) {
        boolean agree = result == ContactResult.AGREE;
        h.createUpdate("UPDATE contact_request SET result = :r, meeting_at = :m, place = :p, meeting_way = :w, "
                        + "content = :c, replied_by = :by, replied_at = :at WHERE id = :id")
                .bind("r", result.name()).bind("m", agree ? meetingAt : null).bind("p", agree ? place.trim() : null)
                .bind("w", agree ? meetingWay.name() : null).bind("c", content.trim()).bind("by", byId)
                .bind("at", utc(at)).bind("id", id).execute();
    }

    // ------------------------------------------------------------------ reads

    private static final String SELECT = "SELECT q.id, q.application_no, q.court_code, ct.name, c.case_number, c.title, "
            + "q.applicant_id, a.display_name, a.role, a.phone, q.submitted_at, x.purpose, x.proposed_times, x.way, "
            + "q.status, q.version, j.display_name, x.reply_days, x.reply_due, x.result, x.meeting_at, x.place, "
            + "x.meeting_way, x.content, rb.display_name, x.replied_at, q.judge_id "
            + "FROM request q JOIN contact_request x ON x.id = q.id JOIN court ct ON ct.code = q.court_code "
            + "JOIN court_case c ON c.id = q.case_id JOIN account a ON a.id = q.applicant_id "
            + "LEFT JOIN account j ON j.id = q.judge_id LEFT JOIN account rb ON rb.id = x.replied_by ";

    /** The detail of a request whose header the caller holds. */
    public static Stored stored(Handle h, long id) {
        ContactView v = find(h, id, false).orElseThrow();
        return new Stored(v.id(), v.applicationNo(), v.courtName(), v.caseNumber(), v.applicantId(), v.status());
    }

    public static Optional<ContactView> find(Handle h, long id, boolean withAudit) {
        return findAll(h, List.of(id), withAudit).stream().findFirst().map(Found::view);
    }

    /** The applicant's own requests, newest first, without audit trails. */
    public static List<ContactView> forApplicant(Handle h, long applicantId) {
        return findAll(h, Requests.ofApplicant(h, KIND, applicantId), false).stream().map(Found::view).toList();
    }

    /** The requests among {@code ids} in their order (missing ones, and ids of other kinds, left out). */
    public static List<Found> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        return Requests.findAll(h, KIND, ids, withAudit, SELECT,
                (rs, c) -> new Found((Long) rs.getObject(27, Long.class), view(rs, null)), f -> f.view().id(),
                found -> (f, trail) -> trail == null ? f : new Found(f.judgeId(), withAudit(f.view(), trail)));
    }

    private static ContactView view(ResultSet rs, List<AuditEntry> audit) throws SQLException {
        String result = rs.getString(20);
        String meetingWay = rs.getString(23);
        return new ContactView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10), instant(rs, 11),
                rs.getString(12), times(rs.getString(13)), ContactWay.valueOf(rs.getString(14)),
                RequestStatus.valueOf(rs.getString(15)), rs.getLong(16), rs.getString(17), rs.getInt(18),
                rs.getObject(19, LocalDate.class), result == null ? null : ContactResult.valueOf(result),
                rs.getObject(21, LocalDateTime.class), rs.getString(22),
                meetingWay == null ? null : ContactWay.valueOf(meetingWay), rs.getString(24), rs.getString(25),
                instant(rs, 26), audit);
    }

    private static ContactView withAudit(ContactView v, List<AuditEntry> audit) {
        return new ContactView(v.id(), v.applicationNo(), v.courtCode(), v.courtName(), v.caseNumber(), v.caseTitle(),
                v.applicantId(), v.applicantName(), v.applicantRole(), v.applicantPhone(), v.submittedAt(), v.purpose(),
                v.proposedTimes(), v.way(), v.status(), v.version(), v.judgeName(), v.replyDays(), v.replyDue(),
                v.result(), v.meetingAt(), v.place(), v.meetingWay(), v.content(), v.repliedBy(), v.repliedAt(), audit);
    }

    private static List<LocalDateTime> times(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(";")).map(LocalDateTime::parse).toList();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
