package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
import org.courtdesk.app.ui.filing.FilingOps;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingForm;
import org.courtdesk.model.filing.FilingIntake;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.FilingMessagePost;
import org.courtdesk.model.filing.FilingOpinionSave;
import org.courtdesk.model.filing.FilingParty;
import org.courtdesk.model.filing.FilingReceipt;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.filing.PartyRole;
import org.courtdesk.model.filing.PartyType;
import org.courtdesk.model.filing.ReturnKind;
import org.courtdesk.model.account.Role;
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
 * 网上立案 end to end against the real companion server with the demo court: a lawyer files over HTTP; the judge in
 * charge and the centre reviewer work in their own workstations (real login, encrypted cache, outbox, sync) — 留言
 * both ways, 退回补正 decided offline and synced once, the lawyer's supplement, then the judge and the reviewer deciding
 * the same filing (the second gets the 409 with the first one's state), 收案 and 立 with a 案号. The lawyer sees every
 * step over the API and gets each SMS.
 */
class FilingE2eTest {

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

    // ------------------------------------------------------------------ the applicant over HTTP

    static final OkHttpClient HTTP = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final MediaType PDF = MediaType.get("application/pdf");

    /** The lawyer's bearer token. */
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

    static FilingForm form() {
        return new FilingForm(DemoAccounts.COURT_TIANHE, List.of(
                new FilingParty(PartyRole.PLAINTIFF, PartyType.PERSON, "何志强", "440106198203154512", "广州市天河区天河北路 233 号",
                        "13902221111", null),
                new FilingParty(PartyRole.DEFENDANT, PartyType.ORGANISATION, "广州恒达建材有限公司", "91440106MA59XYZ12K",
                        "广州市天河区黄埔大道西 100 号", "02038880000", "周建明")),
                "买卖合同纠纷", "判令被告支付货款 86500 元及逾期付款利息", "原告依约供货，被告至今未付货款。",
                new java.math.BigDecimal("86500.00"));
    }

    static FilingReceipt file(String token) throws Exception {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("filing", null, RequestBody.create(Json.write(form()), JSON));
        for (FilingMaterialType t : FilingRules.requiredMaterials(Role.LAWYER)) {
            body.addFormDataPart(t.name(), t.label() + ".pdf", RequestBody.create(pdf(t.label()), PDF));
        }
        JsonNode answer = call(token, new Request.Builder().url(court.baseUrl() + "/api/v1/filings")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(body.build()), 201);
        return Json.MAPPER.treeToValue(answer, FilingReceipt.class);
    }

    static byte[] pdf(String title) {
        return new org.courtdesk.server.pdf.PlainPdf().title(title, 16f).toBytes();
    }

    static FilingView seen(String token, long id) throws Exception {
        return Json.MAPPER.treeToValue(call(token, new Request.Builder().url(court.baseUrl() + "/api/v1/filings/" + id)
                .get(), 200), FilingView.class);
    }

    static List<String> smsAbout(String token, String serialNo) throws Exception {
        JsonNode list = call(token, new Request.Builder().url(court.baseUrl() + "/api/v1/me/notifications").get(), 200);
        List<String> texts = new ArrayList<>();
        for (JsonNode n : list) {
            NotificationView v = Json.MAPPER.treeToValue(n, NotificationView.class);
            if (v.text().contains(serialNo)) {
                texts.add(0, v.text()); // newest first on the wire: oldest first here
            }
        }
        return texts;
    }

    // ------------------------------------------------------------------ the workstations

    LocalWorkspace workstation(String username) throws Exception {
        Path dir = home.resolve(username);
        DefaultLoginService login = new DefaultLoginService(Settings.load(dir, null), Clock.systemUTC(),
                new KdfParams(1024, 1, 1), SyncConfig.DEFAULT.withPrefetch(false),
                new ApiClient.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(20)), false);
        LocalWorkspace ws = login.loginLocal(court.baseUrl(), username, DemoAccounts.PASSWORD.toCharArray());
        open.add(ws);
        return ws;
    }

    static Outcome sync(LocalWorkspace ws) {
        return ws.syncService().runCycle(true).outcome();
    }

    static KindRow<FilingView> row(LocalWorkspace ws, long id) {
        return ws.request(RequestRef.of(RequestKind.ONLINE_FILING, id), FilingView.class).orElseThrow();
    }

    // ------------------------------------------------------------------ the flow

    @Test
    void aFilingGoesFromTheLawyerThroughReviewerAndJudgeToACaseNumber() throws Exception {
        String lawyer = lawyerToken();
        FilingReceipt receipt = file(lawyer);
        long id = receipt.id();
        RequestRef ref = RequestRef.of(RequestKind.ONLINE_FILING, id);
        assertThat(receipt.serialNo()).matches("LA\\d{13}");
        assertThat(receipt.filing().status()).isEqualTo(RequestStatus.FILING_RECEIVED);

        // The judge in charge is the court's judge with the fewest filings in 收; the reviewer sees every filing of
        // the court. Both have it in their queue after one sync.
        String judgeUser = court.jdbi().withHandle(h -> h.createQuery("SELECT a.username FROM request q "
                + "JOIN account a ON a.id = q.judge_id WHERE q.id = :id").bind("id", id).mapTo(String.class).one());
        LocalWorkspace judge = workstation(judgeUser);
        LocalWorkspace reviewer = workstation(DemoAccounts.REVIEWER_ZHAO);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(sync(reviewer)).isEqualTo(Outcome.OK);
        for (LocalWorkspace ws : List.of(judge, reviewer)) {
            assertThat(ws.requests(RequestKind.ONLINE_FILING, FilingView.class))
                    .anySatisfy(r -> assertThat(r.view().id()).isEqualTo(id));
        }

        // 留言 both ways: the reviewer writes in the workstation, the lawyer reads and answers over the API.
        reviewer.saveAction(ref, FilingOps.MESSAGE, new FilingMessagePost(null, "请补充提交买卖合同原件的扫描件。"));
        assertThat(sync(reviewer)).isEqualTo(Outcome.OK);
        assertThat(seen(lawyer, id).messages()).extracting(m -> m.text()).contains("请补充提交买卖合同原件的扫描件。");
        call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/filings/" + id + "/messages")
                .post(RequestBody.create(Json.write(new FilingMessagePost(UUID.randomUUID(), "已收到，今日补交。")), JSON)), 200);
        sync(reviewer);
        assertThat(row(reviewer, id).view().messages()).extracting(m -> m.text())
                .containsSubsequence("请补充提交买卖合同原件的扫描件。", "已收到，今日补交。");

        // 退回补正, decided offline: the opinion and the conclusion wait in the outbox and go once when back.
        LocalDate deadline = court.today().plusDays(10);
        court.stop();
        reviewer.saveAction(ref, FilingOps.OPINION, new FilingOpinionSave(null, 0, "缺少买卖合同，需补正。"));
        reviewer.saveAction(ref, FilingOps.CONCLUSION, new FilingConclusionDecision(null, 0, FilingConclusion.RETURNED,
                ReturnKind.SUPPLEMENT, List.of("买卖合同原件扫描件", "送货单"), deadline, null));
        assertThat(sync(reviewer)).isEqualTo(Outcome.OFFLINE);
        assertThat(row(reviewer, id).pending()).hasSize(2).allMatch(p -> p.state() == OutboxState.PENDING);
        court.startAgain();
        assertThat(sync(reviewer)).isEqualTo(Outcome.OK);
        assertThat(row(reviewer, id).pending()).isEmpty();
        FilingView returned = seen(lawyer, id);
        assertThat(returned.status()).isEqualTo(RequestStatus.FILING_RETURNED);
        assertThat(returned.review().supplementItems()).containsExactly("买卖合同原件扫描件", "送货单");
        assertThat(returned.review().supplementDeadline()).isEqualTo(deadline);

        // The lawyer supplements: back to 收, the 7 days restart.
        MultipartBody supplement = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("supplement", null, RequestBody.create("{\"note\":\"补交买卖合同及送货单\"}", JSON))
                .addFormDataPart(FilingMaterialType.EVIDENCE.name(), "买卖合同.pdf", RequestBody.create(pdf("买卖合同"), PDF))
                .build();
        call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/filings/" + id + "/supplement")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(supplement), 200);
        sync(reviewer);
        FilingView again = row(reviewer, id).view();
        assertThat(again.status()).isEqualTo(RequestStatus.FILING_RECEIVED);
        assertThat(again.lastSupplementAt()).isNotNull();

        // Judge and reviewer decide the same filing on the same version: the judge's arrives first, the reviewer's
        // gets the 409 with the judge's state, and a new decision waits until the reviewer answered it.
        sync(judge);
        judge.saveAction(ref, FilingOps.OPINION, new FilingOpinionSave(null, 0, "补正后材料齐全，符合立案条件。"));
        judge.saveAction(ref, FilingOps.CONCLUSION, new FilingConclusionDecision(null, 0, FilingConclusion.CONFORMS,
                null, null, null, null));
        reviewer.saveAction(ref, FilingOps.OPINION, new FilingOpinionSave(null, 0, "同意立案。"));
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(row(judge, id).view().status()).isEqualTo(RequestStatus.FILING_CONFORMS);
        sync(reviewer);
        PendingAction refused = row(reviewer, id).pending().get(0);
        assertThat(refused.state()).isEqualTo(OutboxState.CONFLICT);
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.VERSION_CONFLICT);
        assertThat(((FilingView) refused.serverState()).status()).isEqualTo(RequestStatus.FILING_CONFORMS);
        assertThat(row(reviewer, id).view().status()).isEqualTo(RequestStatus.FILING_CONFORMS);
        assertThatThrownBy(() -> reviewer.saveAction(ref, FilingOps.OPINION, new FilingOpinionSave(null, 0, "x")))
                .isInstanceOf(DecisionRejectedException.class);
        reviewer.discardAction(refused.id());

        // 收案: the trial system gives the court's next 案号 and the filing is 立.
        reviewer.syncService().runCycle(true);
        reviewer.saveAction(ref, FilingOps.INTAKE, new FilingIntake(null, 0));
        assertThat(sync(reviewer)).isEqualTo(Outcome.OK);
        FilingView filed = seen(lawyer, id);
        assertThat(filed.status()).isEqualTo(RequestStatus.FILING_FILED);
        assertThat(filed.caseNumber()).matches("（2026）粤0106民初\\d+号");
        assertThat(row(reviewer, id).view().caseNumber()).isEqualTo(filed.caseNumber());

        // Every SMS the lawyer got about it: the court's 留言, 退回补正 with the list and deadline, 符, 立 with the 案号.
        List<String> sms = smsAbout(lawyer, receipt.serialNo());
        assertThat(sms).hasSize(4);
        assertThat(sms.get(1)).contains("买卖合同原件扫描件", "送货单");
        assertThat(sms.get(3)).contains(filed.caseNumber());
        // Exactly once: the offline 退回补正 (sent after a restart of the server) is one entry of the server's history.
        int returns = court.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE request_id = :id AND detail LIKE '%买卖合同原件扫描件%'")
                .bind("id", id).mapTo(Integer.class).one());
        assertThat(returns).isEqualTo(1);
    }
}
