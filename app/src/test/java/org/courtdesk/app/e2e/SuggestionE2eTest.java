package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.courtdesk.app.ui.suggestion.SuggestionOps;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.suggestion.SuggestionCategory;
import org.courtdesk.model.suggestion.SuggestionForm;
import org.courtdesk.model.suggestion.SuggestionReceipt;
import org.courtdesk.model.suggestion.SuggestionReply;
import org.courtdesk.model.suggestion.SuggestionView;
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
 * 意见建议 end to end against the real companion server with the demo court: lawyer.li sends a suggestion over HTTP on
 * one of judge.chen's cases he is on record for; judge.chen's workstation has it after one sync (with the demo's in both
 * statuses), answers it offline — the answer waits in the outbox while the court is down and goes exactly once when it
 * is back; the lawyer then reads the answer over the API and has exactly one SMS of it.
 */
class SuggestionE2eTest {

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

    static KindRow<SuggestionView> row(LocalWorkspace ws, long id) {
        return ws.request(RequestRef.of(RequestKind.SUGGESTION, id), SuggestionView.class).orElseThrow();
    }

    @Test
    void theJudgeAnswersOfflineAndTheLawyerReadsIt() throws Exception {
        String lawyer = lawyerToken();
        String caseNumber = caseOfLawyerLi();
        SuggestionForm form = new SuggestionForm(DemoAccounts.COURT_TIANHE, SuggestionCategory.TRIAL, caseNumber,
                "建议尽快组织证据交换", "被告逾期未提交证据，建议尽快组织证据交换并确定举证期限。");
        JsonNode created = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/suggestions")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(RequestBody.create(Json.write(form), JSON)), 201);
        SuggestionReceipt receipt = Json.MAPPER.treeToValue(created, SuggestionReceipt.class);
        long id = receipt.id();
        RequestRef ref = RequestRef.of(RequestKind.SUGGESTION, id);
        assertThat(receipt.applicationNo()).matches("JY\\d{13}");
        assertThat(receipt.suggestion().status()).isEqualTo(RequestStatus.AWAITING_REPLY);
        assertThat(receipt.suggestion().pooled()).isFalse();

        LocalWorkspace judge = workstation(DemoAccounts.JUDGE_CHEN);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(row(judge, id).view().title()).isEqualTo("建议尽快组织证据交换");
        assertThat(judge.requests(RequestKind.SUGGESTION, SuggestionView.class)).extracting(r -> r.view().status())
                .contains(RequestStatus.AWAITING_REPLY, RequestStatus.REPLIED);

        court.stop();
        judge.saveAction(ref, SuggestionOps.REPLY, new SuggestionReply(UUID.randomUUID(), row(judge, id).view().version(),
                "已安排于下周组织证据交换，届时将另行通知。"));
        assertThat(sync(judge)).isEqualTo(Outcome.OFFLINE);
        assertThat(row(judge, id).pending()).hasSize(1).allMatch(p -> p.state() == OutboxState.PENDING);
        court.startAgain();
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(row(judge, id).pending()).isEmpty();
        assertThat(row(judge, id).view().status()).isEqualTo(RequestStatus.REPLIED);

        SuggestionView seen = Json.MAPPER.treeToValue(call(lawyer, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/suggestions/" + id).get(), 200), SuggestionView.class);
        assertThat(seen.status()).isEqualTo(RequestStatus.REPLIED);
        assertThat(seen.reply()).isEqualTo("已安排于下周组织证据交换，届时将另行通知。");
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
        assertThat(sms.get(0)).contains("建议尽快组织证据交换").contains("已安排于下周组织证据交换");
        int replies = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE request_id = :id "
                + "AND action = '答复意见建议'").bind("id", id).mapTo(Integer.class).one());
        assertThat(replies).isEqualTo(1);
    }
}
