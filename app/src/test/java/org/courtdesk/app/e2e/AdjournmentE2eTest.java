package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
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
import org.courtdesk.app.ui.adjournment.AdjournmentOps;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentDecision;
import org.courtdesk.model.adjournment.AdjournmentForm;
import org.courtdesk.model.adjournment.AdjournmentHearing;
import org.courtdesk.model.adjournment.AdjournmentReceipt;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.adjournment.HearingProcedure;
import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.adjournment.AdjournmentRepository;
import org.courtdesk.server.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 延期开庭 end to end against the real companion server with the demo court: lawyer.li asks over HTTP to adjourn a
 * hearing of one of judge.chen's cases; clerk.wang's workstation (real login, cache, outbox, sync) sees it; judge.chen
 * approves it offline with a new date — the decision waits in the outbox and goes exactly once when the court is
 * back; the lawyer sees 审查通过 and the moved hearing, and gets the SMS with the new time.
 */
class AdjournmentE2eTest {

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

    static KindRow<AdjournmentView> row(LocalWorkspace ws, long id) {
        return ws.request(RequestRef.of(RequestKind.ADJOURNMENT, id), AdjournmentView.class).orElseThrow();
    }

    @Test
    void askedByTheLawyerApprovedOfflineByTheJudgeToldOnce() throws Exception {
        String lawyer;
        try (ApiClient api = new ApiClient(court.baseUrl())) {
            lawyer = api.login(DemoAccounts.LAWYER_LI, DemoAccounts.PASSWORD.toCharArray()).token();
        }
        // A hearing eight days ahead in a case of judge.chen where lawyer.li is on record (the trial system's schedule).
        LocalDateTime at = LocalDateTime.now(COURT_ZONE).plusDays(8).withHour(9).withMinute(30).withSecond(0).withNano(0);
        long hearingId = court.jdbi().withHandle(h -> {
            long caseId = h.createQuery("SELECT MIN(c.id) FROM court_case c JOIN case_agent g ON g.case_id = c.id "
                            + "JOIN account l ON l.id = g.lawyer_id JOIN account j ON j.id = c.judge_id "
                            + "WHERE l.username = :l AND j.username = :j")
                    .bind("l", DemoAccounts.LAWYER_LI).bind("j", DemoAccounts.JUDGE_CHEN).mapTo(Long.class).one();
            return AdjournmentRepository.insertHearing(h, caseId, at, "第七法庭", HearingProcedure.ORDINARY, 0);
        });
        JsonNode hearings = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/adjournments/hearings").get(), 200);
        List<AdjournmentHearing> mine = new ArrayList<>();
        for (JsonNode n : hearings) {
            mine.add(Json.MAPPER.treeToValue(n, AdjournmentHearing.class));
        }
        assertThat(mine).anySatisfy(x -> assertThat(x.id()).isEqualTo(hearingId));

        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("adjournment", null, RequestBody.create(Json.write(new AdjournmentForm(hearingId,
                        "代理人同日在越秀区人民法院另案开庭，开庭通知在先。")), JSON))
                .build();
        AdjournmentReceipt receipt = Json.MAPPER.treeToValue(call(lawyer, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/adjournments").header("Idempotency-Key", UUID.randomUUID().toString())
                .post(body), 201), AdjournmentReceipt.class);
        long id = receipt.id();
        RequestRef ref = RequestRef.of(RequestKind.ADJOURNMENT, id);
        assertThat(receipt.applicationNo()).matches("YQ\\d{13}");

        // The clerk serving judge.chen and the judge both have it after one sync.
        LocalWorkspace clerk = workstation(DemoAccounts.CLERK_WANG);
        LocalWorkspace judge = workstation(DemoAccounts.JUDGE_CHEN);
        assertThat(sync(clerk)).isEqualTo(Outcome.OK);
        assertThat(row(clerk, id).view().status()).isEqualTo(RequestStatus.PENDING_REVIEW);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(row(judge, id).view().hearing().startsAt()).isEqualTo(at);

        // Approved offline: the decision waits in the outbox and goes exactly once when the court is back.
        LocalDateTime next = at.plusDays(21).withHour(14).withMinute(30);
        court.stop();
        judge.saveAction(ref, AdjournmentOps.DECISION, new AdjournmentDecision(null, 0, AdjournmentConclusion.APPROVE,
                "开庭通知在先，准许延期。", next));
        assertThat(sync(judge)).isEqualTo(Outcome.OFFLINE);
        assertThat(row(judge, id).pending()).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo(OutboxState.PENDING));
        court.startAgain();
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(row(judge, id).pending()).isEmpty();
        assertThat(sync(judge)).isEqualTo(Outcome.OK); // nothing left to send: no second decision
        AdjournmentView seen = Json.MAPPER.treeToValue(call(lawyer, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/adjournments/" + id).get(), 200), AdjournmentView.class);
        assertThat(seen.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(seen.hearing().startsAt()).isEqualTo(next);
        assertThat(seen.hearing().adjournments()).isEqualTo(1);
        sync(clerk);
        assertThat(row(clerk, id).view().status()).isEqualTo(RequestStatus.APPROVED);

        List<String> sms = new ArrayList<>();
        for (JsonNode n : call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/me/notifications").get(), 200)) {
            NotificationView v = Json.MAPPER.treeToValue(n, NotificationView.class);
            if (v.text().contains(receipt.applicationNo())) {
                sms.add(v.text());
            }
        }
        assertThat(sms).singleElement().asString().contains("经审查准许").contains("第七法庭");
        int decisions = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE request_id = :id "
                + "AND action = '审查通过'").bind("id", id).mapTo(Integer.class).one());
        assertThat(decisions).isEqualTo(1);
    }
}
