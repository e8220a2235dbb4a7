package org.courtdesk.server.reading.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.reading.judge.ReadingFixtures.approveOnSite;
import static org.courtdesk.server.reading.judge.ReadingFixtures.approveOnline;
import static org.courtdesk.server.reading.judge.ReadingFixtures.refuse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class DecisionApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // TestServer.START in Guangzhou

    static TestServer server;
    static ReadingFixtures fx;

    long judgeId;
    long otherJudgeId;
    HttpTestClient judge;
    HttpTestClient otherJudge;
    HttpTestClient clerk;
    long lawyerId;
    HttpTestClient lawyer;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new ReadingFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void people() {
        String j = ReadingFixtures.unique("judge");
        String o = ReadingFixtures.unique("judge");
        String c = ReadingFixtures.unique("clerk");
        judgeId = fx.data.judge(j, ReadingFixtures.COURT);
        otherJudgeId = fx.data.judge(o, ReadingFixtures.COURT);
        fx.data.clerk(c, ReadingFixtures.COURT, judgeId);
        lawyerId = fx.lawyer();
        judge = server.client().login(j, TestData.PASSWORD);
        otherJudge = server.client().login(o, TestData.PASSWORD);
        clerk = server.client().login(c, TestData.PASSWORD);
        lawyer = server.client().login(fx.username(lawyerId), TestData.PASSWORD);
    }

    private static String decisionPath(long id) {
        return "/api/v1/judge/reading-requests/" + id + "/decision";
    }

    // ------------------------------------------------------------------ who sees what

    @Test
    void detailOnlyForTheJudgeAndTheirClerkOthersGet404ApplicantsGet403() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);

        HttpTestClient.Response own = judge.get("/api/v1/judge/reading-requests/" + id);
        assertThat(own.status()).isEqualTo(200);
        ReadingRequestView view = own.as(ReadingRequestView.class);
        assertThat(view.status()).isEqualTo(RequestStatus.PENDING_REVIEW);
        assertThat(view.caseNumber()).startsWith("（2024）粤0106民初");
        assertThat(clerk.get("/api/v1/judge/reading-requests/" + id).status()).isEqualTo(200);

        HttpTestClient.Response foreign = otherJudge.get("/api/v1/judge/reading-requests/" + id);
        HttpTestClient.Response missing = judge.get("/api/v1/judge/reading-requests/99999999");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("NOT_FOUND");
        // Same answer as a request that does not exist: no probing.
        assertThat(foreign.text()).isEqualTo(missing.text());

        HttpTestClient.Response applicant = lawyer.get("/api/v1/judge/reading-requests/" + id);
        assertThat(applicant.status()).isEqualTo(403);
        assertThat(applicant.code()).isEqualTo("FORBIDDEN");
        assertThat(lawyer.post(decisionPath(id), approveOnline(view.version(), TODAY.plusDays(10))).status()).isEqualTo(403);
        assertThat(server.client().get("/api/v1/judge/reading-requests/" + id).status()).isEqualTo(401);
    }

    @Test
    void anotherJudgesRequestCannotBeDecided() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ON_SITE);
        long version = fx.version(id);

        HttpTestClient.Response r = otherJudge.post(decisionPath(id), refuse(version, "不同意"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
        assertThat(fx.version(id)).isEqualTo(version);
        assertThat(fx.changeRows(id)).isEqualTo(1);
        assertThat(fx.smsRows(id)).isZero();
    }

    // ------------------------------------------------------------------ decisions

    @Test
    void onlineApprovalStoresTheReviewChangesTheModeAndTellsTheApplicant() {
        // The applicant asked to read on site; the judge grants online reading instead.
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ON_SITE);
        LocalDate until = TODAY.plusDays(15);

        HttpTestClient.Response r = judge.post(decisionPath(id), approveOnline(fx.version(id), until));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        DecisionResult result = r.as(DecisionResult.class);
        assertThat(result.replayed()).isFalse();
        ReadingRequestView v = result.request();
        assertThat(v.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(v.version()).isEqualTo(fx.version(id)).isGreaterThan(0);
        assertThat(v.review().opinion()).isEqualTo(ReviewOpinion.AGREE);
        assertThat(v.review().mode()).isEqualTo(ReadingMode.ONLINE);
        assertThat(v.review().validUntil()).isEqualTo(until);
        assertThat(v.review().reviewDate()).isEqualTo(TODAY);
        assertThat(v.review().reviewer()).startsWith("用户judge.");
        assertThat(v.review().explanation()).isEqualTo("同意在线阅卷");

        // What the applicant sees: 审查通过 with that date and the review.
        ReadingRequestView applicantView = applicantView(id);
        assertThat(applicantView.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(applicantView.status().label()).isEqualTo("审查通过");
        assertThat(applicantView.review().validUntil()).isEqualTo(until);
        assertThat(applicantView.review().opinion()).isEqualTo(ReviewOpinion.AGREE);

        List<String> sms = fx.sms(id);
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0)).startsWith("您申请的【" + v.caseNumber() + "】【在线阅卷】审核已通过，有效截止日期" + until)
                .endsWith("卷宗下载密码为：******，卷宗文档打开密码为：******，密码信息请勿泄漏！【" + ReadingFixtures.COURT_NAME + "】");
        // The recorded notice is masked; the SMS itself (the gateway) carries the secrets.
        assertThat(server.sms().fullTexts(id)).singleElement().asString()
                .containsPattern("卷宗下载密码为：\\d{6}，卷宗文档打开密码为：\\d{10}，密码信息请勿泄漏！【" + ReadingFixtures.COURT_NAME + "】$");

        List<String> actions = v.audit().stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("修改阅卷方式", "审查通过");
        AuditEntry modeChange = v.audit().stream().filter(a -> a.action().equals("修改阅卷方式")).findFirst().orElseThrow();
        assertThat(modeChange.detail()).contains("现场阅卷").contains("在线阅卷");
        assertThat(modeChange.actor()).startsWith("用户judge.");
        assertThat(modeChange.at()).isEqualTo(TestServer.START);
    }

    @Test
    void refusalWithExplanation() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);

        DecisionResult result = judge.post(decisionPath(id), refuse(fx.version(id), "申请人不是本案当事人的代理人")).as(DecisionResult.class);

        assertThat(result.request().status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(result.request().review().opinion()).isEqualTo(ReviewOpinion.DISAGREE);
        assertThat(result.request().review().explanation()).isEqualTo("申请人不是本案当事人的代理人");
        assertThat(fx.sms(id)).singleElement().asString()
                .contains("审查不通过").contains("申请人不是本案当事人的代理人").endsWith("【" + ReadingFixtures.COURT_NAME + "】");
        assertThat(fx.auditRows(id, "审查不通过")).isEqualTo(1);
        assertThat(applicantView(id).status().label()).isEqualTo("审查不通过");
    }

    @Test
    void theSameKeySentTwiceIsAppliedOnce() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        ReviewDecision d = refuse(fx.version(id), "材料不全");

        DecisionResult first = judge.post(decisionPath(id), d).as(DecisionResult.class);
        DecisionResult second = judge.post(decisionPath(id), d).as(DecisionResult.class);

        assertThat(first.replayed()).isFalse();
        assertThat(second.replayed()).isTrue();
        assertThat(second.request()).isEqualTo(first.request());
        assertThat(fx.changeRows(id)).isEqualTo(2); // submission + decision
        assertThat(fx.auditRows(id, "审查不通过")).isEqualTo(1);
        assertThat(fx.smsRows(id)).isEqualTo(1);
    }

    @Test
    void theSameKeySentConcurrentlyFromTwoThreadsIsAppliedOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
            ReviewDecision d = approveOnline(fx.version(id), TODAY.plusDays(7)); // online: slow (PDF, hash) on purpose
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            try {
                List<Future<HttpTestClient.Response>> answers = List.of(
                        pool.submit(() -> { go.await(); return judge.post(decisionPath(id), d); }),
                        pool.submit(() -> { go.await(); return judge.post(decisionPath(id), d); }));
                go.countDown();
                HttpTestClient.Response a = answers.get(0).get();
                HttpTestClient.Response b = answers.get(1).get();
                assertThat(a.status()).as(a.text()).isEqualTo(200);
                assertThat(b.status()).as(b.text()).isEqualTo(200);
                DecisionResult ra = a.as(DecisionResult.class);
                DecisionResult rb = b.as(DecisionResult.class);
                assertThat(List.of(ra.replayed(), rb.replayed())).containsExactlyInAnyOrder(true, false);
                assertThat(ra.request()).isEqualTo(rb.request());
            } finally {
                pool.shutdownNow();
            }
            assertThat(fx.changeRows(id)).isEqualTo(2);
            assertThat(fx.auditRows(id, "审查通过")).isEqualTo(1);
            assertThat(fx.smsRows(id)).isEqualTo(1);
        }
    }

    @Test
    void aKeyMeansOneThingOnly() {
        long a = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        long b = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        ReviewDecision d = refuse(fx.version(a), "材料不全");
        assertThat(judge.post(decisionPath(a), d).status()).isEqualTo(200);

        // The same key for another request, for the same request with another body, or by someone else.
        HttpTestClient.Response otherRequest = judge.post(decisionPath(b),
                new ReviewDecision(d.idempotencyKey(), fx.version(b), ReviewOpinion.DISAGREE, "材料不全", null, null, null, null, null));
        HttpTestClient.Response otherBody = judge.post(decisionPath(a),
                new ReviewDecision(d.idempotencyKey(), d.baseVersion(), ReviewOpinion.DISAGREE, "另一个理由", null, null, null, null, null));
        HttpTestClient.Response otherUser = clerk.post(decisionPath(a), d);
        for (HttpTestClient.Response r : List.of(otherRequest, otherBody, otherUser)) {
            assertThat(r.status()).as(r.text()).isEqualTo(422);
            assertThat(r.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        }
        assertThat(fx.changeRows(b)).isEqualTo(1);

        HttpTestClient.Response noKey = judge.post(decisionPath(b),
                new ReviewDecision(null, fx.version(b), ReviewOpinion.DISAGREE, "材料不全", null, null, null, null, null));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(fx.changeRows(b)).isEqualTo(1);
    }

    @Test
    void staleBaseVersionIsAConflictCarryingTheCurrentState() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        long seen = fx.version(id);
        // The clerk decides first.
        assertThat(clerk.post(decisionPath(id), refuse(seen, "材料不全")).status()).isEqualTo(200);

        HttpTestClient.Response r = judge.post(decisionPath(id), approveOnline(seen, TODAY.plusDays(5)));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("VERSION_CONFLICT");
        JsonNode current = r.json().path("current");
        assertThat(current.path("id").asLong()).isEqualTo(id);
        assertThat(current.path("version").asLong()).isEqualTo(fx.version(id)).isNotEqualTo(seen);
        assertThat(current.path("status").asText()).isEqualTo("REJECTED");
        assertThat(current.path("review").path("explanation").asText()).isEqualTo("材料不全");
        assertThat(fx.smsRows(id)).isEqualTo(1);

        // With the current version the table still says no: a decided request stays decided.
        HttpTestClient.Response again = judge.post(decisionPath(id), approveOnline(fx.version(id), TODAY.plusDays(5)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(again.json().path("current").path("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void invalidDecisionsAreRefusedWithTheirCodesAndNothingIsStored() {
        long digitised = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        long paper = fx.pending(fx.archivedCase(judgeId, false), lawyerId, ReadingMode.ONLINE);
        long v = fx.version(digitised);
        long pv = fx.version(paper);

        record Case(long id, ReviewDecision d, int status, String code, List<String> errors) {}
        List<Case> cases = List.of(
                new Case(digitised, new ReviewDecision(UUID.randomUUID(), v, ReviewOpinion.DISAGREE, " ", null, null, null, null, null),
                        400, "DECISION_EXPLANATION_REQUIRED", List.of("DECISION_EXPLANATION_REQUIRED")),
                new Case(digitised, new ReviewDecision(UUID.randomUUID(), v, null, "x", null, null, null, null, null),
                        400, "DECISION_OPINION_REQUIRED", List.of("DECISION_OPINION_REQUIRED")),
                new Case(digitised, approveOnline(v, TODAY.plusDays(91)), 400, "DECISION_VALID_UNTIL_OUT_OF_RANGE",
                        List.of("DECISION_VALID_UNTIL_OUT_OF_RANGE")),
                new Case(digitised, approveOnline(v, TODAY.minusDays(1)), 400, "DECISION_VALID_UNTIL_OUT_OF_RANGE",
                        List.of("DECISION_VALID_UNTIL_OUT_OF_RANGE")),
                new Case(digitised, approveOnSite(v, TODAY.plusDays(3), TODAY.plusDays(1)), 400, "DECISION_WINDOW_INVALID",
                        List.of("DECISION_WINDOW_INVALID")),
                new Case(digitised, new ReviewDecision(UUID.randomUUID(), v, ReviewOpinion.AGREE, "同意", null, null, null, null, null),
                        400, "DECISION_MODE_REQUIRED", List.of("DECISION_MODE_REQUIRED")),
                // Not scanned: online is impossible, and the date is missing too; both codes, the first decides.
                new Case(paper, approveOnline(pv, null), 409, "CASE_NOT_DIGITISED",
                        List.of("CASE_NOT_DIGITISED", "DECISION_VALID_UNTIL_REQUIRED")));
        for (Case c : cases) {
            HttpTestClient.Response r = judge.post(decisionPath(c.id()), c.d());
            assertThat(r.status()).as(c.code() + ": " + r.text()).isEqualTo(c.status());
            assertThat(r.code()).isEqualTo(c.code());
            assertThat(r.contentType()).startsWith("application/problem+json");
            List<String> errors = new java.util.ArrayList<>();
            r.json().path("errors").forEach(e -> errors.add(e.asText()));
            assertThat(errors).containsExactlyElementsOf(c.errors());
        }
        HttpTestClient.Response unknownField = judge.postRaw(decisionPath(digitised), "application/json",
                ("{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"baseVersion\":" + v + ",\"verdict\":\"yes\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(unknownField.code()).isEqualTo("UNKNOWN_FIELD");

        for (long id : List.of(digitised, paper)) {
            assertThat(fx.changeRows(id)).isEqualTo(1);
            assertThat(fx.smsRows(id)).isZero();
            ReadingRequestView view = judge.get("/api/v1/judge/reading-requests/" + id).as(ReadingRequestView.class);
            assertThat(view.status()).isEqualTo(RequestStatus.PENDING_REVIEW);
            assertThat(view.review()).isNull();
            assertThat(view.audit()).isEmpty();
        }
        int keys = server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM idempotency_key WHERE request_id IN (:a, :b)")
                .bind("a", digitised).bind("b", paper).mapTo(Integer.class).one());
        assertThat(keys).isZero();
    }

    @Test
    void aDigitisedCaseWithoutAnyVolumeCannotBeApprovedOnline() {
        long id = fx.pending(fx.digitisedCaseWithoutVolumes(judgeId), lawyerId, ReadingMode.ONLINE);

        HttpTestClient.Response r = judge.post(decisionPath(id), approveOnline(fx.version(id), TODAY.plusDays(5)));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("CASE_NOT_DIGITISED");
        assertThat(r.json().path("detail").asText()).contains("现场阅卷");
        assertThat(fx.changeRows(id)).isEqualTo(1);
        assertThat(fx.smsRows(id)).isZero();
        // On site is still possible.
        assertThat(judge.post(decisionPath(id), approveOnSite(fx.version(id), TODAY.plusDays(1), TODAY.plusDays(2))).status())
                .isEqualTo(200);
    }

    // ------------------------------------------------------------------ on site

    @Test
    void onSiteApprovalNoticeAndAttendance() {
        long id = fx.pending(fx.archivedCase(judgeId, false), lawyerId, ReadingMode.ONLINE);
        LocalDate start = TODAY.plusDays(2);
        LocalDate end = TODAY.plusDays(3);

        DecisionResult approved = judge.post(decisionPath(id), approveOnSite(fx.version(id), start, end)).as(DecisionResult.class);

        assertThat(approved.request().review().mode()).isEqualTo(ReadingMode.ON_SITE);
        assertThat(approved.request().review().onSiteStart()).isEqualTo(start);
        assertThat(approved.request().review().onSiteEnd()).isEqualTo(end);
        assertThat(fx.sms(id)).singleElement().asString()
                .contains("【现场阅卷】审查已通过").contains(start + "至" + end)
                .contains("广州市白云区应潭路66号 档案阅卷室").contains("带齐相关证明材料");
        List<String> actions = approved.request().audit().stream().map(AuditEntry::action).toList();
        assertThat(actions).containsExactly("修改阅卷方式", "修改预约时间", "审查通过");

        String attendance = "/api/v1/judge/reading-requests/" + id + "/attendance";
        LocalDateTime borrowed = LocalDateTime.of(2026, 11, 25, 9, 30);
        // Returned before borrowed: refused, nothing stored.
        HttpTestClient.Response bad = clerk.post(attendance,
                new AttendanceRecord(UUID.randomUUID(), fx.version(id), true, borrowed, borrowed.minusMinutes(1)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        HttpTestClient.Response stale = clerk.post(attendance,
                new AttendanceRecord(UUID.randomUUID(), fx.version(id) - 1, true, borrowed, null));
        assertThat(stale.code()).isEqualTo("VERSION_CONFLICT");
        assertThat(stale.json().path("current").path("version").asLong()).isEqualTo(fx.version(id));

        AttendanceRecord record = new AttendanceRecord(UUID.randomUUID(), fx.version(id), true, borrowed, borrowed.plusHours(2));
        DecisionResult recorded = clerk.post(attendance, record).as(DecisionResult.class);
        DecisionResult replay = clerk.post(attendance, record).as(DecisionResult.class);

        assertThat(recorded.replayed()).isFalse();
        assertThat(replay.replayed()).isTrue();
        assertThat(recorded.request().visit().attended()).isTrue();
        assertThat(recorded.request().visit().borrowedAt()).isEqualTo(borrowed);
        assertThat(recorded.request().visit().returnedAt()).isEqualTo(borrowed.plusHours(2));
        assertThat(recorded.request().version()).isGreaterThan(approved.request().version());
        assertThat(fx.auditRows(id, "记录到场情况")).isEqualTo(1);
        AuditEntry entry = recorded.request().audit().get(recorded.request().audit().size() - 1);
        assertThat(entry.action()).isEqualTo("记录到场情况");
        assertThat(entry.detail()).contains("是否到场：是").contains("2026-11-25 09:30:00").contains("2026-11-25 11:30:00");
        assertThat(entry.actor()).startsWith("用户clerk.");
        assertThat(fx.changeRows(id)).isEqualTo(3);
    }

    @Test
    void attendanceOnlyForOnSiteApprovals() {
        long online = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        judge.post(decisionPath(online), approveOnline(fx.version(online), TODAY.plusDays(5)));
        long pending = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ON_SITE);

        for (long id : List.of(online, pending)) {
            HttpTestClient.Response r = judge.post("/api/v1/judge/reading-requests/" + id + "/attendance",
                    new AttendanceRecord(UUID.randomUUID(), fx.version(id), true, LocalDateTime.of(2026, 11, 24, 9, 0), null));
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.code()).isEqualTo("NOT_ON_SITE");
        }
        HttpTestClient.Response foreign = otherJudge.post("/api/v1/judge/reading-requests/" + online + "/attendance",
                new AttendanceRecord(UUID.randomUUID(), fx.version(online), true, null, null));
        assertThat(foreign.status()).isEqualTo(404);
    }

    /** The applicant's own view: through the applicant API when it is there, else through the same repository. */
    private ReadingRequestView applicantView(long id) {
        HttpTestClient.Response r = lawyer.get("/api/v1/reading-requests/" + id);
        if (r.status() == 200) {
            return r.as(ReadingRequestView.class);
        }
        assertThat(r.status()).as("applicant API answered " + r.text()).isEqualTo(404);
        return server.jdbi().withHandle(h -> ReadingRequestRepository.find(h, id, TODAY, true)).orElseThrow();
    }
}
