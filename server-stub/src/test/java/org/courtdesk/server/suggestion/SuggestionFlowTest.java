package org.courtdesk.server.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.suggestion.SuggestionCategory;
import org.courtdesk.model.suggestion.SuggestionForm;
import org.courtdesk.model.suggestion.SuggestionReply;
import org.courtdesk.server.binding.BindingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole 意见建议 over HTTP: on a case the applicant is on record for it goes to the case's judge (SMS; the clerk
 * sees it, another judge and the centre reviewers do not); without a case to the court's 中心审核员 (no judge sees it);
 * refusals store nothing; a judge cannot answer another's; the answer goes once with one SMS; the applicant reads it,
 * another applicant cannot.
 */
class SuggestionFlowTest {

    static TestServer server;
    static BindingFixtures fx;
    static long judge;
    static long clerk;
    static long otherJudge;
    static long reviewer;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new BindingFixtures(server);
        judge = fx.data.judge(BindingFixtures.unique("judge"), BindingFixtures.COURT);
        clerk = fx.data.clerk(BindingFixtures.unique("clerk"), BindingFixtures.COURT, judge);
        otherJudge = fx.data.judge(BindingFixtures.unique("judge2"), BindingFixtures.COURT);
        reviewer = fx.data.account(BindingFixtures.unique("reviewer"), Role.CENTRE_REVIEWER, BindingFixtures.COURT, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Response submit(HttpTestClient client, SuggestionForm form) {
        return client.post("/api/v1/suggestions", form, "Idempotency-Key", UUID.randomUUID().toString());
    }

    record Counts(long requests, long suggestions, long notices, long changes, long audit) {}

    static Counts counts() {
        return new Counts(fx.count("SELECT COUNT(*) FROM request"), fx.count("SELECT COUNT(*) FROM suggestion_request"),
                fx.count("SELECT COUNT(*) FROM notification"), fx.count("SELECT COUNT(*) FROM change_log"),
                fx.count("SELECT COUNT(*) FROM audit_log"));
    }

    @Test
    void onACaseToItsJudgeWithoutOneToTheCentre() {
        long lawyerId = fx.lawyer(true);
        BindingFixtures.Case c = fx.inTrial(BindingFixtures.COURT, judge);
        fx.data.bind(c.id(), c.defendantId(), lawyerId);
        HttpTestClient lawyer = fx.login(lawyerId);

        // on the case: JY number, the judge's queue, SMS to the judge
        Response onCase = submit(lawyer, new SuggestionForm(BindingFixtures.COURT, SuggestionCategory.TRIAL, c.number(),
                "建议尽快组织证据交换", "被告逾期未提交证据，建议尽快组织证据交换。"));
        assertThat(onCase.status()).as(onCase.text()).isEqualTo(201);
        long id = onCase.json().path("id").asLong();
        assertThat(onCase.json().path("applicationNo").asText()).matches("JY20261123\\d{5}");
        JsonNode view = onCase.json().path("suggestion");
        assertThat(view.path("kind").asText()).isEqualTo("SUGGESTION");
        assertThat(view.path("pooled").asBoolean()).isFalse();
        assertThat(view.path("replyDue").asText()).isEqualTo("2026-11-30");
        assertThat(fx.noticesTo(judge)).anySatisfy(t -> assertThat(t).contains(c.number()).contains("意见建议"));
        assertThat(feedIds(fx.login(judge))).contains(id);
        assertThat(feedIds(fx.login(clerk))).contains(id);
        assertThat(feedIds(fx.login(otherJudge))).doesNotContain(id);
        assertThat(feedIds(fx.login(reviewer))).doesNotContain(id);

        // without a case: the court's centre reviewers, no judge
        Response pooled = submit(lawyer, new SuggestionForm(BindingFixtures.COURT, SuggestionCategory.SERVICE, null,
                "停车位不足", "建议开放临时停车场。"));
        assertThat(pooled.status()).as(pooled.text()).isEqualTo(201);
        long pid = pooled.json().path("id").asLong();
        assertThat(pooled.json().path("suggestion").path("pooled").asBoolean()).isTrue();
        assertThat(feedIds(fx.login(reviewer))).contains(pid);
        assertThat(feedIds(fx.login(judge))).doesNotContain(pid);
        assertThat(fx.login(judge).get("/api/v1/judge/suggestions/" + pid).status()).isEqualTo(404);
        assertThat(fx.login(reviewer).get("/api/v1/judge/suggestions/" + pid).status()).isEqualTo(200);
        // the court is told as for the other kinds: the 12368 push to each 中心审核员 of the pool, none to a judge
        assertThat(fx.noticesTo(reviewer)).filteredOn(t -> t.contains("停车位不足")).singleElement().satisfies(t ->
                assertThat(t).contains("意见建议").contains("诉讼服务").contains("11月30日"));
        assertThat(fx.noticesTo(judge)).noneMatch(t -> t.contains("停车位不足"));
        assertThat(fx.noticesTo(otherJudge)).noneMatch(t -> t.contains("停车位不足"));

        // another judge cannot answer the case's one; a blank answer is refused; nothing stored either way
        Counts before = counts();
        Response foreign = fx.login(otherJudge).post("/api/v1/judge/suggestions/" + id + "/reply",
                new SuggestionReply(UUID.randomUUID(), fx.version(id), "已收悉"));
        assertThat(foreign.status()).isEqualTo(404);
        Response blank = fx.login(judge).post("/api/v1/judge/suggestions/" + id + "/reply",
                new SuggestionReply(UUID.randomUUID(), fx.version(id), " "));
        assertThat(blank.code()).isEqualTo("SUGGESTION_REPLY_REQUIRED");
        assertThat(counts()).isEqualTo(before);

        // the judge answers once; the reviewer answers the pooled one; each with one SMS to the lawyer
        SuggestionReply answer = new SuggestionReply(UUID.randomUUID(), fx.version(id), "已安排于下周组织证据交换。");
        Response replied = fx.login(judge).post("/api/v1/judge/suggestions/" + id + "/reply", answer);
        assertThat(replied.status()).as(replied.text()).isEqualTo(200);
        assertThat(replied.json().path("request").path("status").asText()).isEqualTo("REPLIED");
        Counts after = counts();
        assertThat(fx.login(judge).post("/api/v1/judge/suggestions/" + id + "/reply", answer).json().path("replayed")
                .asBoolean()).isTrue();
        assertThat(counts()).isEqualTo(after);
        Response twice = fx.login(clerk).post("/api/v1/judge/suggestions/" + id + "/reply",
                new SuggestionReply(UUID.randomUUID(), fx.version(id), "再答一次"));
        assertThat(twice.code()).isEqualTo("ILLEGAL_TRANSITION");
        Response byReviewer = fx.login(reviewer).post("/api/v1/judge/suggestions/" + pid + "/reply",
                new SuggestionReply(UUID.randomUUID(), fx.version(pid), "已协调开放临时停车场。"));
        assertThat(byReviewer.status()).as(byReviewer.text()).isEqualTo(200);
        List<String> sms = fx.noticesTo(lawyerId);
        assertThat(sms).hasSize(2);
        assertThat(sms.get(0)).contains("建议尽快组织证据交换").contains("已安排于下周组织证据交换");
        Response mine = lawyer.get("/api/v1/suggestions/" + id);
        assertThat(mine.json().path("reply").asText()).isEqualTo("已安排于下周组织证据交换。");
        assertThat(lawyer.get("/api/v1/suggestions").json()).extracting(n -> n.path("id").asLong()).containsExactly(pid, id);
        assertThat(fx.login(fx.lawyer(true)).get("/api/v1/suggestions/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusalsStoreNothing() {
        long lawyerId = fx.lawyer(true);
        BindingFixtures.Case c = fx.inTrial(BindingFixtures.COURT, judge); // the lawyer is not on record
        HttpTestClient lawyer = fx.login(lawyerId);
        Counts before = counts();
        assertThat(submit(lawyer, new SuggestionForm(BindingFixtures.COURT, SuggestionCategory.TRIAL, c.number(), "题",
                "内容")).code()).isEqualTo("SUGGESTION_CASE_NOT_FOUND");
        Response bad = submit(lawyer, new SuggestionForm(BindingFixtures.COURT, null, null, " ", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").toString()).contains("SUGGESTION_CATEGORY_REQUIRED")
                .contains("SUGGESTION_TEXT_REQUIRED");
        assertThat(submit(lawyer, new SuggestionForm("粤9999", SuggestionCategory.OTHER, null, "题", "内容")).code())
                .isEqualTo("COURT_UNKNOWN");
        assertThat(submit(fx.login(fx.lawyer(false)), new SuggestionForm(BindingFixtures.COURT, SuggestionCategory.OTHER,
                null, "题", "内容")).code()).isEqualTo("IDENTITY_NOT_VERIFIED");
        assertThat(submit(fx.login(reviewer), new SuggestionForm(BindingFixtures.COURT, SuggestionCategory.OTHER,
                null, "题", "内容")).status()).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }

    static List<Long> feedIds(HttpTestClient client) {
        Response r = client.get("/api/v1/changes?since=0");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().path("changes").forEach(c -> ids.add(c.path("requestId").asLong()));
        return ids;
    }
}
