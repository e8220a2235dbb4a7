package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.courtdesk.app.ui.batch.BatchRun;
import org.courtdesk.app.ui.preservation.PreservationActions;
import org.courtdesk.app.ui.preservation.PreservationOps;
import org.courtdesk.app.ui.preservation.PreservationRow;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.preservation.GuaranteeKind;
import org.courtdesk.model.preservation.PreservationAccept;
import org.courtdesk.model.preservation.PreservationForm;
import org.courtdesk.model.preservation.PreservationMaterialType;
import org.courtdesk.model.preservation.PreservationParty;
import org.courtdesk.model.preservation.PreservationPartyRole;
import org.courtdesk.model.preservation.PreservationReceipt;
import org.courtdesk.model.preservation.PreservationReturn;
import org.courtdesk.model.preservation.PreservationStage;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.preservation.PropertyClue;
import org.courtdesk.model.preservation.PropertyKind;
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
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * 诉讼保全 end to end against the real companion server with the demo court: lawyer.li applies over HTTP in one of
 * judge.chen's cases in trial; judge.chen and clerk.wang (who serves him) have it after one sync in their own
 * workstations; clerk.wang accepts it offline and the action goes exactly once when the court is back; judge.chen
 * returns a second one with a reason; a batch 接收 in the judge's workstation; the lawyer sees each status and SMS.
 */
class PreservationE2eTest {

    static DemoCourt court;
    static final OkHttpClient HTTP = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final MediaType PDF = MediaType.get("application/pdf");

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

    /** One of judge.chen's cases in trial on which lawyer.li is bound to a party. */
    static String caseOfLawyerLi() {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number FROM court_case c "
                        + "JOIN case_agent a ON a.case_id = c.id JOIN account l ON l.id = a.lawyer_id "
                        + "JOIN account j ON j.id = c.judge_id WHERE l.username = :l AND j.username = :j "
                        + "AND c.status = 'IN_TRIAL' ORDER BY c.id")
                .bind("l", DemoAccounts.LAWYER_LI).bind("j", DemoAccounts.JUDGE_CHEN).mapTo(String.class).first());
    }

    static PreservationReceipt apply(String token, String caseNumber, boolean urgent) throws Exception {
        PreservationForm form = new PreservationForm(PreservationStage.IN_LITIGATION, caseNumber, null, urgent,
                urgent ? "被申请人正在出售名下房产" : null,
                List.of(new PreservationParty(PreservationPartyRole.APPLICANT, "何志强", null, "广州市天河区天河北路 233 号"),
                        new PreservationParty(PreservationPartyRole.RESPONDENT, "广州恒达建材有限公司", null, null)),
                List.of(new PropertyClue(PropertyKind.BANK_DEPOSIT, "被申请人银行存款", "中国银行广州天河支行 6217 8500 0000 1234")),
                new BigDecimal("86500"), GuaranteeKind.INSURANCE, new BigDecimal("86500"));
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("preservation", null, RequestBody.create(Json.write(form), JSON))
                .addFormDataPart(PreservationMaterialType.APPLICATION.name(), "保全申请书.pdf", RequestBody.create(pdf("财产保全申请书"), PDF))
                .addFormDataPart(PreservationMaterialType.GUARANTEE.name(), "保函.pdf", RequestBody.create(pdf("保函"), PDF))
                .build();
        JsonNode answer = call(token, new Request.Builder().url(court.baseUrl() + "/api/v1/preservations")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(body), 201);
        return Json.MAPPER.treeToValue(answer, PreservationReceipt.class);
    }

    static byte[] pdf(String title) {
        return new org.courtdesk.server.pdf.PlainPdf().title(title, 16f).toBytes();
    }

    static PreservationView seen(String token, long id) throws Exception {
        return Json.MAPPER.treeToValue(call(token, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/preservations/" + id).get(), 200), PreservationView.class);
    }

    static List<String> smsAbout(String token, String applicationNo) throws Exception {
        JsonNode list = call(token, new Request.Builder().url(court.baseUrl() + "/api/v1/me/notifications").get(), 200);
        List<String> texts = new ArrayList<>();
        for (JsonNode n : list) {
            NotificationView v = Json.MAPPER.treeToValue(n, NotificationView.class);
            if (v.text().contains(applicationNo)) {
                texts.add(0, v.text());
            }
        }
        return texts;
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

    static KindRow<PreservationView> row(LocalWorkspace ws, long id) {
        return ws.request(RequestRef.of(RequestKind.PRESERVATION, id), PreservationView.class).orElseThrow();
    }

    @Test
    void appliedAcceptedOfflineReturnedAndBatchAccepted() throws Exception {
        String lawyer = lawyerToken();
        String caseNumber = caseOfLawyerLi();
        PreservationReceipt first = apply(lawyer, caseNumber, true);
        PreservationReceipt second = apply(lawyer, caseNumber, false);
        assertThat(first.applicationNo()).matches("BQ\\d{13}");
        assertThat(first.preservation().status()).isEqualTo(RequestStatus.SUBMITTED);

        LocalWorkspace judge = workstation(DemoAccounts.JUDGE_CHEN);
        LocalWorkspace clerk = workstation(DemoAccounts.CLERK_WANG);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(sync(clerk)).isEqualTo(Outcome.OK);
        for (LocalWorkspace ws : List.of(judge, clerk)) {
            assertThat(ws.requests(RequestKind.PRESERVATION, PreservationView.class)).extracting(r -> r.view().id())
                    .contains(first.id(), second.id());
        }

        // clerk.wang accepts the urgent one offline: saved in the outbox, uploaded once when the court is back
        RequestRef firstRef = RequestRef.of(RequestKind.PRESERVATION, first.id());
        court.stop();
        clerk.saveAction(firstRef, PreservationOps.ACCEPT, new PreservationAccept(null, 0, caseNumber.replace("号", "号之一")));
        assertThat(sync(clerk)).isEqualTo(Outcome.OFFLINE);
        assertThat(row(clerk, first.id()).pending()).hasSize(1).allMatch(p -> p.state() == OutboxState.PENDING);
        court.startAgain();
        assertThat(sync(clerk)).isEqualTo(Outcome.OK);
        assertThat(row(clerk, first.id()).pending()).isEmpty();
        PreservationView accepted = seen(lawyer, first.id());
        assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(accepted.decision().deciderName()).isEqualTo(DemoAccounts.CLERK_WANG_NAME);

        // judge.chen returns the second with a reason
        sync(judge);
        judge.saveAction(RequestRef.of(RequestKind.PRESERVATION, second.id()), PreservationOps.RETURN,
                new PreservationReturn(null, 0, "担保材料不符合要求，请补充足额保函。"));
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(seen(lawyer, second.id()).status()).isEqualTo(RequestStatus.RETURNED);

        // 批量接收 in the judge's workstation: two new ones and the already accepted one; each its own action
        PreservationReceipt third = apply(lawyer, caseNumber, false);
        PreservationReceipt fourth = apply(lawyer, caseNumber, true);
        sync(judge);
        java.time.Instant now = java.time.Instant.now();
        List<PreservationRow> selected = List.of(third.id(), first.id(), fourth.id()).stream()
                .map(id -> PreservationRow.of(row(judge, id), now, java.time.ZoneId.of("Asia/Shanghai"))).toList();
        List<BatchRun.Outcome<PreservationRow>> outcomes = new PreservationActions(judge).acceptAll(selected, n -> { });
        assertThat(outcomes).extracting(BatchRun.Outcome::saved).containsExactly(true, false, true);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(seen(lawyer, third.id()).status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(seen(lawyer, fourth.id()).status()).isEqualTo(RequestStatus.ACCEPTED);

        // the SMS: 接收 with the ruling, 退回 with the reason
        assertThat(smsAbout(lawyer, first.applicationNo())).singleElement().asString()
                .contains("法院已接收", "号之一", "【广州市天河区人民法院】");
        assertThat(smsAbout(lawyer, second.applicationNo())).singleElement().asString()
                .contains("已被退回", "担保材料不符合要求");
        // exactly once: the offline 接收 is one entry of the server's history
        int accepts = court.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE request_id = :id AND action = '接收'")
                .bind("id", first.id()).mapTo(Integer.class).one());
        assertThat(accepts).isEqualTo(1);
    }
}
