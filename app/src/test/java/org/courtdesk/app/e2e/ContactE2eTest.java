package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.ui.contact.ContactOps;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.contact.ContactForm;
import org.courtdesk.model.contact.ContactReceipt;
import org.courtdesk.model.contact.ContactReply;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.model.contact.ContactWay;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * 联系法官 end to end against the real companion server with the demo court: lawyer.li asks over HTTP to meet the judge
 * of one of judge.chen's cases he is on record for; judge.chen's workstation has it after one sync (with the demo's
 * requests in both statuses), agrees offline with time and place — the reply waits in the outbox while the court is
 * down and goes exactly once when it is back; the lawyer then reads 同意约见 with the meeting over the API and has
 * exactly one SMS of it.
 */
class ContactE2eTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static DemoCourt court;

    @TempDir
    Path home;
    final List<LocalWorkspace> open = new ArrayList<>();

    @BeforeAll
    static void startCourt() {
        court = DemoCourt.start();
    }

    @AfterAll
    static void stopCourt() {
        if (court != null) {
            court.close();
        }
    }

    @AfterEach
    void closeWorkstations() {
        open.forEach(LocalWorkspace::close);
    }

    static final OkHttpClient HTTP = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    static String lawyerToken() throws Exception {
        try (ApiClient api = new ApiClient(court.baseUrl())) {
            return api.login(DemoAccounts.LAWYER_LI, DemoAccounts.PASSWORD.toCharArray()).token();
        }
    }

    static JsonNode call(String token, Request.Builder request, int expected) throws Exception {
        try (Response r = HTTP.newCall(request.header("Authorization", "Bearer " + token).build()).execute()) {
            String body = r.body() == null ? "" : r.body().string();
            assertThat(r.code()).as("%s %s", r.request().url(), body).isEqualTo(expected);
            return body.isEmpty() ? null : Json.read(body, JsonNode.class);
        }
    }

    /** A case of judge.chen in trial that lawyer.li is on record for (the demo binds him to several). */
    static String caseOfLawyerLi() {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number FROM court_case c "
                        + "JOIN case_agent a ON a.case_id = c.id JOIN account l ON l.id = a.lawyer_id "
                        + "JOIN account j ON j.id = c.judge_id WHERE l.username = :l AND j.username = :j "
                        + "AND c.status = 'IN_TRIAL' ORDER BY c.id")
                .bind("l", DemoAccounts.LAWYER_LI).bind("j", DemoAccounts.JUDGE_CHEN).mapTo(String.class).first());
    }

    LocalWorkspace workstation(String username) throws Exception {
        DefaultLoginService login = new DefaultLoginService(Settings.load(home.resolve(username), null),
                Clock.systemUTC(), new KdfParams(1024, 1, 1), SyncConfig.DEFAULT.withPrefetch(false),
                new ApiClient.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(20)), false);
        LocalWorkspace ws = login.loginLocal(court.baseUrl(), username, DemoAccounts.PASSWORD.toCharArray());
        open.add(ws);
        return ws;
    }

    static Outcome sync(LocalWorkspace ws) {
        return ws.syncService().runCycle(true).outcome();
    }

    static KindRow<ContactView> row(LocalWorkspace ws, long id) {
        return ws.request(RequestRef.of(RequestKind.CONTACT_JUDGE, id), ContactView.class).orElseThrow();
    }

    @Test
    void theJudgeAgreesOfflineAndTheLawyerReadsTheAnswer() throws Exception {
        String lawyer = lawyerToken();
        String caseNumber = caseOfLawyerLi();
        LocalDateTime proposed = LocalDateTime.now(CHINA).plusDays(3).truncatedTo(ChronoUnit.HOURS).withHour(10);
        ContactForm form = new ContactForm(DemoAccounts.COURT_TIANHE, caseNumber, "希望当面说明调解方案并提交和解协议草稿",
                List.of(proposed, proposed.plusDays(1)), ContactWay.IN_PERSON);
        JsonNode created = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/contact-requests")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(RequestBody.create(Json.write(form), JSON)), 201);
        ContactReceipt receipt = Json.MAPPER.treeToValue(created, ContactReceipt.class);
        long id = receipt.id();
        RequestRef ref = RequestRef.of(RequestKind.CONTACT_JUDGE, id);
        assertThat(receipt.applicationNo()).matches("LX\\d{13}");
        assertThat(receipt.contact().status()).isEqualTo(RequestStatus.AWAITING_REPLY);

        LocalWorkspace judge = workstation(DemoAccounts.JUDGE_CHEN);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(row(judge, id).view().purpose()).startsWith("希望当面说明调解方案");
        assertThat(judge.requests(RequestKind.CONTACT_JUDGE, ContactView.class)).extracting(r -> r.view().status())
                .contains(RequestStatus.AWAITING_REPLY, RequestStatus.REPLIED);

        court.stop();
        ContactView seenByJudge = row(judge, id).view();
        judge.saveAction(ref, ContactOps.REPLY, new ContactReply(UUID.randomUUID(), seenByJudge.version(),
                ContactResult.AGREE, proposed, "天河法院诉讼服务中心第二调解室", ContactWay.IN_PERSON,
                "同意约见，请携带身份证件及相关材料按时到达。"));
        assertThat(sync(judge)).isEqualTo(Outcome.OFFLINE);
        assertThat(row(judge, id).pending()).hasSize(1).allMatch(p -> p.state() == OutboxState.PENDING);
        court.startAgain();
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(row(judge, id).pending()).isEmpty();
        assertThat(row(judge, id).view().status()).isEqualTo(RequestStatus.REPLIED);

        ContactView seen = Json.MAPPER.treeToValue(call(lawyer, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/contact-requests/" + id).get(), 200), ContactView.class);
        assertThat(seen.status()).isEqualTo(RequestStatus.REPLIED);
        assertThat(seen.result()).isEqualTo(ContactResult.AGREE);
        assertThat(seen.meetingAt()).isEqualTo(proposed);
        assertThat(seen.place()).isEqualTo("天河法院诉讼服务中心第二调解室");
        assertThat(seen.repliedBy()).isEqualTo(DemoAccounts.JUDGE_CHEN_NAME);
        JsonNode notes = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/me/notifications").get(), 200);
        List<String> sms = new ArrayList<>();
        for (JsonNode n : notes) {
            NotificationView v = Json.MAPPER.treeToValue(n, NotificationView.class);
            if (v.requestId() != null && v.requestId() == id) {
                sms.add(v.text());
            }
        }
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0)).contains(caseNumber).contains("同意约见").contains("第二调解室");
        // Sent once: one reply in the history.
        int replies = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE request_id = :id "
                + "AND action = '答复约见请求'").bind("id", id).mapTo(Integer.class).one());
        assertThat(replies).isEqualTo(1);
    }
}
