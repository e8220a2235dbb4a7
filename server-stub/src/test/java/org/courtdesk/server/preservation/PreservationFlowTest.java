package org.courtdesk.server.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.preservation.PreservationAccept;
import org.courtdesk.model.preservation.PreservationReturn;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 诉讼保全 over HTTP: a lawyer applies in a case in trial (urgent: due in 48 hours), the judge and their clerk see it in
 * the feed and the other judge does not; the clerk returns one with a reason, the judge accepts the other with the
 * ruling's reference; a 诉前 application by a party goes to the court's judge on duty; a retried submission replays;
 * every SMS the applicants got.
 */
class PreservationFlowTest {

    static TestServer server;
    static PreservationFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new PreservationFixtures(server, "flow");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void applyReturnAcceptAndTheJudgeOnDuty() {
        HttpTestClient lawyer = fx.login(fx.lawyer);
        HttpTestClient judge = fx.login(fx.judge);
        HttpTestClient clerk = fx.login(fx.clerk);

        // 1. applied in litigation, urgent: BQ number, the case's judge, due 48 hours after receipt
        UUID key = UUID.randomUUID();
        Response applied = PreservationFixtures.submit(lawyer, PreservationFixtures.parts(fx.inLitigation(true)), key);
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        JsonNode receipt = applied.json();
        long urgent = receipt.path("id").asLong();
        assertThat(receipt.path("applicationNo").asText()).matches("BQ2026112300\\d{3}");
        JsonNode view = receipt.path("preservation");
        assertThat(view.path("kind").asText()).isEqualTo("PRESERVATION");
        assertThat(view.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(view.path("caseNumber").asText()).isEqualTo(fx.caseNumber);
        assertThat(view.path("judgeName").asText()).startsWith("用户flow.judge.");
        assertThat(view.path("materials")).hasSize(2);
        assertThat(view.path("propertyClues").get(0).path("location").asText()).contains("6222 0200");
        OffsetDateTime due = server.jdbi().withHandle(h -> h.createQuery("SELECT due_at FROM request WHERE id = :id")
                .bind("id", urgent).mapTo(OffsetDateTime.class).one());
        assertThat(due.toInstant()).isEqualTo(TestServer.START.plus(Duration.ofHours(48)));

        // the same key and body again: the same application, nothing new stored
        Response again = PreservationFixtures.submit(lawyer, PreservationFixtures.parts(fx.inLitigation(true)), key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("id").asLong()).isEqualTo(urgent);
        assertThat(fx.count("SELECT COUNT(*) FROM request WHERE kind = 'PRESERVATION'")).isEqualTo(1);

        Response second = PreservationFixtures.submit(lawyer, fx.inLitigation(false));
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        long ordinary = second.json().path("id").asLong();

        // 2. the audience: the judge and the clerk serving them; the other judge gets nothing and a 404
        assertThat(feedIds(judge)).contains(urgent, ordinary);
        assertThat(feedIds(clerk)).contains(urgent, ordinary);
        assertThat(feedIds(fx.login(fx.otherJudge))).doesNotContain(urgent, ordinary);
        assertThat(fx.login(fx.otherJudge).get("/api/v1/judge/preservations/" + urgent).status()).isEqualTo(404);
        assertThat(judge.get("/api/v1/judge/preservations/" + urgent).json().path("audit")).hasSize(1);

        // 3. the clerk returns the ordinary one, with a reason
        Response returned = clerk.post("/api/v1/judge/preservations/" + ordinary + "/return",
                new PreservationReturn(UUID.randomUUID(), fx.version(ordinary), "财产线索不具体，请写明开户行及账号。"));
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        JsonNode r = returned.json().path("request");
        assertThat(r.path("status").asText()).isEqualTo("RETURNED");
        assertThat(r.path("decision").path("returnReason").asText()).isEqualTo("财产线索不具体，请写明开户行及账号。");
        assertThat(r.path("decision").path("deciderName").asText()).startsWith("用户flow.clerk.");

        // 4. the judge accepts the urgent one, recording the ruling's reference
        Response accepted = judge.post("/api/v1/judge/preservations/" + urgent + "/accept",
                new PreservationAccept(UUID.randomUUID(), fx.version(urgent), "（2026）粤0106民初" + fx.caseNumber
                        .replaceAll("\\D", "").substring(4) + "号之一"));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        JsonNode a = accepted.json().path("request");
        assertThat(a.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(a.path("decision").path("rulingReference").asText()).endsWith("号之一");
        assertThat(a.path("decision").path("decidedAt").asText()).startsWith("2026-11-23");
        // decided once: a second 接收 is an illegal transition
        Response twice = judge.post("/api/v1/judge/preservations/" + urgent + "/accept",
                new PreservationAccept(UUID.randomUUID(), fx.version(urgent), null));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ILLEGAL_TRANSITION");

        // 5. 诉前 by a party: no case, so the court's judge on duty — the one with fewer waiting (the other judge)
        Response open = PreservationFixtures.submit(lawyer, fx.inLitigation(false));
        assertThat(open.status()).isEqualTo(201); // one waiting for fx.judge now
        Response preSuit = PreservationFixtures.submit(fx.login(fx.party), PreservationFixtures.preSuit(PreservationFixtures.COURT));
        assertThat(preSuit.status()).as(preSuit.text()).isEqualTo(201);
        long preSuitId = preSuit.json().path("id").asLong();
        assertThat(preSuit.json().path("preservation").path("caseNumber").isNull()).isTrue();
        assertThat(fx.count("SELECT judge_id FROM request WHERE id = " + preSuitId)).isEqualTo(fx.otherJudge);
        assertThat(feedIds(judge)).doesNotContain(preSuitId);

        // 6. the applicant's own list and detail with the trail; materials readable by applicant and judge only
        JsonNode mine = lawyer.get("/api/v1/preservations").json();
        assertThat(mine).hasSize(3);
        JsonNode detail = lawyer.get("/api/v1/preservations/" + urgent).json();
        List<String> actions = new ArrayList<>();
        detail.path("audit").forEach(x -> actions.add(x.path("action").asText()));
        assertThat(actions).containsExactly(PreservationAudit.SUBMIT, PreservationAudit.ACCEPT);
        assertThat(fx.login(fx.party).get("/api/v1/preservations/" + urgent).status()).isEqualTo(404);
        String sha = detail.path("materials").get(0).path("sha256").asText();
        assertThat(lawyer.get("/api/v1/documents/" + sha).status()).isEqualTo(200);
        assertThat(judge.get("/api/v1/documents/" + sha).status()).isEqualTo(200);

        // 7. the SMS: 退回 with the reason, 接收 with the ruling, to the applicant alone
        List<String> returnSms = server.sms().fullTexts(ordinary);
        assertThat(returnSms).hasSize(1);
        assertThat(returnSms.get(0)).contains(second.json().path("applicationNo").asText(), "已被退回",
                "财产线索不具体，请写明开户行及账号", fx.caseNumber, "【广州市天河区人民法院】");
        List<String> acceptSms = server.sms().fullTexts(urgent);
        assertThat(acceptSms).hasSize(1);
        assertThat(acceptSms.get(0)).contains(receipt.path("applicationNo").asText(), "法院已接收", "号之一");
        assertThat(server.sms().delivered()).allSatisfy(m -> assertThat(m.accountId()).isEqualTo(fx.lawyer));
    }

    static List<Long> feedIds(HttpTestClient client) {
        Response r = client.get("/api/v1/changes?since=0");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().path("changes").forEach(c -> ids.add(c.path("requestId").asLong()));
        return ids;
    }
}
