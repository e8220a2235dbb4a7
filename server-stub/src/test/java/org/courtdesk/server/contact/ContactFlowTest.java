package org.courtdesk.server.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.contact.ContactForm;
import org.courtdesk.model.contact.ContactReply;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactWay;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.server.binding.BindingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole 联系法官 over HTTP: a party on record asks to meet the judge; the judge is told by SMS and, with the clerk
 * serving them, sees it in the feed (another judge does not, and gets the 404 of a missing id); refusals store
 * nothing; the clerk's agreement with time and place answers it once (a replay changes nothing, a second reply is
 * refused); the party reads the answer over the API and has exactly one SMS of it; another applicant cannot read it.
 */
class ContactFlowTest {

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

    static LocalDateTime now() {
        return server.server().context().now();
    }

    static ContactForm form(String caseNumber, List<LocalDateTime> times) {
        return new ContactForm(BindingFixtures.COURT, caseNumber, "希望当面说明和解方案", times, ContactWay.IN_PERSON);
    }

    static Response submit(HttpTestClient client, ContactForm form, UUID key) {
        return client.post("/api/v1/contact-requests", form, "Idempotency-Key", key.toString());
    }

    record Counts(long requests, long contacts, long notices, long changes, long audit, long keys) {}

    static Counts counts() {
        return new Counts(fx.count("SELECT COUNT(*) FROM request"), fx.count("SELECT COUNT(*) FROM contact_request"),
                fx.count("SELECT COUNT(*) FROM notification"), fx.count("SELECT COUNT(*) FROM change_log"),
                fx.count("SELECT COUNT(*) FROM audit_log"), fx.count("SELECT COUNT(*) FROM idempotency_key"));
    }

    @Test
    void fromRequestToAnswer() {
        long partyId = fx.data.account(BindingFixtures.unique("party"), Role.PARTY, null, true);
        long caseId = fx.data.caseOf(BindingFixtures.COURT, "（2026）粤0106民初" + (700 + partyId % 200) + "号", judge,
                CaseStatus.IN_TRIAL, true);
        String number = server.jdbi().withHandle(h -> h.createQuery("SELECT case_number FROM court_case WHERE id = :id")
                .bind("id", caseId).mapTo(String.class).one());
        fx.data.party(caseId, "PLAINTIFF", "张三", partyId);
        HttpTestClient party = fx.login(partyId);

        // 1. submitted: LX number, 待答复, the reply due after the court's 3 days; the judge told by SMS
        UUID key = UUID.randomUUID();
        Response sent = submit(party, form(number, List.of(now().plusDays(2), now().plusDays(3))), key);
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        long id = sent.json().path("id").asLong();
        assertThat(sent.json().path("applicationNo").asText()).matches("LX20261123\\d{5}");
        JsonNode view = sent.json().path("contact");
        assertThat(view.path("kind").asText()).isEqualTo("CONTACT_JUDGE");
        assertThat(view.path("status").asText()).isEqualTo("AWAITING_REPLY");
        assertThat(view.path("replyDays").asInt()).isEqualTo(3);
        assertThat(view.path("replyDue").asText()).isEqualTo("2026-11-26");
        assertThat(view.path("proposedTimes")).hasSize(2);
        assertThat(fx.noticesTo(judge)).anySatisfy(t -> assertThat(t).contains(number).contains("约见").contains("11月26日"));
        // the same key again: the same receipt, nothing new
        Counts once = counts();
        Response replay = submit(party, form(number, List.of(now().plusDays(2), now().plusDays(3))), key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json().path("id").asLong()).isEqualTo(id);
        assertThat(counts()).isEqualTo(once);

        // 2. audience: judge and clerk; another judge and the centre reviewer get the 404 of a missing id
        assertThat(feedIds(fx.login(judge))).contains(id);
        assertThat(feedIds(fx.login(clerk))).contains(id);
        assertThat(feedIds(fx.login(otherJudge))).doesNotContain(id);
        assertThat(fx.login(otherJudge).get("/api/v1/judge/contact-requests/" + id).status()).isEqualTo(404);
        assertThat(fx.login(reviewer).get("/api/v1/judge/contact-requests/" + id).status()).isEqualTo(404);

        // 3. another judge cannot answer it: 404, nothing stored
        long version = fx.version(id);
        Counts before = counts();
        Response foreign = fx.login(otherJudge).post("/api/v1/judge/contact-requests/" + id + "/reply",
                agree(version));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(counts()).isEqualTo(before);
        // a reply without a time and place for 同意约见, or without content: refused, nothing stored
        HttpTestClient byClerk = fx.login(clerk);
        Response noMeeting = byClerk.post("/api/v1/judge/contact-requests/" + id + "/reply", new ContactReply(
                UUID.randomUUID(), version, ContactResult.AGREE, null, " ", ContactWay.IN_PERSON, "同意"));
        assertThat(noMeeting.status()).as(noMeeting.text()).isEqualTo(400);
        assertThat(noMeeting.code()).isEqualTo("CONTACT_MEETING_REQUIRED");
        Response noContent = byClerk.post("/api/v1/judge/contact-requests/" + id + "/reply", new ContactReply(
                UUID.randomUUID(), version, ContactResult.DECLINE, null, null, null, ""));
        assertThat(noContent.code()).isEqualTo("CONTACT_CONTENT_REQUIRED");
        assertThat(counts()).isEqualTo(before);
        assertThat(fx.status(id)).isEqualTo("AWAITING_REPLY");

        // 4. the clerk agrees with time and place: 已答复; the replay changes nothing; a second reply is refused
        ContactReply yes = agree(version);
        Response replied = byClerk.post("/api/v1/judge/contact-requests/" + id + "/reply", yes);
        assertThat(replied.status()).as(replied.text()).isEqualTo(200);
        JsonNode answered = replied.json().path("request");
        assertThat(answered.path("status").asText()).isEqualTo("REPLIED");
        assertThat(answered.path("result").asText()).isEqualTo("AGREE");
        assertThat(answered.path("place").asText()).isEqualTo("第三调解室");
        Counts after = counts();
        Response again = byClerk.post("/api/v1/judge/contact-requests/" + id + "/reply", yes);
        assertThat(again.json().path("replayed").asBoolean()).isTrue();
        assertThat(counts()).isEqualTo(after);
        Response second = fx.login(judge).post("/api/v1/judge/contact-requests/" + id + "/reply", new ContactReply(
                UUID.randomUUID(), fx.version(id), ContactResult.WRITTEN, null, null, null, "书面答复"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(counts()).isEqualTo(after);

        // 5. the party reads the answer and has exactly one SMS of it
        Response mine = party.get("/api/v1/contact-requests/" + id);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("result").asText()).isEqualTo("AGREE");
        assertThat(mine.json().path("content").asText()).isEqualTo("同意约见，请携带身份证件按时到达。");
        assertThat(mine.json().path("audit")).hasSize(2);
        assertThat(party.get("/api/v1/contact-requests").json()).extracting(n -> n.path("id").asLong()).containsExactly(id);
        List<String> sms = fx.noticesTo(partyId);
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0)).contains(number).contains("同意约见").contains("第三调解室").contains("面谈")
                .endsWith("【" + BindingFixtures.COURT_NAME + "】");
        // another applicant cannot read it
        HttpTestClient stranger = fx.login(fx.lawyer(true));
        assertThat(stranger.get("/api/v1/contact-requests/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/contact-requests").json()).isEmpty();
    }

    @Test
    void refusalsStoreNothing() {
        long partyId = fx.data.account(BindingFixtures.unique("party"), Role.PARTY, null, true);
        long unverified = fx.data.account(BindingFixtures.unique("party"), Role.PARTY, null, false);
        BindingFixtures.Case c = fx.inTrial(BindingFixtures.COURT, judge); // nobody of ours on record
        HttpTestClient party = fx.login(partyId);
        Counts before = counts();
        List<LocalDateTime> times = List.of(now().plusDays(2));
        // not on record for the case: the same answer as no such case
        Response notOnRecord = submit(party, form(c.number(), times), UUID.randomUUID());
        assertThat(notOnRecord.status()).isEqualTo(404);
        assertThat(notOnRecord.code()).isEqualTo("CONTACT_CASE_NOT_FOUND");
        Response noCase = submit(party, form("（2026）粤0106民初99999号", times), UUID.randomUUID());
        assertThat(noCase.code()).isEqualTo("CONTACT_CASE_NOT_FOUND");
        // a time in the past, no purpose
        Response past = submit(party, new ContactForm(BindingFixtures.COURT, c.number(), " ",
                List.of(now().minusHours(1)), ContactWay.PHONE), UUID.randomUUID());
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().path("errors").toString()).contains("CONTACT_PURPOSE_REQUIRED").contains("CONTACT_TIMES_INVALID");
        // without 实名认证, without a key, as a judge
        assertThat(submit(fx.login(unverified), form(c.number(), times), UUID.randomUUID()).code())
                .isEqualTo("IDENTITY_NOT_VERIFIED");
        assertThat(party.post("/api/v1/contact-requests", form(c.number(), times)).code())
                .isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(submit(fx.login(judge), form(c.number(), times), UUID.randomUUID()).status()).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }

    static ContactReply agree(long version) {
        return new ContactReply(UUID.randomUUID(), version, ContactResult.AGREE, now().plusDays(2).withHour(15).withMinute(0),
                "第三调解室", ContactWay.IN_PERSON, "同意约见，请携带身份证件按时到达。");
    }

    static List<Long> feedIds(HttpTestClient client) {
        Response r = client.get("/api/v1/changes?since=0");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().path("changes").forEach(c -> ids.add(c.path("requestId").asLong()));
        return ids;
    }
}
