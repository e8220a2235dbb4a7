package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.ui.appeal.AppealOps;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.appeal.AppealCase;
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealDecision;
import org.courtdesk.model.appeal.AppealForm;
import org.courtdesk.model.appeal.AppealReceipt;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.appeal.DecisionType;
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

/**
 * 提起上诉 end to end against the real companion server with the demo court: lawyer.li appeals over HTTP against a
 * judgment in a case of judge.chen; clerk.wang's workstation sees it; judge.chen returns it offline with a reason — the
 * decision waits in the outbox and goes exactly once when the court is back; the lawyer sees 退回 and gets the SMS.
 */
class AppealE2eTest {

    static DemoCourt court;
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
    static final OkHttpClient HTTP = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

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

    static JsonNode call(String token, Request.Builder request, int expected) throws Exception {
        try (Response r = HTTP.newCall(request.header("Authorization", "Bearer " + token).build()).execute()) {
            String body = r.body() == null ? "" : r.body().string();
            assertThat(r.code()).as("%s %s", r.request().url(), body).isEqualTo(expected);
            return body.isEmpty() ? null : Json.read(body, JsonNode.class);
        }
    }

    LocalWorkspace workstation(String username) throws Exception {
        DefaultLoginService login = new DefaultLoginService(Settings.load(home.resolve(username), null), Clock.systemUTC(),
                new KdfParams(1024, 1, 1), SyncConfig.DEFAULT.withPrefetch(false),
                new ApiClient.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(20)), false);
        LocalWorkspace ws = login.loginLocal(court.baseUrl(), username, DemoAccounts.PASSWORD.toCharArray());
        open.add(ws);
        return ws;
    }

    static Outcome sync(LocalWorkspace ws) {
        return ws.syncService().runCycle(true).outcome();
    }

    static KindRow<AppealView> row(LocalWorkspace ws, long id) {
        return ws.request(RequestRef.of(RequestKind.APPEAL, id), AppealView.class).orElseThrow();
    }

    @Test
    void filedByTheLawyerReturnedOfflineByTheJudgeToldOnce() throws Exception {
        String lawyer;
        try (ApiClient api = new ApiClient(court.baseUrl())) {
            lawyer = api.login(DemoAccounts.LAWYER_LI, DemoAccounts.PASSWORD.toCharArray()).token();
        }
        // A case of judge.chen where lawyer.li represents a party and there is another party to appeal against.
        AppealCase chosen = null;
        for (JsonNode n : call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/appeals/cases").get(), 200)) {
            AppealCase c = Json.MAPPER.treeToValue(n, AppealCase.class);
            Long judge = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM court_case c JOIN account j "
                    + "ON j.id = c.judge_id WHERE c.id = :c AND j.username = :u").bind("c", c.id())
                    .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Long.class).one());
            if (judge > 0 && c.parties().size() >= 2) {
                chosen = c;
                break;
            }
        }
        assertThat(chosen).as("a case of judge.chen for lawyer.li").isNotNull();
        AppealCase c = chosen;
        long appellant = court.jdbi().withHandle(h -> h.createQuery("SELECT MIN(g.party_id) FROM case_agent g JOIN account l "
                + "ON l.id = g.lawyer_id WHERE g.case_id = :c AND l.username = :u").bind("c", c.id())
                .bind("u", DemoAccounts.LAWYER_LI).mapTo(Long.class).one());
        long appellee = c.parties().stream().filter(p -> p.id() != appellant).findFirst().orElseThrow().id();
        AppealForm form = new AppealForm(c.id(), appellant, List.of(appellee), DecisionType.JUDGMENT,
                LocalDate.now(COURT_ZONE).minusDays(5), "撤销一审判决，改判驳回被上诉人的诉讼请求。", "一审认定事实不清。");
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("appeal", null, RequestBody.create(Json.write(form), JSON))
                .addFormDataPart("PETITION", "民事上诉状.pdf", RequestBody.create(
                        new org.courtdesk.server.pdf.PlainPdf().title("民事上诉状", 16f).toBytes(), MediaType.get("application/pdf")))
                .build();
        AppealReceipt receipt = Json.MAPPER.treeToValue(call(lawyer, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/appeals").header("Idempotency-Key", UUID.randomUUID().toString())
                .post(body), 201), AppealReceipt.class);
        long id = receipt.id();
        RequestRef ref = RequestRef.of(RequestKind.APPEAL, id);
        assertThat(receipt.applicationNo()).matches("SS\\d{13}");

        LocalWorkspace clerk = workstation(DemoAccounts.CLERK_WANG);
        LocalWorkspace judge = workstation(DemoAccounts.JUDGE_CHEN);
        assertThat(sync(clerk)).isEqualTo(Outcome.OK);
        assertThat(row(clerk, id).view().status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);

        court.stop();
        judge.saveAction(ref, AppealOps.DECISION, new AppealDecision(null, 0, AppealConclusion.RETURN,
                "上诉状未列明被上诉人的住所及联系方式。"));
        assertThat(sync(judge)).isEqualTo(Outcome.OFFLINE);
        assertThat(row(judge, id).pending()).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo(OutboxState.PENDING));
        court.startAgain();
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(row(judge, id).pending()).isEmpty();
        AppealView seen = Json.MAPPER.treeToValue(call(lawyer, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/appeals/" + id).get(), 200), AppealView.class);
        assertThat(seen.status()).isEqualTo(RequestStatus.RETURNED);
        sync(clerk);
        assertThat(row(clerk, id).view().status()).isEqualTo(RequestStatus.RETURNED);

        List<String> sms = new ArrayList<>();
        for (JsonNode n : call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/me/notifications").get(), 200)) {
            NotificationView v = Json.MAPPER.treeToValue(n, NotificationView.class);
            if (v.text().contains(receipt.applicationNo())) {
                sms.add(v.text());
            }
        }
        assertThat(sms).singleElement().asString().contains("已被退回").contains("住所及联系方式");
        int decisions = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE request_id = :id "
                + "AND action = '退回'").bind("id", id).mapTo(Integer.class).one());
        assertThat(decisions).isEqualTo(1);
    }
}
