package org.courtdesk.server.reading.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.reading.judge.ReadingFixtures.approveOnSite;
import static org.courtdesk.server.reading.judge.ReadingFixtures.approveOnline;
import static org.courtdesk.server.reading.judge.ReadingFixtures.refuse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.courtdesk.server.http.Json;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

class DecisionApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // TestServer.START in Guangzhou
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

    static TestServer server;
    static ReadingFixtures fx;

    long judgeId;
    long otherJudgeId;
    HttpTestClient judge;
    HttpTestClient otherJudge;
    HttpTestClient clerk;
    String judgeName;
    String clerkName;
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
        server.clock().set(TestServer.START);
        String j = ReadingFixtures.unique("judge");
        String o = ReadingFixtures.unique("judge");
        String c = ReadingFixtures.unique("clerk");
        judgeId = fx.data.judge(j, ReadingFixtures.COURT);
        otherJudgeId = fx.data.judge(o, ReadingFixtures.COURT);
        fx.data.clerk(c, ReadingFixtures.COURT, judgeId);
        lawyerId = fx.lawyer();
        judgeName = j;
        clerkName = c;
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

    @Test
    void aJudgeWhoLostTheCaseCannotReplayTheirOldKey() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        ReviewDecision d = refuse(fx.version(id), "材料不全");
        assertThat(judge.post(decisionPath(id), d).status()).isEqualTo(200);
        // The case (and so the request) is reassigned to another judge.
        server.jdbi().useHandle(h -> {
            h.execute("UPDATE court_case SET judge_id = ? WHERE id = (SELECT case_id FROM request WHERE id = ?)",
                    otherJudgeId, id);
            h.execute("UPDATE request SET judge_id = ? WHERE id = ?", otherJudgeId, id);
        });

        // The old key no longer answers the old state: the request is as unknown as a missing one.
        HttpTestClient.Response replay = judge.post(decisionPath(id), d);
        HttpTestClient.Response missing = judge.post(decisionPath(99999999), d);
        assertThat(replay.status()).isEqualTo(404);
        assertThat(replay.code()).isEqualTo("NOT_FOUND");
        assertThat(replay.text()).isEqualTo(missing.text());
        // The old judge's clerk neither learns of it from IDEMPOTENCY_KEY_REUSED.
        HttpTestClient.Response clerkReplay = clerk.post(decisionPath(id), d);
        assertThat(clerkReplay.status()).isEqualTo(404);
        assertThat(clerkReplay.text()).isEqualTo(missing.text());
        // The new judge sees the request, decided once.
        assertThat(otherJudge.get("/api/v1/judge/reading-requests/" + id).status()).isEqualTo(200);
        assertThat(fx.changeRows(id)).isEqualTo(2);
        assertThat(fx.smsRows(id)).isEqualTo(1);
    }

    @Test
    void aRequestTheCallerMayNotSeeAnswers404WhateverTheBody() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ON_SITE);
        long version = fx.version(id);
        byte[] notUtf8 = Json.write(refuse(version, "材料不全@")).getBytes(StandardCharsets.UTF_8);
        notUtf8[indexOf(notUtf8, (byte) '@')] = (byte) 0xFF;
        List<byte[]> bodies = List.of(
                "not json".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8),
                ("{\"baseVersion\":" + version + ",\"opinion\":\"DISAGREE\",\"explanation\":\"x\"}").getBytes(StandardCharsets.UTF_8),
                Json.write(refuse(version + 1000, "材料不全")).getBytes(StandardCharsets.UTF_8),
                Json.write(refuse(version, " ")).getBytes(StandardCharsets.UTF_8),
                Json.write(refuse(version, "x".repeat(Json.MAX_BODY_BYTES + 1))).getBytes(StandardCharsets.UTF_8),
                notUtf8,
                Json.write(refuse(version, "材料不全")).getBytes(StandardCharsets.UTF_8));
        for (String action : List.of("/decision", "/attendance")) {
            for (byte[] body : bodies) {
                HttpTestClient.Response foreign = otherJudge.postRaw(
                        "/api/v1/judge/reading-requests/" + id + action, "application/json", body);
                HttpTestClient.Response missing = otherJudge.postRaw(
                        "/api/v1/judge/reading-requests/99999999" + action, "application/json", body);
                assertThat(foreign.status()).as(action + " " + new String(body, StandardCharsets.UTF_8)).isEqualTo(404);
                assertThat(foreign.code()).isEqualTo("NOT_FOUND");
                assertThat(foreign.text()).isEqualTo(missing.text());
            }
        }
        // For the judge who may see it, the same bodies are refused for what they are.
        assertThat(judge.postRaw(decisionPath(id), "application/json", bodies.get(0)).code()).isEqualTo("MALFORMED_JSON");
        assertThat(judge.postRaw(decisionPath(id), "application/json", bodies.get(2)).code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(judge.postRaw(decisionPath(id), "application/json", bodies.get(3)).code()).isEqualTo("VERSION_CONFLICT");
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
        ReadingRequestView v = result.requestAs(ReadingRequestView.class);
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
        assertThat(result.requestAs(ReadingRequestView.class).review().opinion()).isEqualTo(ReviewOpinion.DISAGREE);
        assertThat(result.requestAs(ReadingRequestView.class).review().explanation()).isEqualTo("申请人不是本案当事人的代理人");
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
        assertThat(current.path("kind").asText()).as("current is a RequestView: its kind names the view").isEqualTo("CASE_FILE_READING");
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

        assertThat(approved.requestAs(ReadingRequestView.class).review().mode()).isEqualTo(ReadingMode.ON_SITE);
        assertThat(approved.requestAs(ReadingRequestView.class).review().onSiteStart()).isEqualTo(start);
        assertThat(approved.requestAs(ReadingRequestView.class).review().onSiteEnd()).isEqualTo(end);
        assertThat(fx.sms(id)).singleElement().asString()
                .contains("【现场阅卷】审查已通过").contains(start + "至" + end)
                .contains("广州市白云区应潭路66号 档案阅卷室").contains("带齐相关证明材料");
        List<String> actions = approved.requestAs(ReadingRequestView.class).audit().stream().map(AuditEntry::action).toList();
        assertThat(actions).containsExactly("修改阅卷方式", "修改预约时间", "审查通过");

        String attendance = "/api/v1/judge/reading-requests/" + id + "/attendance";
        LocalDateTime borrowed = LocalDateTime.of(2026, 11, 25, 9, 30);
        // The clerk records the visit in the afternoon of its day: nothing is recorded ahead of the clock.
        at(LocalDateTime.of(2026, 11, 25, 14, 0));
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
        assertThat(recorded.requestAs(ReadingRequestView.class).visit().attended()).isTrue();
        assertThat(recorded.requestAs(ReadingRequestView.class).visit().borrowedAt()).isEqualTo(borrowed);
        assertThat(recorded.requestAs(ReadingRequestView.class).visit().returnedAt()).isEqualTo(borrowed.plusHours(2));
        assertThat(recorded.request().version()).isGreaterThan(approved.request().version());
        assertThat(fx.auditRows(id, "记录到场情况")).isEqualTo(1);
        AuditEntry entry = recorded.requestAs(ReadingRequestView.class).audit().get(recorded.requestAs(ReadingRequestView.class).audit().size() - 1);
        assertThat(entry.action()).isEqualTo("记录到场情况");
        assertThat(entry.detail()).contains("是否到场：是").contains("2026-11-25 09:30:00").contains("2026-11-25 11:30:00");
        assertThat(entry.actor()).startsWith("用户clerk.");
        assertThat(fx.changeRows(id)).isEqualTo(3);
    }

    /** Sets the server's clock to a court-local time; judge and clerk sign in again (tokens last 12 hours). */
    private void at(LocalDateTime courtLocal) {
        server.clock().set(courtLocal.atZone(COURT_ZONE).toInstant());
        judge = server.client().login(judgeName, TestData.PASSWORD);
        clerk = server.client().login(clerkName, TestData.PASSWORD);
    }

    /** Approved on site for TODAY+2 .. TODAY+3; returns the request id. */
    private long onSiteApproved() {
        long id = fx.pending(fx.archivedCase(judgeId, false), lawyerId, ReadingMode.ON_SITE);
        assertThat(judge.post(decisionPath(id), approveOnSite(fx.version(id), TODAY.plusDays(2), TODAY.plusDays(3)))
                .status()).isEqualTo(200);
        return id;
    }

    private void assertNothingRecorded(long id, long version, HttpTestClient.Response r) {
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(fx.version(id)).as("a refusal stores nothing").isEqualTo(version);
        assertThat(fx.changeRows(id)).isEqualTo(2);
        assertThat(fx.auditRows(id, "记录到场情况")).isZero();
        assertThat(judge.get("/api/v1/judge/reading-requests/" + id).as(ReadingRequestView.class).visit()).isNull();
    }

    /**
     * The report: a borrow time a year ahead with no return was recorded. Borrowed only on a day of the approved
     * window (TODAY+2 .. TODAY+3), borrowed and returned not after the server's clock; each refusal stores nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                         | now (court local)  | borrowed            | returned            | code
            "a year ahead, never returned   | 2026-11-25T14:00   | 2027-11-25T09:00    |                     | ATTENDANCE_TIME_OUTSIDE_WINDOW",
            "the day before the window      | 2026-11-25T14:00   | 2026-11-24T16:00    | 2026-11-24T17:00    | ATTENDANCE_TIME_OUTSIDE_WINDOW",
            "the day after the window       | 2026-11-27T14:00   | 2026-11-27T09:00    |                     | ATTENDANCE_TIME_OUTSIDE_WINDOW",
            "in the window, later today     | 2026-11-25T10:00   | 2026-11-25T11:00    |                     | ATTENDANCE_TIME_IN_FUTURE",
            "returned later than now        | 2026-11-25T10:00   | 2026-11-25T09:00    | 2026-11-25T12:00    | ATTENDANCE_TIME_IN_FUTURE",
            "before the window even opened  | 2026-11-23T10:00   | 2026-11-25T09:00    |                     | ATTENDANCE_TIME_IN_FUTURE",
            "returned before borrowed       | 2026-11-25T14:00   | 2026-11-25T09:00    | 2026-11-25T08:00    | VALIDATION_FAILED"})
    void attendanceTimesFitTheWindowAndTheClock(String name, LocalDateTime now, LocalDateTime borrowed,
                                                LocalDateTime returned, String code) {
        long id = onSiteApproved();
        long version = fx.version(id);
        at(now);

        HttpTestClient.Response r = clerk.post("/api/v1/judge/reading-requests/" + id + "/attendance",
                new AttendanceRecord(UUID.randomUUID(), version, true, borrowed, returned));

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().path("errors").get(0).asText()).isEqualTo(code);
        assertNothingRecorded(id, version, r);
    }

    @Test
    void aYearAheadNamesBothRulesAndTheWindow() {
        long id = onSiteApproved();
        at(LocalDateTime.of(2026, 11, 25, 14, 0));
        HttpTestClient.Response r = clerk.post("/api/v1/judge/reading-requests/" + id + "/attendance",
                new AttendanceRecord(UUID.randomUUID(), fx.version(id), true, LocalDateTime.of(2027, 11, 25, 9, 0), null));
        List<String> errors = new java.util.ArrayList<>();
        r.json().path("errors").forEach(e -> errors.add(e.asText()));
        assertThat(errors).containsExactly("ATTENDANCE_TIME_OUTSIDE_WINDOW", "ATTENDANCE_TIME_IN_FUTURE");
        assertThat(r.json().path("detail").asText()).contains("2026-11-25 至 2026-11-26").contains("2027-11-25 09:00");
    }

    @Test
    void aVisitOnTheLastDayRecordedTheDayAfterIsAccepted() {
        long id = onSiteApproved();
        at(LocalDateTime.of(2026, 11, 27, 9, 0)); // the window has passed: the request shows 已过期, the record still fits
        assertThat(judge.get("/api/v1/judge/reading-requests/" + id).as(ReadingRequestView.class).status())
                .isEqualTo(RequestStatus.EXPIRED);
        DecisionResult r = clerk.post("/api/v1/judge/reading-requests/" + id + "/attendance", new AttendanceRecord(
                UUID.randomUUID(), fx.version(id), true, LocalDateTime.of(2026, 11, 26, 16, 0),
                LocalDateTime.of(2026, 11, 26, 17, 30))).as(DecisionResult.class);
        assertThat(r.requestAs(ReadingRequestView.class).visit().borrowedAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 16, 0));
        // the visit happened: no longer 已过期 (seed 002 fig. 14: 是否到场 是, 状态 通过)
        assertThat(r.request().status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(judge.get("/api/v1/judge/reading-requests/" + id).as(ReadingRequestView.class).status())
                .isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void aVisitRecordedAsNotAttendedLeavesTheMissedWindowExpired() {
        long id = onSiteApproved();
        at(LocalDateTime.of(2026, 11, 27, 9, 0));
        DecisionResult r = clerk.post("/api/v1/judge/reading-requests/" + id + "/attendance",
                new AttendanceRecord(UUID.randomUUID(), fx.version(id), false, null, null)).as(DecisionResult.class);
        assertThat(r.requestAs(ReadingRequestView.class).visit().attended()).isFalse();
        assertThat(r.request().status()).isEqualTo(RequestStatus.EXPIRED);
    }

    // ------------------------------------------------------------------ strict bodies

    /**
     * The report: "true" and 1 ticked {@code attended}, 12345 became a date, a date-time was taken for a date, text
     * for numbers. Each is refused naming the field, and nothing is stored.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "attended as text     | \"attended\":true          | \"attended\":\"true\"        | attended",
            "attended as number   | \"attended\":true          | \"attended\":1             | attended",
            "attended missing     | ,\"attended\":true         | ''                         | attended",
            "baseVersion as text  | \"baseVersion\":VERSION    | \"baseVersion\":\"VERSION\"  | baseVersion",
            "baseVersion as float | \"baseVersion\":VERSION    | \"baseVersion\":VERSION.0    | baseVersion",
            "borrowedAt number    | \"borrowedAt\":\"BORROWED\"  | \"borrowedAt\":12345         | borrowedAt",
            "borrowedAt array     | \"borrowedAt\":\"BORROWED\"  | \"borrowedAt\":[2026,11,25,9,0] | borrowedAt",
            "borrowedAt a date    | \"borrowedAt\":\"BORROWED\"  | \"borrowedAt\":\"2026-11-25\"  | borrowedAt",
            "borrowedAt offset    | \"borrowedAt\":\"BORROWED\"  | \"borrowedAt\":\"BORROWED+08:00\" | borrowedAt",
            "borrowedAt with space| \"borrowedAt\":\"BORROWED\"  | \"borrowedAt\":\"2026-11-25 09:00\" | borrowedAt",
            "borrowedAt empty     | \"borrowedAt\":\"BORROWED\"  | \"borrowedAt\":\"\"          | borrowedAt"})
    void attendanceBodiesAreStrict(String name, String good, String bad, String field) {
        long id = onSiteApproved();
        long version = fx.version(id);
        at(LocalDateTime.of(2026, 11, 25, 14, 0));
        String json = "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"baseVersion\":" + version
                + ",\"attended\":true,\"borrowedAt\":\"2026-11-25T09:00:00\",\"returnedAt\":null}";
        String g = good.replace("VERSION", String.valueOf(version)).replace("BORROWED", "2026-11-25T09:00:00");
        String b = bad.replace("VERSION", String.valueOf(version)).replace("BORROWED", "2026-11-25T09:00:00");
        assertThat(json).contains(g);

        HttpTestClient.Response r = clerk.postRaw("/api/v1/judge/reading-requests/" + id + "/attendance",
                "application/json", json.replace(g, b).getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().path("detail").asText()).contains(field);
        assertNothingRecorded(id, version, r);
        // The same body, well formed, is taken.
        assertThat(clerk.postRaw("/api/v1/judge/reading-requests/" + id + "/attendance", "application/json",
                json.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "validUntil epoch day   | \"validUntil\":\"2026-11-30\" | \"validUntil\":12345                | validUntil          | VALIDATION_FAILED",
            "validUntil date-time   | \"validUntil\":\"2026-11-30\" | \"validUntil\":\"2026-11-30T10:00\"    | validUntil          | VALIDATION_FAILED",
            "validUntil instant     | \"validUntil\":\"2026-11-30\" | \"validUntil\":\"2026-11-30T00:00:00Z\" | validUntil          | VALIDATION_FAILED",
            "validUntil not a day   | \"validUntil\":\"2026-11-30\" | \"validUntil\":\"2026-11-31\"          | validUntil          | VALIDATION_FAILED",
            "mode in lower case     | \"mode\":\"ONLINE\"           | \"mode\":\"online\"                  | mode                | VALIDATION_FAILED",
            "mode by index          | \"mode\":\"ONLINE\"           | \"mode\":0                         | mode                | VALIDATION_FAILED",
            "opinion padded         | \"opinion\":\"AGREE\"         | \"opinion\":\"AGREE \"                | opinion             | VALIDATION_FAILED",
            "explanation a number   | \"explanation\":\"同意在线阅卷\" | \"explanation\":1                  | explanation         | VALIDATION_FAILED",
            "replyNote empty array  | \"replyNote\":null           | \"replyNote\":[]                   | replyNote           | VALIDATION_FAILED",
            "a field twice          | \"mode\":\"ONLINE\"           | \"mode\":\"ONLINE\",\"mode\":\"ON_SITE\"   | mode                | MALFORMED_JSON",
            "NUL in the explanation | \"explanation\":\"同意在线阅卷\" | \"explanation\":\"同意\\u0000在线阅卷\"  | explanation         | TEXT_INVALID_CHARACTER",
            "ESC in the reply note  | \"replyNote\":null           | \"replyNote\":\"\\u001b[31m\"          | replyNote           | TEXT_INVALID_CHARACTER",
            "lone surrogate         | \"explanation\":\"同意在线阅卷\" | \"explanation\":\"同意\\ud83d在线阅卷\"  | explanation         | TEXT_INVALID_CHARACTER"})
    void decisionBodiesAreStrictAndNothingReachesTheSms(String name, String good, String bad, String field, String code) {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        long version = fx.version(id);
        String json = Json.write(approveOnline(version, TODAY.plusDays(7)));
        assertThat(json).contains(good);

        HttpTestClient.Response r = judge.postRaw(decisionPath(id), "application/json",
                json.replace(good, bad).getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().path("detail").asText()).contains(field);
        assertThat(fx.version(id)).isEqualTo(version);
        assertThat(fx.changeRows(id)).isEqualTo(1);
        assertThat(fx.smsRows(id)).as("no SMS").isZero();
        assertThat(judge.get("/api/v1/judge/reading-requests/" + id).as(ReadingRequestView.class).status())
                .isEqualTo(RequestStatus.PENDING_REVIEW);
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedNotRepaired() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        byte[] json = Json.write(refuse(fx.version(id), "材料不全@")).getBytes(StandardCharsets.UTF_8);
        json[indexOf(json, (byte) '@')] = (byte) 0xFF;

        HttpTestClient.Response r = judge.postRaw(decisionPath(id), "application/json", json);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("TEXT_INVALID_CHARACTER");
        assertThat(r.json().path("detail").asText()).contains("UTF-8");
        assertThat(fx.smsRows(id)).isZero();
        assertThat(fx.changeRows(id)).isEqualTo(1);
    }

    @Test
    void tabsAndLineBreaksInTheExplanationAreKept() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        DecisionResult r = judge.post(decisionPath(id), refuse(fx.version(id), "材料不全：\n\t1. 缺少授权委托书\r\n"))
                .as(DecisionResult.class);
        assertThat(r.requestAs(ReadingRequestView.class).review().explanation()).isEqualTo("材料不全：\n\t1. 缺少授权委托书");
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no " + b);
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
