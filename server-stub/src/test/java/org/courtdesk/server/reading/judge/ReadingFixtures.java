package org.courtdesk.server.reading.judge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Builds 阅卷申请 straight into the database (the applicant API is another module's business): a pending request
 * is inserted and stamped with {@link ChangeLog#record} in one transaction, exactly as a submission would be.
 */
public final class ReadingFixtures {

    public static final String COURT = "粤0106";
    public static final String COURT_NAME = "广州市天河区人民法院";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Pattern CODES = Pattern.compile("卷宗下载密码为：(\\d+)，卷宗文档打开密码为：(\\d+)");

    private final TestServer server;
    public final TestData data;

    public ReadingFixtures(TestServer server) {
        this.server = server;
        this.data = new TestData(server.jdbi()).court(COURT, COURT_NAME);
    }

    private Jdbi jdbi() {
        return server.jdbi();
    }

    /** A unique user name with a prefix, so tests sharing a server do not collide. */
    public static String unique(String prefix) {
        return prefix + "." + COUNTER.incrementAndGet();
    }

    public static String caseNumber() {
        return "（2024）粤0106民初" + (1000 + COUNTER.incrementAndGet()) + "号";
    }

    /** An archived case of this judge; digitised ones get two volumes with Chinese text. */
    public long archivedCase(long judgeId, boolean digitised) {
        String number = caseNumber();
        long caseId = data.caseOf(COURT, number, judgeId, CaseStatus.ARCHIVED, digitised);
        if (digitised) {
            document(caseId, 1, "起诉状", "原告张某诉被告李某民间借贷纠纷一案，请求判令被告归还借款本金人民币十万元。");
            document(caseId, 2, "民事判决书", "本院认为，当事人应当按照约定全面履行自己的义务。判决如下：被告于本判决生效之日起十日内归还借款。");
        }
        return caseId;
    }

    /** An archived, digitised case without any volume (a data gap the approval must handle). */
    public long digitisedCaseWithoutVolumes(long judgeId) {
        return data.caseOf(COURT, caseNumber(), judgeId, CaseStatus.ARCHIVED, true);
    }

    public void document(long caseId, int position, String title, String text) {
        byte[] pdf = new PlainPdf().title(title, 18f).gap(10f).line(text, 12f).toBytes();
        jdbi().useTransaction(h -> {
            String sha = BlobStore.put(h, pdf, "application/pdf");
            h.createUpdate("INSERT INTO case_document (case_id, position, title, sha256, pages) VALUES (:c, :p, :t, :s, 1)")
                    .bind("c", caseId).bind("p", position).bind("t", title).bind("s", sha).execute();
        });
    }

    public long lawyer() {
        return data.account(unique("lawyer"), Role.LAWYER, null, true);
    }

    public String username(long accountId) {
        return jdbi().withHandle(h -> h.createQuery("SELECT username FROM account WHERE id = :id").bind("id", accountId)
                .mapTo(String.class).one());
    }

    /** A pending request (待审查) on the case, stamped in the feed; returns its id. */
    public long pending(long caseId, long applicantId, ReadingMode requested) {
        return jdbi().inTransaction(h -> insertPending(h, caseId, applicantId, requested));
    }

    /** Same as {@link #pending} inside the caller's transaction (for concurrency tests). */
    public static long insertPending(Handle h, long caseId, long applicantId, ReadingMode requested) {
        long judgeId = h.createQuery("SELECT judge_id FROM court_case WHERE id = :c").bind("c", caseId).mapTo(Long.class).one();
        String courtCode = h.createQuery("SELECT court_code FROM court_case WHERE id = :c").bind("c", caseId)
                .mapTo(String.class).one();
        LocalDate day = LocalDate.of(2026, 11, 20);
        long id = Requests.create(h, new Requests.New(RequestKind.CASE_FILE_READING,
                ReadingRequestRepository.APPLICATION_NO_PREFIX, day, caseId, courtCode, judgeId, null, applicantId,
                Instant.parse("2026-11-20T03:00:00Z"), RequestStatus.PENDING_REVIEW, null),
                "YJ" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase()).id();
        h.createUpdate("INSERT INTO reading_request (id, application_date, content, reason, requested_mode) "
                        + "VALUES (:id, :d, '全案卷宗', '代理案件需要查阅卷宗', :m)")
                .bind("id", id).bind("d", day).bind("m", requested.name())
                .execute();
        long seq = ChangeLog.record(h, RequestKind.CASE_FILE_READING, id, judgeId, applicantId, ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seq);
        return id;
    }

    public long version(long requestId) {
        return jdbi().withHandle(h -> h.createQuery("SELECT version FROM request WHERE id = :id").bind("id", requestId)
                .mapTo(Long.class).one());
    }

    public int changeRows(long requestId) {
        return count("SELECT COUNT(*) FROM change_log WHERE request_id = :id", requestId);
    }

    public int auditRows(long requestId, String action) {
        return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE request_id = :id AND action = :a")
                .bind("id", requestId).bind("a", action).mapTo(Integer.class).one());
    }

    public int smsRows(long requestId) {
        return count("SELECT COUNT(*) FROM notification WHERE request_id = :id", requestId);
    }

    /** The recorded (masked) notification texts of this request. */
    public List<String> sms(long requestId) {
        return jdbi().withHandle(h -> h.createQuery("SELECT text FROM notification WHERE request_id = :id ORDER BY id")
                .bind("id", requestId).mapTo(String.class).list());
    }

    /**
     * The (download code, open password) of the online-approval SMS of this request, as the SMS gateway got them
     * (the notification table keeps them masked).
     */
    public String[] codesFromSms(long requestId) {
        for (String text : server.sms().fullTexts(requestId)) {
            Matcher m = CODES.matcher(text);
            if (m.find()) {
                return new String[] {m.group(1), m.group(2)};
            }
        }
        throw new AssertionError("no SMS with passwords for request " + requestId + ": " + server.sms().delivered());
    }

    private int count(String sql, long id) {
        return jdbi().withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(Integer.class).one());
    }

    // ------------------------------------------------------------------ decisions

    public static ReviewDecision approveOnline(long baseVersion, LocalDate validUntil) {
        return new ReviewDecision(UUID.randomUUID(), baseVersion, ReviewOpinion.AGREE, "同意在线阅卷", ReadingMode.ONLINE,
                validUntil, null, null, null);
    }

    public static ReviewDecision approveOnSite(long baseVersion, LocalDate start, LocalDate end) {
        return new ReviewDecision(UUID.randomUUID(), baseVersion, ReviewOpinion.AGREE,
                "因未扫描电子卷，需到库申请纸质卷。请于【" + start + "】-【" + end + "】前到院现场阅卷。", ReadingMode.ON_SITE,
                null, start, end, null);
    }

    public static ReviewDecision refuse(long baseVersion, String explanation) {
        return new ReviewDecision(UUID.randomUUID(), baseVersion, ReviewOpinion.DISAGREE, explanation, null, null, null,
                null, null);
    }
}
