package org.courtdesk.server.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.binding.BindingDecision;
import org.courtdesk.model.binding.BindingVerdict;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole 案件绑定 over HTTP: a lawyer applies; the case's judge gets the 12368 SMS and, with the clerk serving
 * them, sees it in the feed (another judge does not); the clerk rejects with a reason; the lawyer applies again; the
 * judge approves and the lawyer is on record (case_agent, with the authority); the lawyer's SMS both times.
 */
class BindingFlowTest {

    static TestServer server;
    static BindingFixtures fx;
    static long judge;
    static long clerk;
    static long otherJudge;
    static long centreReviewer;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new BindingFixtures(server);
        judge = fx.data.judge(BindingFixtures.unique("judge"), BindingFixtures.COURT);
        clerk = fx.data.clerk(BindingFixtures.unique("clerk"), BindingFixtures.COURT, judge);
        otherJudge = fx.data.judge(BindingFixtures.unique("judge2"), BindingFixtures.COURT);
        centreReviewer = fx.data.account(BindingFixtures.unique("reviewer"), Role.CENTRE_REVIEWER, BindingFixtures.COURT,
                true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void fromApplicationToAgentOnRecord() {
        long lawyerId = fx.lawyer(true);
        BindingFixtures.Case c = fx.inTrial(BindingFixtures.COURT, judge);
        HttpTestClient lawyer = fx.login(lawyerId);
        HttpTestClient byJudge = fx.login(judge);
        HttpTestClient byClerk = fx.login(clerk);

        // 1. applied: BD number, 待审核, in the case judge's queue; the judge is told by SMS
        Response applied = BindingFixtures.submit(lawyer, BindingFixtures.parts(BindingFixtures.form(BindingFixtures.COURT,
                c.number())));
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        long id = applied.json().path("id").asLong();
        assertThat(applied.json().path("applicationNo").asText()).matches("BD20261123\\d{5}");
        JsonNode view = applied.json().path("binding");
        assertThat(view.path("kind").asText()).isEqualTo("CASE_BINDING");
        assertThat(view.path("status").asText()).isEqualTo("BINDING_PENDING");
        assertThat(view.path("caseNumber").asText()).isEqualTo(c.number());
        assertThat(view.path("partyName").asText()).isEqualTo("广州某某贸易有限公司");
        assertThat(view.path("materials")).hasSize(2);
        assertThat(fx.noticesTo(judge)).anySatisfy(t -> assertThat(t).contains("申请绑定" + c.number()).contains("被告"));

        // 2. audience: judge and clerk see it; another judge and the centre reviewer get the 404 of a missing id
        assertThat(feedIds(byJudge)).contains(id);
        assertThat(feedIds(byClerk)).contains(id);
        assertThat(feedIds(fx.login(otherJudge))).doesNotContain(id);
        assertThat(fx.login(otherJudge).get("/api/v1/judge/bindings/" + id).status()).isEqualTo(404);
        assertThat(fx.login(centreReviewer).get("/api/v1/judge/bindings/" + id).status()).isEqualTo(404);
        assertThat(byClerk.get("/api/v1/judge/bindings/" + id).json().path("audit")).hasSize(1);

        // 3. the clerk rejects: without a reason refused, nothing changes; with one it is 审核不通过
        long before = fx.version(id);
        Response noReason = byClerk.post("/api/v1/judge/bindings/" + id + "/decision",
                new BindingDecision(UUID.randomUUID(), before, BindingVerdict.REJECT, " "));
        assertThat(noReason.status()).as(noReason.text()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("BINDING_REASON_REQUIRED");
        assertThat(fx.version(id)).isEqualTo(before);
        Response rejected = byClerk.post("/api/v1/judge/bindings/" + id + "/decision",
                new BindingDecision(UUID.randomUUID(), before, BindingVerdict.REJECT, "授权委托书未经委托人盖章"));
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        assertThat(rejected.json().path("request").path("status").asText()).isEqualTo("BINDING_REJECTED");
        assertThat(rejected.json().path("request").path("rejectionReason").asText()).isEqualTo("授权委托书未经委托人盖章");
        assertThat(fx.count("SELECT COUNT(*) FROM case_agent WHERE lawyer_id = " + lawyerId)).isZero();
        assertThat(fx.noticesTo(lawyerId)).last().asString().contains(c.number()).contains("审核不通过")
                .contains("授权委托书未经委托人盖章").endsWith("【" + BindingFixtures.COURT_NAME + "】");

        // 4. a second decision on it is refused
        Response again = byJudge.post("/api/v1/judge/bindings/" + id + "/decision",
                new BindingDecision(UUID.randomUUID(), fx.version(id), BindingVerdict.APPROVE, null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ILLEGAL_TRANSITION");

        // 5. the lawyer applies again; the judge approves: on record, with the authority
        Response second = BindingFixtures.submit(lawyer, BindingFixtures.parts(BindingFixtures.form(BindingFixtures.COURT,
                c.number())));
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        long id2 = second.json().path("id").asLong();
        Response approved = byJudge.post("/api/v1/judge/bindings/" + id2 + "/decision",
                new BindingDecision(UUID.randomUUID(), fx.version(id2), BindingVerdict.APPROVE, null));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().path("request").path("status").asText()).isEqualTo("BINDING_APPROVED");
        assertThat(approved.json().path("request").path("reviewerName").asText()).startsWith("用户judge");
        assertThat(fx.count("SELECT COUNT(*) FROM case_agent WHERE lawyer_id = " + lawyerId + " AND party_id = "
                + c.defendantId() + " AND case_id = " + c.id() + " AND authority = 'SPECIAL'")).isEqualTo(1);
        assertThat(fx.noticesTo(lawyerId)).last().asString().contains(c.number()).contains("审核通过")
                .contains("被告广州某某贸易有限公司").contains("特别授权");

        // 6. the lawyer sees both, newest first, and the SMS in the notifications
        Response mine = lawyer.get("/api/v1/bindings");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json()).extracting(n -> n.path("id").asLong()).containsExactly(id2, id);
        assertThat(lawyer.get("/api/v1/bindings/" + id2).json().path("audit")).hasSize(2);
        assertThat(lawyer.get("/api/v1/me/notifications").text()).contains("审核通过").contains("审核不通过");
        // another lawyer cannot open it
        assertThat(fx.login(fx.lawyer(true)).get("/api/v1/bindings/" + id2).status()).isEqualTo(404);
    }

    static List<Long> feedIds(HttpTestClient client) {
        Response r = client.get("/api/v1/changes?since=0");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().path("changes").forEach(c -> ids.add(c.path("requestId").asLong()));
        return ids;
    }
}
