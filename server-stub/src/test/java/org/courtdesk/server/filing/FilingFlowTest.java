package org.courtdesk.server.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.courtdesk.model.filing.ReturnKind;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole 网上立案 over HTTP: a lawyer files; the 承办法官 and the centre reviewer see it in the changes feed (the
 * other court's reviewer does not); 留言 both ways; 退回补正; the supplement; 符; 收案 → 立 with the court's next 案号;
 * every SMS the applicant got on the way.
 */
class FilingFlowTest {

    static TestServer server;
    static FilingFixtures fx;
    static long judge;
    static long reviewer;
    static long clerk;
    static long otherReviewer;
    static long lawyer;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new FilingFixtures(server);
        judge = fx.data.judge("flow.judge", FilingFixtures.COURT);
        reviewer = fx.account("flow.reviewer", Role.CENTRE_REVIEWER, FilingFixtures.COURT, true);
        clerk = fx.data.clerk("flow.clerk", FilingFixtures.COURT, judge);
        otherReviewer = fx.account("flow.reviewer2", Role.CENTRE_REVIEWER, FilingFixtures.OTHER_COURT, true);
        lawyer = fx.account("flow.lawyer", Role.LAWYER, null, true);
        // A case registered by hand this year: the next 民初 number of the court follows it.
        fx.data.caseOf(FilingFixtures.COURT, "（2026）粤0106民初41号", judge,
                org.courtdesk.model.reading.CaseStatus.IN_TRIAL, false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void fromFilingToACaseNumber() {
        HttpTestClient applicant = fx.login(lawyer);
        HttpTestClient byJudge = fx.login(judge);
        HttpTestClient byReviewer = fx.login(reviewer);

        // 1. filed: 流水号, 收, the court's judge in charge
        Response filed = FilingFixtures.submit(applicant, Role.LAWYER);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        JsonNode receipt = filed.json();
        long id = receipt.path("id").asLong();
        assertThat(receipt.path("serialNo").asText()).matches("LA2026112300\\d{3}");
        assertThat(receipt.path("filing").path("status").asText()).isEqualTo("FILING_RECEIVED");
        assertThat(receipt.path("filing").path("kind").asText()).isEqualTo("ONLINE_FILING");
        assertThat(receipt.path("filing").path("judgeName").asText()).isEqualTo("用户flow.judge");
        assertThat(receipt.path("filing").path("materials")).hasSize(6);

        // 2. the audience sees it in the feed, with judge and pool both on the change; the other court's reviewer not
        assertThat(feedIds(byJudge)).contains(id);
        assertThat(feedIds(byReviewer)).contains(id);
        assertThat(feedIds(fx.login(clerk))).contains(id);
        assertThat(feedIds(fx.login(otherReviewer))).doesNotContain(id);
        assertThat(fx.count("SELECT COUNT(*) FROM change_log WHERE request_id = " + id
                + " AND judge_id = " + judge + " AND pool = 'CENTRE_REVIEWER@粤0106'")).isEqualTo(1);
        assertThat(fx.login(otherReviewer).get("/api/v1/judge/filings/" + id).status()).isEqualTo(404);

        // 3. 留言 both ways
        Response courtMessage = byJudge.post("/api/v1/judge/filings/" + id + "/messages",
                new FilingMessagePost(UUID.randomUUID(), "请补充提交送货单原件扫描件。"));
        assertThat(courtMessage.status()).as(courtMessage.text()).isEqualTo(200);
        Response reply = applicant.post("/api/v1/filings/" + id + "/messages",
                new FilingMessagePost(UUID.randomUUID(), "好的，稍后一并补正。"));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode thread = reply.json().path("messages");
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).path("authorRole").asText()).isEqualTo("JUDGE");
        assertThat(thread.get(1).path("authorRole").asText()).isEqualTo("LAWYER");
        assertThat(thread.get(1).path("text").asText()).isEqualTo("好的，稍后一并补正。");
        assertThat(changesOf(byReviewer, id)).as("the reply reaches the reviewers' feed").isGreaterThanOrEqualTo(3);

        // 4. 审查: opinion, then 退回补正 with the items and the deadline
        LocalDate deadline = LocalDate.of(2026, 12, 3);
        saveOpinion(byReviewer, id, "送货单缺失，需补正。");
        Response returned = byReviewer.post("/api/v1/judge/filings/" + id + "/conclusion",
                new FilingConclusionDecision(UUID.randomUUID(), fx.version(id), FilingConclusion.RETURNED,
                        ReturnKind.SUPPLEMENT, List.of("送货单原件扫描件", "被告营业执照"), deadline, null));
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        JsonNode review = returned.json().path("request").path("review");
        assertThat(returned.json().path("request").path("status").asText()).isEqualTo("FILING_RETURNED");
        assertThat(review.path("returnKind").asText()).isEqualTo("SUPPLEMENT");
        assertThat(review.path("supplementItems")).hasSize(2);
        assertThat(review.path("reviewerName").asText()).startsWith("用户flow.reviewer.");

        // 5. the supplement, a day later: 退→收, the 7 days restart, a fresh review
        server.clock().advance(Duration.ofDays(1));
        applicant = fx.login(lawyer); // the tokens of yesterday expired
        byJudge = fx.login(judge);
        byReviewer = fx.login(reviewer);
        Response supplemented = applicant.multipart("/api/v1/filings/" + id + "/supplement", List.of(
                Part.json("supplement", new FilingSupplementForm("已补充送货单和营业执照")),
                Part.file(FilingMaterialType.EVIDENCE.name(), "送货单.pdf", "application/pdf", FilingFixtures.PDF),
                Part.file(FilingMaterialType.OTHER.name(), "营业执照.pdf", "application/pdf", FilingFixtures.PDF)),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(supplemented.status()).as(supplemented.text()).isEqualTo(200);
        assertThat(supplemented.json().path("status").asText()).isEqualTo("FILING_RECEIVED");
        assertThat(supplemented.json().path("lastSupplementAt").asText()).startsWith("2026-11-24");
        assertThat(supplemented.json().path("review").isNull()).isTrue();
        assertThat(supplemented.json().path("materials")).hasSize(8);

        // 6. 符 by the judge in charge
        saveOpinion(byJudge, id, "材料齐全，符合立案条件。");
        Response conforms = byJudge.post("/api/v1/judge/filings/" + id + "/conclusion",
                new FilingConclusionDecision(UUID.randomUUID(), fx.version(id), FilingConclusion.CONFORMS, null, null,
                        null, null));
        assertThat(conforms.status()).as(conforms.text()).isEqualTo(200);
        assertThat(conforms.json().path("request").path("status").asText()).isEqualTo("FILING_CONFORMS");

        // 7. 收案 → 立 with the court's next 案号
        Response intake = byJudge.post("/api/v1/judge/filings/" + id + "/intake",
                new FilingIntake(UUID.randomUUID(), fx.version(id)));
        assertThat(intake.status()).as(intake.text()).isEqualTo(200);
        JsonNode filedView = intake.json().path("request");
        assertThat(filedView.path("status").asText()).isEqualTo("FILING_FILED");
        assertThat(filedView.path("caseNumber").asText()).isEqualTo("（2026）粤0106民初42号");
        assertThat(filedView.path("filedAt").isTextual()).isTrue();
        assertThat(fx.count("SELECT COUNT(*) FROM court_case WHERE case_number = '（2026）粤0106民初42号'")).isEqualTo(1);
        // The filing now follows the case the trial system registered.
        assertThat(fx.count("SELECT COUNT(*) FROM request q JOIN court_case c ON c.id = q.case_id WHERE q.id = " + id
                + " AND c.case_number = '（2026）粤0106民初42号'")).isEqualTo(1);

        // 8. the applicant's own list and detail with the trail
        Response mine = applicant.get("/api/v1/filings");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json()).hasSize(1);
        JsonNode detail = applicant.get("/api/v1/filings/" + id).json();
        assertThat(detail.path("caseNumber").asText()).isEqualTo("（2026）粤0106民初42号");
        List<String> actions = new ArrayList<>();
        detail.path("audit").forEach(a -> actions.add(a.path("action").asText()));
        assertThat(actions).containsExactly(FilingAudit.SUBMIT, FilingAudit.COURT_MESSAGE, FilingAudit.APPLICANT_MESSAGE,
                FilingAudit.OPINION, FilingAudit.RETURN_FOR_SUPPLEMENT, FilingAudit.SUPPLEMENT, FilingAudit.OPINION,
                FilingAudit.CONFORMS, FilingAudit.INTAKE);

        // 9. the materials: the applicant and the audience read them; the other court's reviewer gets 404
        String sha = detail.path("materials").get(0).path("sha256").asText();
        assertThat(applicant.get("/api/v1/documents/" + sha).status()).isEqualTo(200);
        assertThat(byReviewer.get("/api/v1/documents/" + sha).status()).isEqualTo(200);
        assertThat(fx.login(otherReviewer).get("/api/v1/documents/" + sha).status()).isEqualTo(404);

        // 10. every SMS to the applicant, and only to the applicant: 留言, 退回补正, 符, 立
        List<String> sms = server.sms().fullTexts(id);
        String serialNo = receipt.path("serialNo").asText();
        assertThat(sms).hasSize(4);
        assertThat(sms.get(0)).contains(serialNo, "有法院留言：请补充提交送货单原件扫描件", "【广州市天河区人民法院】");
        assertThat(sms.get(1)).contains(serialNo, "需补正", "2026-12-03", "1.送货单原件扫描件；2.被告营业执照。");
        assertThat(sms.get(2)).contains(serialNo, "符合立案条件");
        assertThat(sms.get(3)).contains(serialNo, "已立案", "（2026）粤0106民初42号");
        assertThat(server.sms().delivered()).allSatisfy(m -> assertThat(m.accountId()).isEqualTo(lawyer));
        assertThat(fx.notices(id)).hasSize(4);
    }

    private static void saveOpinion(HttpTestClient client, long id, String text) {
        Response r = client.post("/api/v1/judge/filings/" + id + "/opinion",
                new FilingOpinionSave(UUID.randomUUID(), fx.version(id), text));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().path("request").path("review").path("opinion").asText()).isEqualTo(text);
    }

    static List<Long> feedIds(HttpTestClient client) {
        Response r = client.get("/api/v1/changes?since=0");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().path("changes").forEach(c -> ids.add(c.path("requestId").asLong()));
        return ids;
    }

    private static long changesOf(HttpTestClient client, long id) {
        return fx.count("SELECT COUNT(*) FROM change_log WHERE request_id = " + id);
    }
}
