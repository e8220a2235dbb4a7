package org.courtdesk.server.adjournment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentDecision;
import org.courtdesk.model.adjournment.HearingProcedure;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 延期开庭 over HTTP: a lawyer on record asks to adjourn a hearing with a 病历; the judge and the clerk serving them
 * see it in the feed (another judge does not); the judge approves with a new date (the hearing moves, one adjournment
 * counted); the party of the case asks again and the clerk refuses with a reason; each applicant gets the SMS.
 */
class AdjournmentFlowTest {

    static TestServer server;
    static AdjournmentFixtures fx;
    static long judge;
    static long clerk;
    static long otherJudge;
    static long lawyer;
    static long party;
    static long hearing;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new AdjournmentFixtures(server);
        judge = fx.account("adj.judge", Role.JUDGE, AdjournmentFixtures.COURT, true);
        clerk = fx.data.clerk("adj.clerk." + UUID.randomUUID().toString().substring(0, 6), AdjournmentFixtures.COURT, judge);
        otherJudge = fx.account("adj.other", Role.JUDGE, AdjournmentFixtures.COURT, true);
        lawyer = fx.account("adj.lawyer", Role.LAWYER, null, true);
        party = fx.account("adj.party", Role.PARTY, null, true);
        long c = fx.caseWith(judge, lawyer, party);
        hearing = fx.hearing(c, LocalDateTime.of(2026, 11, 27, 9, 30), HearingProcedure.ORDINARY, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void askedApprovedAskedAgainRefused() {
        HttpTestClient byLawyer = fx.login(lawyer);
        HttpTestClient byJudge = fx.login(judge);

        // the lawyer's hearings to choose from
        JsonNode hearings = byLawyer.get("/api/v1/adjournments/hearings").json();
        assertThat(hearings).anySatisfy(x -> assertThat(x.path("id").asLong()).isEqualTo(hearing));

        // 1. asked: YQ number, 待审查, the hearing and the material
        Response asked = AdjournmentFixtures.submit(byLawyer, hearing, "代理人同日在番禺区人民法院另案开庭，时间冲突。",
                UUID.randomUUID(), AdjournmentFixtures.PDF);
        assertThat(asked.status()).as(asked.text()).isEqualTo(201);
        long id = asked.json().path("id").asLong();
        JsonNode view = asked.json().path("request");
        assertThat(asked.json().path("applicationNo").asText()).matches("YQ20261123\\d{5}");
        assertThat(view.path("kind").asText()).isEqualTo("ADJOURNMENT");
        assertThat(view.path("status").asText()).isEqualTo("PENDING_REVIEW");
        assertThat(view.path("hearing").path("startsAt").asText()).isEqualTo("2026-11-27T09:30:00");
        assertThat(view.path("hearing").path("procedure").asText()).isEqualTo("ORDINARY");
        assertThat(view.path("materials")).hasSize(1);
        assertThat(view.path("reason").asText()).contains("时间冲突");

        // 2. the judge and their clerk see it; another judge neither in the feed nor by id
        assertThat(feedIds(byJudge)).contains(id);
        assertThat(feedIds(fx.login(clerk))).contains(id);
        assertThat(feedIds(fx.login(otherJudge))).doesNotContain(id);
        assertThat(fx.login(otherJudge).get("/api/v1/judge/adjournments/" + id).status()).isEqualTo(404);
        assertThat(byJudge.get("/api/v1/judge/adjournments/" + id).json().path("audit")).hasSize(1);
        // the material is the lawyer's and the judge's to read, not the other judge's
        String sha = view.path("materials").get(0).path("sha256").asText();
        assertThat(byJudge.get("/api/v1/documents/" + sha).status()).isEqualTo(200);
        assertThat(fx.login(otherJudge).get("/api/v1/documents/" + sha).status()).isEqualTo(404);

        // 3. approved with a new date: the hearing moves, one adjournment counted, the lawyer told
        LocalDateTime next = LocalDateTime.of(2026, 12, 10, 14, 30);
        Response approved = byJudge.post("/api/v1/judge/adjournments/" + id + "/decision", new AdjournmentDecision(
                UUID.randomUUID(), fx.version(id), AdjournmentConclusion.APPROVE, "理由成立，准许延期。", next));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        JsonNode after = approved.json().path("request");
        assertThat(after.path("status").asText()).isEqualTo("APPROVED");
        assertThat(after.path("hearing").path("startsAt").asText()).isEqualTo("2026-12-10T14:30:00");
        assertThat(after.path("hearing").path("adjournments").asInt()).isEqualTo(1);
        assertThat(after.path("requestedHearingAt").asText()).isEqualTo("2026-11-27T09:30:00");
        assertThat(after.path("review").path("newHearingAt").asText()).isEqualTo("2026-12-10T14:30:00");
        assertThat(server.sms().fullTexts(id)).singleElement().asString()
                .contains("经审查准许").contains("2026年12月10日 14:30").contains("第三法庭");

        // 4. the party asks to adjourn the new date; the clerk serving the judge refuses with a reason
        HttpTestClient byParty = fx.login(party);
        Response again = AdjournmentFixtures.submit(byParty, hearing, "本人出差在外。", UUID.randomUUID());
        assertThat(again.status()).as(again.text()).isEqualTo(201);
        long second = again.json().path("id").asLong();
        assertThat(again.json().path("request").path("requestedHearingAt").asText()).isEqualTo("2026-12-10T14:30:00");
        Response refused = fx.login(clerk).post("/api/v1/judge/adjournments/" + second + "/decision",
                new AdjournmentDecision(UUID.randomUUID(), fx.version(second), AdjournmentConclusion.REJECT,
                        "出差不属于正当理由。", null));
        assertThat(refused.status()).as(refused.text()).isEqualTo(200);
        assertThat(refused.json().path("request").path("status").asText()).isEqualTo("REJECTED");
        assertThat(refused.json().path("request").path("hearing").path("adjournments").asInt()).isEqualTo(1);
        assertThat(server.sms().fullTexts(second)).singleElement().asString()
                .contains("不予准许").contains("出差不属于正当理由").contains("仍于2026年12月10日 14:30开庭");

        // 5. each applicant sees their own, with its SMS
        assertThat(byParty.get("/api/v1/adjournments").json()).singleElement()
                .satisfies(x -> assertThat(x.path("status").asText()).isEqualTo("REJECTED"));
        assertThat(byLawyer.get("/api/v1/adjournments/" + second).status()).isEqualTo(404);
        assertThat(byLawyer.get("/api/v1/me/notifications").text()).contains("经审查准许");
        assertThat(byParty.get("/api/v1/me/notifications").text()).contains("不予准许");
    }

    @Test
    void theSameKeyReplaysTheSubmission() {
        long c = fx.caseWith(judge, lawyer, null);
        long h = fx.hearing(c, LocalDateTime.of(2026, 12, 20, 9, 0), HearingProcedure.SIMPLIFIED, 0);
        HttpTestClient byLawyer = fx.login(lawyer);
        UUID key = UUID.randomUUID();
        Response first = AdjournmentFixtures.submit(byLawyer, h, "证人出国。", key);
        Response twin = AdjournmentFixtures.submit(byLawyer, h, "证人出国。", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(twin.status()).isEqualTo(201);
        assertThat(twin.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(twin.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(fx.count("SELECT COUNT(*) FROM adjournment_request WHERE hearing_id = " + h)).isEqualTo(1);
    }

    static List<Long> feedIds(HttpTestClient client) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode c : client.get("/api/v1/changes?since=0&limit=1000").json().path("changes")) {
            if ("ADJOURNMENT".equals(c.path("kind").asText())) {
                ids.add(c.path("requestId").asLong());
            }
        }
        return ids;
    }
}
