package org.courtdesk.server.reading.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.PATH;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.body;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.form;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.lawyerMaterials;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The applicant's lists (待审查 / 审查通过 / 审查不通过 / 已过期, by 案号, 申请编号 and 申请日期), the detail with the judge's
 * reply, materials and audit trail, and the recorded SMS. Only ever the caller's own.
 */
class ApplicantQueriesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // TestServer.START in Guangzhou
    static final TypeReference<List<ReadingRequestView>> LIST = new TypeReference<>() {};
    static final TypeReference<List<NotificationView>> NOTICES = new TypeReference<>() {};

    static TestServer server;
    static ApplicantFixtures af;

    long judgeId;
    HttpTestClient judge;
    long lawyerAId;
    HttpTestClient lawyerA;
    long lawyerBId;
    HttpTestClient lawyerB;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        af = new ApplicantFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void people() {
        server.clock().set(TestServer.START);
        judgeId = af.judge();
        judge = af.login(judgeId);
        lawyerAId = af.lawyer();
        lawyerA = af.login(lawyerAId);
        lawyerBId = af.lawyer();
        lawyerB = af.login(lawyerBId);
    }

    private SubmissionReceipt submit(HttpTestClient who, String caseNumber, ReadingMode mode) {
        Response r = who.multipart(PATH, body(form(caseNumber, mode), lawyerMaterials()));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.as(SubmissionReceipt.class);
    }

    private SubmissionReceipt submit(HttpTestClient who) {
        return submit(who, af.archivedWithVolumes(judgeId).number(), ReadingMode.ONLINE);
    }

    private List<ReadingRequestView> list(HttpTestClient who, String query) {
        Response r = who.get(PATH + query);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.as(LIST);
    }

    private static List<Long> ids(List<ReadingRequestView> views) {
        return views.stream().map(ReadingRequestView::id).toList();
    }

    private DecisionResult approveOnline(SubmissionReceipt s, LocalDate validUntil) {
        Response r = judge.post("/api/v1/judge/reading-requests/" + s.id() + "/decision",
                ReadingFixtures.approveOnline(s.request().version(), validUntil));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.as(DecisionResult.class);
    }

    private void refuse(SubmissionReceipt s) {
        Response r = judge.post("/api/v1/judge/reading-requests/" + s.id() + "/decision",
                ReadingFixtures.refuse(s.request().version(), "申请材料不齐全，请补充授权委托书原件扫描件后重新申请。"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ lists

    @Test
    void anApplicantListsOnlyTheirOwnRequestsNewestFirst() {
        SubmissionReceipt a1 = submit(lawyerA);
        server.clock().set(TestServer.START.plusSeconds(60));
        SubmissionReceipt a2 = submit(lawyerA);
        SubmissionReceipt b1 = submit(lawyerB);

        List<ReadingRequestView> mine = list(lawyerA, "");
        assertThat(ids(mine)).containsExactly(a2.id(), a1.id());
        assertThat(mine.get(0).materials()).hasSize(4);
        assertThat(mine.get(0).status()).isEqualTo(RequestStatus.PENDING_REVIEW);
        assertThat(ids(list(lawyerB, ""))).containsExactly(b1.id());
        assertThat(ids(list(af.login(af.lawyer()), ""))).isEmpty();
    }

    @Test
    void byStatusIncludingExpiredAfterTheValidityDate() {
        SubmissionReceipt pending = submit(lawyerA);
        SubmissionReceipt approved = submit(lawyerA);
        SubmissionReceipt refused = submit(lawyerA);
        approveOnline(approved, TODAY.plusDays(5));
        refuse(refused);

        assertThat(ids(list(lawyerA, "?status=PENDING_REVIEW"))).containsExactly(pending.id());
        assertThat(ids(list(lawyerA, "?status=" + q("待审查")))).containsExactly(pending.id());
        assertThat(ids(list(lawyerA, "?status=APPROVED"))).containsExactly(approved.id());
        assertThat(ids(list(lawyerA, "?status=" + q("审查不通过")))).containsExactly(refused.id());
        assertThat(ids(list(lawyerA, "?status=EXPIRED"))).isEmpty();

        // the last day counts; the day after, the approval has expired (the applicant must apply again)
        server.clock().set(Instant.parse("2026-11-28T15:00:00Z")); // 23:00 on the validity date
        HttpTestClient later = af.login(lawyerAId);
        assertThat(ids(list(later, "?status=APPROVED"))).containsExactly(approved.id());
        server.clock().set(Instant.parse("2026-11-28T16:30:00Z")); // 00:30 the day after
        later = af.login(lawyerAId);
        assertThat(ids(list(later, "?status=EXPIRED"))).containsExactly(approved.id());
        assertThat(ids(list(later, "?status=APPROVED"))).isEmpty();
        ReadingRequestView shown = list(later, "").stream().filter(v -> v.id() == approved.id()).findFirst().orElseThrow();
        assertThat(shown.status()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(later.get(PATH + "/" + approved.id()).as(ReadingRequestView.class).status()).isEqualTo(RequestStatus.EXPIRED);
    }

    @Test
    void byCaseNumberPartWithEitherParenthesisWidth() {
        ApplicantFixtures.Case c1 = af.archived(judgeId, true);
        ApplicantFixtures.Case c2 = af.archived(judgeId, true);
        SubmissionReceipt r1 = submit(lawyerA, c1.number(), ReadingMode.ONLINE);
        SubmissionReceipt r2 = submit(lawyerA, c2.number(), ReadingMode.ONLINE);

        assertThat(ids(list(lawyerA, "?caseNumber=" + q(c1.number())))).containsExactly(r1.id());
        String halfWidth = c2.number().replace('（', '(').replace('）', ')');
        assertThat(ids(list(lawyerA, "?caseNumber=" + q(halfWidth)))).containsExactly(r2.id());
        assertThat(ids(list(lawyerA, "?caseNumber=" + q("粤0106民初")))).containsExactlyInAnyOrder(r1.id(), r2.id());
        assertThat(ids(list(lawyerA, "?caseNumber=" + q("粤01民终")))).isEmpty();
        // wildcards are plain characters
        assertThat(ids(list(lawyerA, "?caseNumber=" + q("%")))).isEmpty();
        assertThat(ids(list(lawyerA, "?caseNumber=" + q("粤0106民初____号")))).isEmpty();
        // another applicant's request on the same case does not show
        assertThat(ids(list(lawyerB, "?caseNumber=" + q(c1.number())))).isEmpty();
    }

    @Test
    void anAttendedOnSiteVisitStaysApprovedAfterItsWindowAMissedOneExpires() {
        // seed 002 fig. 14: 是否到场 是 beside 状态 通过 — only a missed window means "apply again"
        SubmissionReceipt attended = submit(lawyerA, af.archived(judgeId, false).number(), ReadingMode.ON_SITE);
        SubmissionReceipt absent = submit(lawyerA, af.archived(judgeId, false).number(), ReadingMode.ON_SITE);
        SubmissionReceipt missed = submit(lawyerA, af.archived(judgeId, false).number(), ReadingMode.ON_SITE);
        for (SubmissionReceipt s : List.of(attended, absent, missed)) {
            Response r = judge.post("/api/v1/judge/reading-requests/" + s.id() + "/decision",
                    ReadingFixtures.approveOnSite(s.request().version(), TODAY, TODAY.plusDays(1)));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
        }
        server.clock().set(Instant.parse("2026-11-23T07:00:00Z")); // 15:00 on the first day of the window
        HttpTestClient staff = af.login(judgeId);
        recordVisit(staff, attended.id(), true);
        recordVisit(staff, absent.id(), false);

        server.clock().set(Instant.parse("2026-11-26T02:00:00Z")); // the window ended two days ago
        HttpTestClient later = af.login(lawyerAId);
        assertThat(ids(list(later, "?status=APPROVED"))).contains(attended.id()).doesNotContain(absent.id(), missed.id());
        assertThat(ids(list(later, "?status=EXPIRED"))).contains(absent.id(), missed.id()).doesNotContain(attended.id());
        ReadingRequestView shown = later.get(PATH + "/" + attended.id()).as(ReadingRequestView.class);
        assertThat(shown.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(shown.visit().attended()).isTrue();
        assertThat(later.get(PATH + "/" + absent.id()).as(ReadingRequestView.class).status()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(later.get(PATH + "/" + missed.id()).as(ReadingRequestView.class).status()).isEqualTo(RequestStatus.EXPIRED);
        // the judge's detail says the same
        assertThat(af.login(judgeId).get("/api/v1/judge/reading-requests/" + attended.id()).as(ReadingRequestView.class)
                .status()).isEqualTo(RequestStatus.APPROVED);
    }

    private void recordVisit(HttpTestClient staff, long id, boolean came) {
        long version = af.fx.version(id);
        LocalDateTime borrowed = TODAY.atTime(9, 30);
        Response r = staff.post("/api/v1/judge/reading-requests/" + id + "/attendance", new AttendanceRecord(
                UUID.randomUUID(), version, came, came ? borrowed : null, came ? borrowed.plusHours(2) : null));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    @Test
    void byApplicationNumberWholeOrPartInEitherCase() {
        SubmissionReceipt r1 = submit(lawyerA);
        SubmissionReceipt r2 = submit(lawyerA);
        SubmissionReceipt other = submit(lawyerB);
        assertThat(r1.applicationNo()).startsWith("YJ20261123");

        assertThat(ids(list(lawyerA, "?applicationNo=" + r1.applicationNo()))).containsExactly(r1.id());
        assertThat(ids(list(lawyerA, "?applicationNo=" + r2.applicationNo().toLowerCase()))).containsExactly(r2.id());
        assertThat(ids(list(lawyerA, "?applicationNo=" + q(" " + r2.applicationNo().substring(2) + " "))))
                .containsExactly(r2.id());
        assertThat(ids(list(lawyerA, "?applicationNo=YJ20261123"))).contains(r1.id(), r2.id()).doesNotContain(other.id());
        // another applicant's number finds nothing of theirs
        assertThat(ids(list(lawyerA, "?applicationNo=" + other.applicationNo()))).isEmpty();
        assertThat(ids(list(lawyerB, "?applicationNo=" + other.applicationNo()))).containsExactly(other.id());
        // with the other conditions
        assertThat(ids(list(lawyerA, "?status=PENDING_REVIEW&applicationNo=" + r1.applicationNo()))).containsExactly(r1.id());
        assertThat(ids(list(lawyerA, "?status=APPROVED&applicationNo=" + r1.applicationNo()))).isEmpty();
        // wildcards are plain characters
        assertThat(ids(list(lawyerA, "?applicationNo=" + q("%")))).isEmpty();
        assertThat(ids(list(lawyerA, "?applicationNo=" + q("YJ2026112300___")))).isEmpty();
        assertThat(ids(list(lawyerA, "?applicationNo=YJ2099"))).isEmpty();
    }

    @Test
    void byApplicationDateRangeBothEndsIncluded() {
        String number = af.archived(judgeId, true).number();
        server.clock().set(Instant.parse("2026-11-20T02:00:00Z"));
        long d20 = submit(af.login(lawyerAId), number, ReadingMode.ONLINE).id();
        server.clock().set(Instant.parse("2026-11-23T02:00:00Z"));
        long d23 = submit(af.login(lawyerAId), number, ReadingMode.ONLINE).id();
        server.clock().set(Instant.parse("2026-11-25T15:59:00Z")); // 23:59 on the 25th in Guangzhou
        HttpTestClient a = af.login(lawyerAId);
        long d25 = submit(a, number, ReadingMode.ONLINE).id();

        assertThat(ids(list(a, "?from=2026-11-21"))).containsExactly(d25, d23);
        assertThat(ids(list(a, "?to=2026-11-23"))).containsExactly(d23, d20);
        assertThat(ids(list(a, "?from=2026-11-23&to=2026-11-23"))).containsExactly(d23);
        assertThat(ids(list(a, "?from=2026-11-24&to=2026-11-30"))).containsExactly(d25);
        assertThat(ids(list(a, "?from=2026-11-26"))).isEmpty();
        assertThat(ids(list(a, "?from=2026-11-20&to=2026-11-25&status=PENDING_REVIEW&caseNumber=" + q(number))))
                .containsExactly(d25, d23, d20);
    }

    @Test
    void badFiltersAreRefusedWithAClearMessage() {
        String[][] bad = {
                {"?status=FOO", "status"},
                {"?status=FILING_RECEIVED", "status"},
                {"?from=2026-13-01", "from"},
                {"?from=23/11/2026", "yyyy-MM-dd"},
                {"?to=2026-11-31", "to"},
                {"?from=2026-11-24&to=2026-11-23", "不能晚于"},
                {"?stauts=APPROVED", "stauts"},
                {"?status=APPROVED&status=REJECTED", "只能给一次"},
                {"?caseNumber=" + "1".repeat(41), "caseNumber"},
                {"?applicationNo=" + "1".repeat(33), "applicationNo"},
                {"?applicationNo=YJ1&applicationNo=YJ2", "只能给一次"},
                {"?applicaionNo=YJ1", "applicationNo"}};
        for (String[] b : bad) {
            Response r = lawyerA.get(PATH + b[0]);
            assertThat(r.status()).as(b[0]).isEqualTo(400);
            assertThat(r.code()).as(b[0]).isEqualTo("VALIDATION_FAILED");
            assertThat(r.json().path("detail").asText()).as(b[0]).contains(b[1]);
        }
    }

    @Test
    void courtStaffHaveNoApplicantListAndAnonymousCallersNone() {
        assertThat(judge.get(PATH).status()).isEqualTo(403);
        assertThat(judge.get(PATH).code()).isEqualTo("FORBIDDEN");
        assertThat(server.client().get(PATH).status()).isEqualTo(401);
    }

    // ------------------------------------------------------------------ detail

    @Test
    void theDetailShowsTheJudgesReplyMaterialsAndAudit() {
        SubmissionReceipt s = submit(lawyerA);
        approveOnline(s, TODAY.plusDays(15));

        Response r = lawyerA.get(PATH + "/" + s.id());

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        ReadingRequestView v = r.as(ReadingRequestView.class);
        assertThat(v.applicationNo()).isEqualTo(s.applicationNo());
        assertThat(v.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(v.review()).isNotNull();
        assertThat(v.review().opinion()).isEqualTo(ReviewOpinion.AGREE);
        assertThat(v.review().mode()).isEqualTo(ReadingMode.ONLINE);
        assertThat(v.review().validUntil()).isEqualTo(TODAY.plusDays(15));
        assertThat(v.review().reviewer()).isEqualTo("用户" + af.fx.username(judgeId));
        assertThat(v.review().explanation()).isEqualTo("同意在线阅卷");
        assertThat(v.materials()).hasSize(4);
        assertThat(v.audit()).extracting(AuditEntry::action).startsWith("提交申请").contains("审查通过");
    }

    @Test
    void anotherApplicantsRequestIsNotFoundExactlyLikeAMissingOne() {
        SubmissionReceipt s = submit(lawyerA);

        Response foreign = lawyerB.get(PATH + "/" + s.id());
        Response missing = lawyerB.get(PATH + "/99999999");

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("NOT_FOUND");
        assertThat(foreign.text()).isEqualTo(missing.text());
        assertThat(lawyerB.get(PATH + "/abc").status()).isEqualTo(404);
        assertThat(judge.get(PATH + "/" + s.id()).status()).isEqualTo(403);
        assertThat(server.client().get(PATH + "/" + s.id()).status()).isEqualTo(401);
    }

    // ------------------------------------------------------------------ notifications

    @Test
    void theSmsOfADecisionReachesOnlyItsApplicantNewestFirst() {
        SubmissionReceipt first = submit(lawyerA);
        SubmissionReceipt second = submit(lawyerA);
        assertThat(lawyerA.get("/api/v1/me/notifications").as(NOTICES)).isEmpty(); // submitting sends no SMS
        approveOnline(first, TODAY.plusDays(15));
        server.clock().set(TestServer.START.plusSeconds(300));
        refuse(second);

        List<NotificationView> mine = lawyerA.get("/api/v1/me/notifications").as(NOTICES);

        assertThat(mine).extracting(NotificationView::requestId).containsExactly(second.id(), first.id());
        assertThat(mine.get(1).text()).contains(first.request().caseNumber()).contains("卷宗下载密码");
        assertThat(mine.get(0).text()).contains("不通过");
        assertThat(mine.get(0).sentAt()).isAfter(mine.get(1).sentAt());
        assertThat(mine.get(0).phone()).startsWith("1380000");
        assertThat(lawyerB.get("/api/v1/me/notifications").as(NOTICES)).isEmpty();
        assertThat(judge.get("/api/v1/me/notifications").as(NOTICES)).isEmpty();
        assertThat(server.client().get("/api/v1/me/notifications").status()).isEqualTo(401);
    }
}
