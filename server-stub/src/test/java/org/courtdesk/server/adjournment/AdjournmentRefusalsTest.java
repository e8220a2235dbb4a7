package org.courtdesk.server.adjournment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentDecision;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.HearingProcedure;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every refusal spec-004 §4 names, over HTTP and with the server's fixed clock (2026-11-23 10:00 in Guangzhou): a
 * missing reason, a hearing of another's case, a hearing begun, the adjournment limit of the procedure (at the
 * application and at the approval), a new date without 3 days' notice, a rejection without a reason, a decided request.
 * Nothing is stored on a refusal: no request, no status change, no moved hearing, no SMS.
 */
class AdjournmentRefusalsTest {

    TestServer server;
    AdjournmentFixtures fx;
    long judge;
    long lawyer;
    long caseId;
    HttpTestClient byLawyer;
    HttpTestClient byJudge;

    @BeforeEach
    void start() {
        server = TestServer.start();
        fx = new AdjournmentFixtures(server);
        judge = fx.account("ref.judge", Role.JUDGE, AdjournmentFixtures.COURT, true);
        lawyer = fx.account("ref.lawyer", Role.LAWYER, null, true);
        caseId = fx.caseWith(judge, lawyer, null);
        byLawyer = fx.login(lawyer);
        byJudge = fx.login(judge);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    long requests() {
        return fx.count("SELECT COUNT(*) FROM request WHERE kind = 'ADJOURNMENT'");
    }

    long ask(long hearing) {
        Response r = AdjournmentFixtures.submit(byLawyer, hearing, "当事人住院治疗。", UUID.randomUUID());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    Response decide(long id, AdjournmentConclusion c, String opinion, LocalDateTime next) {
        return byJudge.post("/api/v1/judge/adjournments/" + id + "/decision",
                new AdjournmentDecision(UUID.randomUUID(), fx.version(id), c, opinion, next));
    }

    void nothingDecided(long id, long hearing, String startsAt, int adjourned) {
        assertThat(fx.status(id)).isEqualTo("PENDING_REVIEW");
        assertThat(fx.count("SELECT COUNT(*) FROM notification WHERE request_id = " + id)).isZero();
        assertThat(fx.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'ADJOURNMENT' AND request_id = " + id)).isEqualTo(1);
        LocalDateTime stored = server.jdbi().withHandle(h -> h.createQuery("SELECT starts_at FROM hearing WHERE id = :id")
                .bind("id", hearing).mapTo(LocalDateTime.class).one());
        assertThat(stored.toString()).isEqualTo(startsAt);
        assertThat(fx.count("SELECT adjournments FROM hearing WHERE id = " + hearing)).isEqualTo(adjourned);
    }

    @Test
    void anApplicationWithoutAReasonIsRefused() {
        long h = fx.hearing(caseId, fx.now().plusDays(5), HearingProcedure.ORDINARY, 0);
        Response r = AdjournmentFixtures.submit(byLawyer, h, "  ", UUID.randomUUID());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("ADJOURNMENT_REASON_REQUIRED");
        assertThat(requests()).isZero();
    }

    @Test
    void aHearingOfACaseNotOnRecordIsNotFound() {
        long stranger = fx.account("ref.stranger", Role.LAWYER, null, true);
        long h = fx.hearing(caseId, fx.now().plusDays(5), HearingProcedure.ORDINARY, 0);
        Response r = AdjournmentFixtures.submit(fx.login(stranger), h, "冲突", UUID.randomUUID());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("ADJOURNMENT_HEARING_NOT_FOUND");
        assertThat(fx.login(stranger).get("/api/v1/adjournments/hearings").json()).isEmpty();
        assertThat(requests()).isZero();
    }

    @Test
    void aHearingThatBegunCannotBeAdjourned() {
        long h = fx.hearing(caseId, fx.now().minusMinutes(5), HearingProcedure.ORDINARY, 0);
        Response r = AdjournmentFixtures.submit(byLawyer, h, "冲突", UUID.randomUUID());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("ADJOURNMENT_HEARING_BEGUN");
        assertThat(requests()).isZero();
    }

    @Test
    void aFurtherAdjournmentUnderTheSimplifiedProcedureIsRefusedWithTheRulesWords() {
        long h = fx.hearing(caseId, fx.now().plusDays(5), HearingProcedure.SIMPLIFIED, 1);
        Response r = AdjournmentFixtures.submit(byLawyer, h, "冲突", UUID.randomUUID());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("ADJOURNMENT_LIMIT_REACHED");
        assertThat(r.json().path("detail").asText()).contains("简易程序").contains(AdjournmentRules.LIMIT_RULE);
        assertThat(requests()).isZero();
    }

    @Test
    void aThirdAdjournmentUnderTheOrdinaryProcedureIsNotApproved() {
        LocalDateTime at = fx.now().plusDays(5);
        long h = fx.hearing(caseId, at, HearingProcedure.ORDINARY, 1);
        long id = ask(h);
        // meanwhile another request of the case was approved: this would be the third
        server.jdbi().useHandle(x -> x.execute("UPDATE hearing SET adjournments = 2 WHERE id = " + h));
        Response r = decide(id, AdjournmentConclusion.APPROVE, "准许", at.plusDays(14));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("ADJOURNMENT_LIMIT_REACHED");
        assertThat(r.json().path("detail").asText()).contains("普通程序").contains("不超过两次").contains("第三条");
        nothingDecided(id, h, at.toString(), 2);
    }

    @Test
    void theNewDateMustLeaveThreeDaysNotice() {
        LocalDateTime at = fx.now().plusHours(3);
        long h = fx.hearing(caseId, at, HearingProcedure.ORDINARY, 0);
        long id = ask(h);
        Response tooSoon = decide(id, AdjournmentConclusion.APPROVE, null, fx.now().plusDays(2).withHour(9).withMinute(0));
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.code()).isEqualTo("ADJOURNMENT_NOTICE_TOO_SHORT");
        assertThat(tooSoon.json().path("detail").asText()).contains("2026-11-26").contains("开庭三日前通知");
        Response none = decide(id, AdjournmentConclusion.APPROVE, null, null);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.code()).isEqualTo("ADJOURNMENT_NEW_HEARING_REQUIRED");
        nothingDecided(id, h, at.toString(), 0);
        Response ok = decide(id, AdjournmentConclusion.APPROVE, null, fx.now().plusDays(3).withHour(9).withMinute(0));
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
    }

    @Test
    void onceTheHearingBegunTheRequestIsOverdueAndCanOnlyBeRefused() {
        LocalDateTime at = fx.now().plusHours(1);
        long h = fx.hearing(caseId, at, HearingProcedure.ORDINARY, 0);
        long id = ask(h);
        server.clock().advance(java.time.Duration.ofHours(2));
        byJudge = fx.login(judge);
        Response late = decide(id, AdjournmentConclusion.APPROVE, "准许", at.plusDays(10));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("ADJOURNMENT_HEARING_BEGUN");
        assertThat(late.json().path("detail").asText()).contains("已逾期");
        nothingDecided(id, h, at.toString(), 0);
        Response closed = decide(id, AdjournmentConclusion.REJECT, "开庭时间已过，申请已无意义。", null);
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
    }

    @Test
    void aRejectionNeedsAReasonAndADecidedRequestIsNotDecidedAgain() {
        LocalDateTime at = fx.now().plusDays(6);
        long h = fx.hearing(caseId, at, HearingProcedure.ORDINARY, 0);
        long id = ask(h);
        Response bare = decide(id, AdjournmentConclusion.REJECT, " ", null);
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.code()).isEqualTo("ADJOURNMENT_OPINION_REQUIRED");
        Response noConclusion = decide(id, null, "x", null);
        assertThat(noConclusion.code()).isEqualTo("ADJOURNMENT_CONCLUSION_REQUIRED");
        nothingDecided(id, h, at.toString(), 0);
        assertThat(decide(id, AdjournmentConclusion.REJECT, "理由不成立。", null).status()).isEqualTo(200);
        Response again = decide(id, AdjournmentConclusion.APPROVE, "改为准许", at.plusDays(10));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void aSubmissionNeedsAnIdempotencyKeyAndMultipart() {
        long h = fx.hearing(caseId, fx.now().plusDays(5), HearingProcedure.ORDINARY, 0);
        Response noKey = byLawyer.multipart("/api/v1/adjournments", java.util.List.of(
                HttpTestClient.Part.json("adjournment", new org.courtdesk.model.adjournment.AdjournmentForm(h, "冲突"))), "Idempotency-Key", " ");
        assertThat(noKey.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        Response json = byLawyer.post("/api/v1/adjournments", new org.courtdesk.model.adjournment.AdjournmentForm(h, "冲突"),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(json.status()).isEqualTo(415);
        assertThat(byJudge.get("/api/v1/adjournments").status()).isEqualTo(403);
        assertThat(requests()).isZero();
    }
}
