package org.courtdesk.server.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealDecision;
import org.courtdesk.model.appeal.AppealForm;
import org.courtdesk.model.appeal.DecisionType;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 提起上诉 over HTTP with the server's fixed clock (2026-11-23): a lawyer with only general authorisation appeals for
 * the plaintiff (stored, flagged); the judge and their clerk see it, another judge does not; the judge accepts; the
 * defendant appeals in their own name, the clerk returns it with a reason; each applicant gets the SMS. Refusals: no
 * 上诉状, an appellee not of the case, a party appealing for another, a case not on record, a return without a reason.
 */
class AppealFlowTest {

    static final byte[] PDF = new PlainPdf().title("民事上诉状", 16f).toBytes();
    static final AtomicInteger CASES = new AtomicInteger(700);
    static TestServer server;
    static TestData data;
    static long judge;
    static long clerk;
    static long otherJudge;
    static long lawyer;
    static long party;
    static long caseId;
    static long plaintiff;
    static long defendant;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        data = new ReadingFixtures(server).data;
        judge = data.judge(ReadingFixtures.unique("ap.judge"), ReadingFixtures.COURT);
        clerk = data.clerk(ReadingFixtures.unique("ap.clerk"), ReadingFixtures.COURT, judge);
        otherJudge = data.judge(ReadingFixtures.unique("ap.other"), ReadingFixtures.COURT);
        lawyer = data.account(ReadingFixtures.unique("ap.lawyer"), Role.LAWYER, null, true);
        party = data.account(ReadingFixtures.unique("ap.party"), Role.PARTY, null, true);
        caseId = data.caseOf(ReadingFixtures.COURT, "（2026）粤0106民初" + CASES.incrementAndGet() + "号", judge,
                CaseStatus.IN_TRIAL, false);
        plaintiff = data.party(caseId, "PLAINTIFF", "张某", null);
        data.bind(caseId, plaintiff, lawyer);
        defendant = data.party(caseId, "DEFENDANT", "李某", party);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    HttpTestClient login(long id) {
        String u = server.jdbi().withHandle(h -> h.createQuery("SELECT username FROM account WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
        return server.client().login(u, TestData.PASSWORD);
    }

    static Response file(HttpTestClient c, AppealForm f, boolean petition) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("appeal", f));
        if (petition) {
            parts.add(Part.file("PETITION", "上诉状.pdf", "application/pdf", PDF));
        }
        parts.add(Part.file("COPY", "上诉状副本.pdf", "application/pdf", PDF));
        return c.multipart("/api/v1/appeals", parts, "Idempotency-Key", UUID.randomUUID().toString());
    }

    static AppealForm form(long appellant, long appellee, DecisionType type, LocalDate servedOn) {
        return new AppealForm(caseId, appellant, List.of(appellee), type, servedOn, "撤销一审判决第一项，改判驳回被上诉人的诉讼请求。",
                "一审认定借款已交付证据不足，适用法律错误。");
    }

    long version(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT version FROM request WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    static List<Long> feedIds(HttpTestClient c) {
        List<Long> ids = new ArrayList<>();
        c.get("/api/v1/changes?since=0").json().path("changes").forEach(x -> {
            if ("APPEAL".equals(x.path("kind").asText())) {
                ids.add(x.path("requestId").asLong());
            }
        });
        return ids;
    }

    @Test
    void appealedFlaggedAcceptedAndReturned() {
        HttpTestClient byLawyer = login(lawyer);
        HttpTestClient byJudge = login(judge);
        assertThat(byLawyer.get("/api/v1/appeals/cases").json())
                .anySatisfy(c -> assertThat(c.path("parties")).hasSize(2));

        // 1. the lawyer, general authorisation only: stored and flagged; day 6 of 15
        Response filed = file(byLawyer, form(plaintiff, defendant, DecisionType.JUDGMENT, LocalDate.of(2026, 11, 17)), true);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        long id = filed.json().path("id").asLong();
        JsonNode v = filed.json().path("request");
        assertThat(filed.json().path("applicationNo").asText()).matches("SS20261123\\d{5}");
        assertThat(v.path("kind").asText()).isEqualTo("APPEAL");
        assertThat(v.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(v.path("specialAuthorityMissing").asBoolean()).isTrue();
        assertThat(v.path("appellant").path("name").asText()).isEqualTo("张某");
        assertThat(v.path("appellees")).singleElement().satisfies(a -> assertThat(a.path("name").asText()).isEqualTo("李某"));
        assertThat(v.path("materials")).hasSize(2);
        assertThat(byJudge.get("/api/v1/judge/appeals/" + id).json().path("audit").get(0).path("detail").asText())
                .contains("上诉期第6日，共15日").contains("未获特别授权");

        // 2. audience
        assertThat(feedIds(byJudge)).contains(id);
        assertThat(feedIds(login(clerk))).contains(id);
        assertThat(feedIds(login(otherJudge))).doesNotContain(id);
        assertThat(login(otherJudge).get("/api/v1/judge/appeals/" + id).status()).isEqualTo(404);

        // 3. accepted by the judge, the lawyer told
        Response accepted = byJudge.post("/api/v1/judge/appeals/" + id + "/decision",
                new AppealDecision(UUID.randomUUID(), version(id), AppealConclusion.ACCEPT, null));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().path("request").path("status").asText()).isEqualTo("APPEAL_ACCEPTED");
        assertThat(server.sms().fullTexts(id)).singleElement().asString().contains("已接受");

        // 4. with special authorisation the flag is off
        server.jdbi().useHandle(h -> h.execute("UPDATE case_agent SET authority = 'SPECIAL' WHERE lawyer_id = " + lawyer));
        Response special = file(byLawyer, form(plaintiff, defendant, DecisionType.RULING, LocalDate.of(2026, 11, 20)), true);
        assertThat(special.json().path("request").path("specialAuthorityMissing").asBoolean()).isFalse();

        // 5. the defendant in their own name; the clerk returns it with a reason
        HttpTestClient byParty = login(party);
        Response own = file(byParty, form(defendant, plaintiff, DecisionType.JUDGMENT, LocalDate.of(2026, 11, 20)), true);
        assertThat(own.status()).as(own.text()).isEqualTo(201);
        long second = own.json().path("id").asLong();
        Response noReason = login(clerk).post("/api/v1/judge/appeals/" + second + "/decision",
                new AppealDecision(UUID.randomUUID(), version(second), AppealConclusion.RETURN, " "));
        assertThat(noReason.code()).isEqualTo("APPEAL_RETURN_REASON_REQUIRED");
        assertThat(server.sms().fullTexts(second)).isEmpty();
        Response returned = login(clerk).post("/api/v1/judge/appeals/" + second + "/decision",
                new AppealDecision(UUID.randomUUID(), version(second), AppealConclusion.RETURN, "上诉状未写明上诉请求的具体内容。"));
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertThat(returned.json().path("request").path("status").asText()).isEqualTo("RETURNED");
        assertThat(server.sms().fullTexts(second)).singleElement().asString().contains("已被退回").contains("未写明上诉请求");
        Response again = byJudge.post("/api/v1/judge/appeals/" + second + "/decision",
                new AppealDecision(UUID.randomUUID(), version(second), AppealConclusion.ACCEPT, null));
        assertThat(again.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(byParty.get("/api/v1/me/notifications").text()).contains("已被退回");
        assertThat(byParty.get("/api/v1/appeals/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusalsStoreNothing() {
        HttpTestClient byLawyer = login(lawyer);
        HttpTestClient byParty = login(party);
        long before = count();
        Response noPetition = file(byLawyer, form(plaintiff, defendant, DecisionType.JUDGMENT, LocalDate.of(2026, 11, 17)), false);
        assertThat(noPetition.code()).isEqualTo("APPEAL_PETITION_REQUIRED");
        Response future = file(byLawyer, form(plaintiff, defendant, DecisionType.JUDGMENT, LocalDate.of(2026, 11, 30)), true);
        assertThat(future.code()).isEqualTo("APPEAL_SERVED_ON_INVALID");
        long stranger = data.party(data.caseOf(ReadingFixtures.COURT, "（2026）粤0106民初" + CASES.incrementAndGet() + "号",
                judge, CaseStatus.IN_TRIAL, false), "DEFENDANT", "王某", null);
        Response foreignAppellee = file(byLawyer, form(plaintiff, stranger, DecisionType.JUDGMENT, LocalDate.of(2026, 11, 17)), true);
        assertThat(foreignAppellee.code()).isEqualTo("APPEAL_APPELLEE_REQUIRED");
        Response forAnother = file(byParty, form(plaintiff, defendant, DecisionType.JUDGMENT, LocalDate.of(2026, 11, 17)), true);
        assertThat(forAnother.status()).isEqualTo(403);
        assertThat(forAnother.code()).isEqualTo("APPEAL_APPELLANT_INVALID");
        long outsider = data.account(ReadingFixtures.unique("ap.outsider"), Role.LAWYER, null, true);
        Response notOnRecord = file(login(outsider), form(plaintiff, defendant, DecisionType.JUDGMENT,
                LocalDate.of(2026, 11, 17)), true);
        assertThat(notOnRecord.status()).isEqualTo(404);
        assertThat(notOnRecord.code()).isEqualTo("APPEAL_CASE_NOT_FOUND");
        assertThat(count()).isEqualTo(before);
    }

    long count() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM appeal_request").mapTo(Long.class).one());
    }
}
