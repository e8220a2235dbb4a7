package org.courtdesk.server.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingIntake;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.FilingMessagePost;
import org.courtdesk.model.filing.FilingOpinionSave;
import org.courtdesk.model.filing.FilingSupplementForm;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refusal of 网上立案 over HTTP, each with what it must not have stored. */
class FilingRefusalsTest {

    static TestServer server;
    static FilingFixtures fx;
    static long judge;
    static long reviewer;
    static long clerk;
    static long otherReviewer;
    static long party;
    static long otherParty;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new FilingFixtures(server);
        judge = fx.data.judge("ref.judge", FilingFixtures.COURT);
        reviewer = fx.account("ref.reviewer", Role.CENTRE_REVIEWER, FilingFixtures.COURT, true);
        clerk = fx.data.clerk("ref.clerk", FilingFixtures.COURT, judge);
        otherReviewer = fx.account("ref.reviewer2", Role.CENTRE_REVIEWER, FilingFixtures.OTHER_COURT, true);
        party = fx.account("ref.party", Role.PARTY, null, true);
        otherParty = fx.account("ref.party2", Role.PARTY, null, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long file() {
        Response r = FilingFixtures.submit(fx.login(party), Role.PARTY);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    private static long filings() {
        return fx.count("SELECT COUNT(*) FROM filing_request");
    }

    // ------------------------------------------------------------------ who may file, with what

    @Test
    void anUnverifiedApplicantMayNotFile() {
        long unverified = fx.account("ref.unverified", Role.PARTY, null, false);
        long before = filings();
        Response r = FilingFixtures.submit(fx.login(unverified), Role.PARTY);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("IDENTITY_NOT_VERIFIED");
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void anIncompleteProfileMayNotFile() {
        long incomplete = fx.account("ref.incomplete", Role.LAWYER, null, true);
        server.jdbi().useHandle(h -> h.execute("UPDATE account SET phone = NULL, law_firm = NULL WHERE id = ?", incomplete));
        long before = filings();
        Response r = FilingFixtures.submit(fx.login(incomplete), Role.LAWYER);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("PROFILE_INCOMPLETE");
        assertThat(r.json().path("detail").asText()).contains("手机号码", "所在律师事务所");
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void staffMayNotFile() {
        Response r = FilingFixtures.submit(fx.login(judge), Role.PARTY);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void missingMaterialsAndABadFormAreAllNamed() {
        long before = filings();
        long blobs = fx.count("SELECT COUNT(*) FROM blob");
        List<Part> parts = List.of(Part.json("filing", new org.courtdesk.model.filing.FilingForm(FilingFixtures.COURT,
                        FilingFixtures.form(FilingFixtures.COURT).parties(), " ", "请求", "事实", new java.math.BigDecimal("-1"))),
                Part.file(FilingMaterialType.COMPLAINT.name(), "起诉状.pdf", "application/pdf", FilingFixtures.PDF));
        Response r = FilingFixtures.submit(fx.login(party), parts, UUID.randomUUID());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").toString()).contains("FILING_CAUSE_REQUIRED", "FILING_AMOUNT_INVALID",
                "MATERIAL_MISSING");
        assertThat(filings()).isEqualTo(before);
        assertThat(fx.count("SELECT COUNT(*) FROM blob")).isEqualTo(blobs);
    }

    @Test
    void aFileIsJudgedByItsContentAndAPartByItsName() {
        long before = filings();
        List<Part> disguised = new java.util.ArrayList<>(FilingFixtures.parts(FilingFixtures.form(FilingFixtures.COURT), Role.PARTY));
        disguised.set(1, Part.file(FilingMaterialType.COMPLAINT.name(), "起诉状.pdf", "application/pdf",
                "<html>not a pdf</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Response r = FilingFixtures.submit(fx.login(party), disguised, UUID.randomUUID());
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.code()).isEqualTo("MATERIAL_CONTENT_REFUSED");
        List<Part> unknown = new java.util.ArrayList<>(FilingFixtures.parts(FilingFixtures.form(FilingFixtures.COURT), Role.PARTY));
        unknown.add(Part.file("CASE_FILE", "卷宗.pdf", "application/pdf", FilingFixtures.PDF));
        Response u = FilingFixtures.submit(fx.login(party), unknown, UUID.randomUUID());
        assertThat(u.status()).isEqualTo(400);
        assertThat(u.code()).isEqualTo("MATERIAL_TYPE_NOT_ALLOWED");
        Response badKey = fx.login(party).multipart("/api/v1/filings",
                FilingFixtures.parts(FilingFixtures.form(FilingFixtures.COURT), Role.PARTY), "Idempotency-Key", "not-a-uuid");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void anUnknownCourtIsRefusedAndNothingStored() {
        long before = filings();
        Response r = FilingFixtures.submit(fx.login(party), FilingFixtures.parts(FilingFixtures.form("粤9999"), Role.PARTY),
                UUID.randomUUID());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("COURT_UNKNOWN");
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void theSameKeyAnswersTheSameReceiptAndStoresOnce() {
        HttpTestClient client = fx.login(party);
        UUID key = UUID.randomUUID();
        List<Part> parts = FilingFixtures.parts(FilingFixtures.form(FilingFixtures.COURT), Role.PARTY);
        Response first = FilingFixtures.submit(client, parts, key);
        long after = filings();
        Response again = FilingFixtures.submit(client, parts, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(again.json().path("serialNo").asText()).isEqualTo(first.json().path("serialNo").asText());
        assertThat(filings()).isEqualTo(after);
        // the same key with another body is refused, not stored
        List<Part> other = FilingFixtures.parts(FilingFixtures.form(FilingFixtures.OTHER_COURT), Role.PARTY);
        Response reused = FilingFixtures.submit(client, other, key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(filings()).isEqualTo(after);
    }

    @Test
    void aResentMessageOrDecisionIsAppliedOnce() {
        long id = file();
        HttpTestClient applicant = fx.login(party);
        FilingMessagePost post = new FilingMessagePost(UUID.randomUUID(), "请问需要补充什么材料？");
        Response first = applicant.post("/api/v1/filings/" + id + "/messages", post);
        Response again = applicant.post("/api/v1/filings/" + id + "/messages", post);
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("messages")).hasSize(1);
        assertThat(fx.count("SELECT COUNT(*) FROM filing_message WHERE request_id = " + id)).isEqualTo(1);

        HttpTestClient byJudge = fx.login(judge);
        FilingMessagePost reply = new FilingMessagePost(UUID.randomUUID(), "请补充借条原件扫描件。");
        Response sent = byJudge.post("/api/v1/judge/filings/" + id + "/messages", reply);
        Response resent = byJudge.post("/api/v1/judge/filings/" + id + "/messages", reply);
        assertThat(sent.json().path("replayed").asBoolean()).isFalse();
        assertThat(resent.json().path("replayed").asBoolean()).isTrue();
        assertThat(fx.count("SELECT COUNT(*) FROM filing_message WHERE request_id = " + id)).isEqualTo(2);
        assertThat(fx.notices(id)).hasSize(1);
    }

    // ------------------------------------------------------------------ whose filing

    @Test
    void anApplicantMayNotReadOrWriteAnothersFilingOrThread() {
        long id = file();
        HttpTestClient other = fx.login(otherParty);
        Response missing = other.get("/api/v1/filings/999999");
        Response detail = other.get("/api/v1/filings/" + id);
        assertThat(detail.status()).isEqualTo(404);
        assertThat(detail.text()).isEqualTo(missing.text());
        Response post = other.post("/api/v1/filings/" + id + "/messages", new FilingMessagePost(UUID.randomUUID(), "你好"));
        assertThat(post.status()).isEqualTo(404);
        assertThat(other.get("/api/v1/filings").json()).isEmpty();
        assertThat(fx.count("SELECT COUNT(*) FROM filing_message WHERE request_id = " + id)).isZero();
    }

    @Test
    void anotherCourtsReviewerGetsTheMissingIdsAnswer() {
        long id = file();
        HttpTestClient other = fx.login(otherReviewer);
        Response detail = other.get("/api/v1/judge/filings/" + id);
        assertThat(detail.status()).isEqualTo(404);
        Response opinion = other.post("/api/v1/judge/filings/" + id + "/opinion",
                new FilingOpinionSave(UUID.randomUUID(), fx.version(id), "越权审查"));
        assertThat(opinion.status()).isEqualTo(404);
        assertThat(opinion.code()).isEqualTo("NOT_FOUND");
        assertThat(fx.count("SELECT COUNT(*) FROM filing_request WHERE opinion IS NOT NULL AND id = " + id)).isZero();
    }

    @Test
    void aClerkSeesButMayNotReview() {
        long id = file();
        HttpTestClient byClerk = fx.login(clerk);
        assertThat(byClerk.get("/api/v1/judge/filings/" + id).status()).isEqualTo(200);
        Response r = byClerk.post("/api/v1/judge/filings/" + id + "/opinion",
                new FilingOpinionSave(UUID.randomUUID(), fx.version(id), "书记员意见"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("FORBIDDEN");
        Response message = byClerk.post("/api/v1/judge/filings/" + id + "/messages",
                new FilingMessagePost(UUID.randomUUID(), "书记员留言"));
        assertThat(message.status()).isEqualTo(403);
        assertThat(fx.count("SELECT COUNT(*) FROM filing_request WHERE opinion IS NOT NULL AND id = " + id)).isZero();
        assertThat(fx.notices(id)).isEmpty();
    }

    // ------------------------------------------------------------------ 审查 and 收案 in the wrong status

    @Test
    void aConclusionNeedsTheSavedOpinion() {
        long id = file();
        Response r = fx.login(judge).post("/api/v1/judge/filings/" + id + "/conclusion", new FilingConclusionDecision(
                UUID.randomUUID(), fx.version(id), FilingConclusion.CONFORMS, null, null, null, null));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("DECISION_EXPLANATION_REQUIRED");
        assertThat(fx.status(id)).isEqualTo("FILING_RECEIVED");
    }

    @Test
    void reviewOnlyWhileReceivedAndIntakeOnlyWhenConforming() {
        long id = file();
        HttpTestClient byJudge = fx.login(judge);
        Response early = byJudge.post("/api/v1/judge/filings/" + id + "/intake", new FilingIntake(UUID.randomUUID(), fx.version(id)));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(early.json().path("detail").asText()).contains("只能对“符”状态的立案申请收案");
        assertThat(early.json().path("current").path("status").asText()).isEqualTo("FILING_RECEIVED");

        byJudge.post("/api/v1/judge/filings/" + id + "/opinion", new FilingOpinionSave(UUID.randomUUID(), fx.version(id), "符合"));
        Response conforms = byJudge.post("/api/v1/judge/filings/" + id + "/conclusion", new FilingConclusionDecision(
                UUID.randomUUID(), fx.version(id), FilingConclusion.CONFORMS, null, null, null, null));
        assertThat(conforms.status()).as(conforms.text()).isEqualTo(200);

        Response opinionAgain = byJudge.post("/api/v1/judge/filings/" + id + "/opinion",
                new FilingOpinionSave(UUID.randomUUID(), fx.version(id), "再审查"));
        assertThat(opinionAgain.status()).isEqualTo(409);
        assertThat(opinionAgain.code()).isEqualTo("ILLEGAL_TRANSITION");
        Response concludeAgain = byJudge.post("/api/v1/judge/filings/" + id + "/conclusion", new FilingConclusionDecision(
                UUID.randomUUID(), fx.version(id), FilingConclusion.RETURNED, null, null, null, null));
        assertThat(concludeAgain.status()).isEqualTo(409);
        assertThat(concludeAgain.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(fx.status(id)).isEqualTo("FILING_CONFORMS");

        // a supplement is only for 退回补正
        Response supplement = fx.login(party).multipart("/api/v1/filings/" + id + "/supplement", List.of(
                Part.json("supplement", new FilingSupplementForm("补正")),
                Part.file(FilingMaterialType.EVIDENCE.name(), "证据.pdf", "application/pdf", FilingFixtures.PDF)),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(supplement.status()).isEqualTo(409);
        assertThat(supplement.code()).isEqualTo("FILING_SUPPLEMENT_CLOSED");
    }

    @Test
    void judgeAndReviewerConcludingOnTheSameVersionGetOneAnswerAndOneConflict() {
        long id = file();
        HttpTestClient byJudge = fx.login(judge);
        HttpTestClient byReviewer = fx.login(reviewer);
        Response saved = byReviewer.post("/api/v1/judge/filings/" + id + "/opinion",
                new FilingOpinionSave(UUID.randomUUID(), fx.version(id), "不符合起诉条件"));
        assertThat(saved.status()).isEqualTo(200);
        long base = fx.version(id);
        Response first = byReviewer.post("/api/v1/judge/filings/" + id + "/conclusion", new FilingConclusionDecision(
                UUID.randomUUID(), base, FilingConclusion.RETURNED, org.courtdesk.model.filing.ReturnKind.NOT_ACCEPTED,
                null, null, "被告不明确"));
        Response second = byJudge.post("/api/v1/judge/filings/" + id + "/conclusion", new FilingConclusionDecision(
                UUID.randomUUID(), base, FilingConclusion.CONFORMS, null, null, null, null));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("VERSION_CONFLICT");
        assertThat(second.json().path("current").path("status").asText()).isEqualTo("FILING_RETURNED");
        assertThat(fx.status(id)).isEqualTo("FILING_RETURNED");
        List<String> sms = server.sms().fullTexts(id);
        assertThat(sms).singleElement().asString().contains("不予受理", "被告不明确", "可依法提起上诉");
    }

    @Test
    void aSupplementAfterItsDeadlineIsRefused() {
        long id = file();
        HttpTestClient byJudge = fx.login(judge);
        byJudge.post("/api/v1/judge/filings/" + id + "/opinion", new FilingOpinionSave(UUID.randomUUID(), fx.version(id), "缺证据"));
        Response returned = byJudge.post("/api/v1/judge/filings/" + id + "/conclusion", new FilingConclusionDecision(
                UUID.randomUUID(), fx.version(id), FilingConclusion.RETURNED, org.courtdesk.model.filing.ReturnKind.SUPPLEMENT,
                List.of("借条原件"), server.server().context().today().plusDays(1), null));
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        server.clock().advance(java.time.Duration.ofDays(2));
        try {
            Response late = fx.login(party).multipart("/api/v1/filings/" + id + "/supplement", List.of(
                    Part.json("supplement", new FilingSupplementForm("补正")),
                    Part.file(FilingMaterialType.EVIDENCE.name(), "借条.pdf", "application/pdf", FilingFixtures.PDF)),
                    "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.code()).isEqualTo("FILING_SUPPLEMENT_CLOSED");
            assertThat(fx.status(id)).isEqualTo("FILING_RETURNED");
        } finally {
            server.clock().advance(java.time.Duration.ofDays(-2));
        }
    }
}
