package org.courtdesk.server.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.evidence.CrossExamForm;
import org.courtdesk.model.evidence.EvidenceDeadlineChange;
import org.courtdesk.model.evidence.EvidenceEntry;
import org.courtdesk.model.evidence.EvidenceExchangeCreate;
import org.courtdesk.model.evidence.EvidenceProcedure;
import org.courtdesk.model.evidence.EvidenceReview;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of 证据交换 stores nothing: bad deadlines, another judge's case or exchange, a lawyer of another case,
 * a 质证 of one's own side, an incomplete catalogue entry or 质证, a 序号 taken, a missing key, a change without reason.
 */
class EvidenceRefusalsTest {

    static TestServer server;
    static EvidenceFixtures fx;
    static long id;
    static long plaintiffItem;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new EvidenceFixtures(server, 720);
        Response created = fx.login(fx.judge).post("/api/v1/judge/evidence-exchanges", fx.create());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        id = created.json().path("request").path("id").asLong();
        Response up = EvidenceFixtures.upload(fx.login(fx.plaintiffLawyer), id, EvidenceFixtures.entry(1, "借款合同"));
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        plaintiffItem = EvidenceFlowTest.itemId(up.json().path("items"), "PLAINTIFF", 1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private void refused(Response r, int status, String code) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.code()).as(r.text()).isEqualTo(code);
    }

    @Test
    void creationsRefused() {
        List<Long> before = fx.footprint();
        HttpTestClient judge = fx.login(fx.judge);
        LocalDate today = EvidenceFixtures.TODAY;
        // ordinary procedure needs at least 15 days
        refused(judge.post("/api/v1/judge/evidence-exchanges", new EvidenceExchangeCreate(UUID.randomUUID(), fx.caseNumber,
                EvidenceProcedure.ORDINARY, today.plusDays(10), null, null, null, null)), 400, "EVIDENCE_DEADLINE_INVALID");
        // small claims at most 7
        refused(judge.post("/api/v1/judge/evidence-exchanges", new EvidenceExchangeCreate(UUID.randomUUID(), fx.caseNumber,
                EvidenceProcedure.SMALL_CLAIMS, today.plusDays(10), null, null, null, null)), 400, "EVIDENCE_DEADLINE_INVALID");
        // one open exchange per case
        refused(judge.post("/api/v1/judge/evidence-exchanges", fx.create()), 409, "EVIDENCE_EXCHANGE_EXISTS");
        // another judge cannot create on this case (as if it did not exist)
        refused(fx.login(fx.otherJudge).post("/api/v1/judge/evidence-exchanges", fx.create()), 404, "CASE_NOT_FOUND");
        // no lawyer creates
        refused(fx.login(fx.plaintiffLawyer).post("/api/v1/judge/evidence-exchanges", fx.create()), 403, "FORBIDDEN");
        assertThat(fx.footprint()).isEqualTo(before);
    }

    @Test
    void anotherJudgeAndALawyerOfAnotherCaseSeeNothing() {
        List<Long> before = fx.footprint();
        HttpTestClient other = fx.login(fx.otherJudge);
        refused(other.post("/api/v1/judge/evidence-exchanges/" + id + "/deadlines", new EvidenceDeadlineChange(UUID.randomUUID(),
                fx.version(id), EvidenceFixtures.TODAY.plusDays(18), null, null, null, "延期")), 404, "NOT_FOUND");
        refused(other.post("/api/v1/judge/evidence-exchanges/" + id + "/review", new EvidenceReview(UUID.randomUUID(),
                fx.version(id), "审查")), 404, "NOT_FOUND");
        refused(EvidenceFixtures.upload(other, "/api/v1/judge/evidence-exchanges/" + id + "/evidence",
                EvidenceFixtures.paper(EvidenceSide.DEFENDANT, 5, "收据"), UUID.randomUUID()), 404, "NOT_FOUND");
        refused(other.get("/api/v1/evidence-exchanges/" + id + "/catalogue.pdf"), 404, "NOT_FOUND");

        HttpTestClient stranger = fx.login(fx.strangerLawyer);
        Response missing = stranger.get("/api/v1/evidence-exchanges/999999");
        Response foreign = stranger.get("/api/v1/evidence-exchanges/" + id);
        refused(foreign, 404, "NOT_FOUND");
        assertThat(foreign.text()).isEqualTo(missing.text());
        refused(EvidenceFixtures.upload(stranger, id, EvidenceFixtures.entry(7, "伪证")), 404, "NOT_FOUND");
        refused(EvidenceFixtures.cross(stranger, id, new CrossExamForm(plaintiffItem, "认可", "认可", "认可", false, null)), 404,
                "NOT_FOUND");
        refused(stranger.get("/api/v1/evidence-exchanges/" + id + "/catalogue.pdf"), 404, "NOT_FOUND");
        assertThat(stranger.get("/api/v1/evidence-exchanges").json()).isEmpty();
        assertThat(fx.footprint()).isEqualTo(before);
    }

    @Test
    void badSubmissionsOfTheCaseLawyersStoreNothing() {
        List<Long> before = fx.footprint();
        HttpTestClient plaintiff = fx.login(fx.plaintiffLawyer);
        HttpTestClient defendant = fx.login(fx.defendantLawyer);
        // a 质证 of one's own side's evidence
        refused(EvidenceFixtures.cross(plaintiff, id, new CrossExamForm(plaintiffItem, "认可", "认可", "认可", false, null)), 409,
                "EVIDENCE_CROSS_OWN_SIDE");
        // an objection without its reason; an opinion missing
        refused(EvidenceFixtures.cross(defendant, id, new CrossExamForm(plaintiffItem, "不认可", "认可", "认可", true, " ")), 400,
                "EVIDENCE_CROSS_INVALID");
        refused(EvidenceFixtures.cross(defendant, id, new CrossExamForm(plaintiffItem, null, "认可", "认可", false, null)), 400,
                "EVIDENCE_CROSS_INVALID");
        // an item of another exchange (or none)
        refused(EvidenceFixtures.cross(defendant, id, new CrossExamForm(999_999, "认可", "认可", "认可", false, null)), 404, "NOT_FOUND");
        // the catalogue entry incomplete; the 序号 already taken on this side
        refused(EvidenceFixtures.upload(plaintiff, id, new EvidenceEntry(null, 2, " ", "原告持有", "借款", 0)), 400,
                "EVIDENCE_ENTRY_INVALID");
        refused(EvidenceFixtures.upload(plaintiff, id, EvidenceFixtures.entry(1, "另一份合同")), 409, "EVIDENCE_SEQ_TAKEN");
        // no idempotency key
        refused(plaintiff.post("/api/v1/evidence-exchanges/" + id + "/cross-examinations",
                new CrossExamForm(plaintiffItem, "认可", "认可", "认可", false, null)), 400, "IDEMPOTENCY_KEY_REQUIRED");
        // not a PDF/JPEG/PNG by content
        refused(plaintiff.multipart("/api/v1/evidence-exchanges/" + id + "/evidence", List.of(
                        HttpTestClient.Part.json("entry", EvidenceFixtures.entry(4, "说明")),
                        HttpTestClient.Part.file("EVIDENCE", "说明.pdf", "application/pdf", "plain text".getBytes())),
                "Idempotency-Key", UUID.randomUUID().toString()), 415, "MATERIAL_CONTENT_REFUSED");
        // the judge's paper upload must name the side
        refused(EvidenceFixtures.upload(fx.login(fx.judge), "/api/v1/judge/evidence-exchanges/" + id + "/evidence",
                EvidenceFixtures.entry(5, "收据"), UUID.randomUUID()), 400, "EVIDENCE_ENTRY_INVALID");
        assertThat(fx.footprint()).isEqualTo(before);
    }

    @Test
    void changesAndReviewsRefused() {
        List<Long> before = fx.footprint();
        HttpTestClient judge = fx.login(fx.judge);
        String path = "/api/v1/judge/evidence-exchanges/" + id;
        refused(judge.post(path + "/deadlines", new EvidenceDeadlineChange(UUID.randomUUID(), fx.version(id),
                EvidenceFixtures.TODAY.plusDays(18), null, null, null, " ")), 400, "EVIDENCE_CHANGE_REASON_REQUIRED");
        refused(judge.post(path + "/deadlines", new EvidenceDeadlineChange(UUID.randomUUID(), fx.version(id),
                EvidenceFixtures.TODAY.plusDays(40), null, null, null, "延期")), 400, "EVIDENCE_CROSS_DEADLINE_INVALID");
        refused(judge.post(path + "/deadlines", new EvidenceDeadlineChange(UUID.randomUUID(), fx.version(id) - 1,
                EvidenceFixtures.TODAY.plusDays(18), null, null, null, "延期")), 409, "VERSION_CONFLICT");
        refused(judge.post(path + "/review", new EvidenceReview(UUID.randomUUID(), fx.version(id), "")), 400,
                "EVIDENCE_REVIEW_OPINION_REQUIRED");
        assertThat(fx.footprint()).isEqualTo(before);
    }
}
