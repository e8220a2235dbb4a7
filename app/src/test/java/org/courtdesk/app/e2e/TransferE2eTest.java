package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.ui.batch.BatchRun;
import org.courtdesk.app.ui.transcript.TranscriptActions;
import org.courtdesk.app.ui.transcript.TranscriptRow;
import org.courtdesk.app.ui.transfer.TransferActions;
import org.courtdesk.app.ui.transfer.TransferRow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptAttachForm;
import org.courtdesk.model.transcript.TranscriptCorrectionForm;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferForm;
import org.courtdesk.model.transfer.TransferMaterialType;
import org.courtdesk.model.transfer.TransferReceipt;
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
 * 材料转接 and 庭审笔录 end to end against the real companion server with the demo court and judge.chen's real
 * workstation (encrypted cache, outbox, sync):
 * <ul>
 *   <li>lawyer.li sends three materials in one of judge.chen's cases; after one sync the judge 批量接收s them with one
 *       already received demo row in the selection (refused locally, listed); the upload receives each once and the
 *       lawyer sees 已接收 and one SMS per material;</li>
 *   <li>clerk.wang attaches a transcript over the API; lawyer.li finds it with its reading deadline, opens the PDF and
 *       asks for a correction; the judge refuses it with a reason in the workstation; the lawyer sees 不予补正 and the
 *       reason, and gets the SMS.</li>
 * </ul>
 */
class TransferE2eTest {

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

    static String token(String user) throws Exception {
        try (ApiClient api = new ApiClient(court.baseUrl())) {
            return api.login(user, DemoAccounts.PASSWORD.toCharArray()).token();
        }
    }

    static JsonNode call(String token, Request.Builder request, int expected) throws Exception {
        try (Response r = HTTP.newCall(request.header("Authorization", "Bearer " + token).build()).execute()) {
            String body = r.body() == null ? "" : r.body().string();
            assertThat(r.code()).as("%s %s", r.request().url(), body).isEqualTo(expected);
            return body.isEmpty() || !body.startsWith("{") && !body.startsWith("[") ? null : Json.read(body, JsonNode.class);
        }
    }

    static String caseOfLawyerLi() {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number FROM court_case c "
                        + "JOIN case_agent a ON a.case_id = c.id JOIN account l ON l.id = a.lawyer_id "
                        + "JOIN account j ON j.id = c.judge_id WHERE l.username = :l AND j.username = :j "
                        + "AND c.status = 'IN_TRIAL' ORDER BY c.id")
                .bind("l", DemoAccounts.LAWYER_LI).bind("j", DemoAccounts.JUDGE_CHEN).mapTo(String.class).first());
    }

    static byte[] pdf(String title) {
        return new org.courtdesk.server.pdf.PlainPdf().title(title, 16f).toBytes();
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

    static List<String> smsAbout(String token, String applicationNo) throws Exception {
        List<String> texts = new ArrayList<>();
        for (JsonNode n : call(token, new Request.Builder().url(court.baseUrl() + "/api/v1/me/notifications").get(), 200)) {
            if (n.path("text").asText().contains(applicationNo)) {
                texts.add(n.path("text").asText());
            }
        }
        return texts;
    }

    @Test
    void materialsSentAndBatchReceivedOnce() throws Exception {
        String lawyer = token(DemoAccounts.LAWYER_LI);
        String caseNumber = caseOfLawyerLi();
        List<TransferReceipt> sent = new ArrayList<>();
        for (String title : List.of("补充证据：转账凭证", "代理词", "质证意见")) {
            MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                    .addFormDataPart("transfer", null, RequestBody.create(Json.write(new TransferForm(caseNumber, title,
                            TransferMaterialType.EVIDENCE, 1, 3, null)), JSON))
                    .addFormDataPart("FILE", title + ".pdf", RequestBody.create(pdf(title), PDF)).build();
            JsonNode answer = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/material-transfers")
                    .header("Idempotency-Key", UUID.randomUUID().toString()).post(body), 201);
            sent.add(Json.MAPPER.treeToValue(answer, TransferReceipt.class));
        }
        assertThat(sent).allSatisfy(r -> assertThat(r.applicationNo()).matches("CL\\d{13}"));
        List<Long> ids = sent.stream().map(TransferReceipt::id).toList();

        LocalWorkspace judge = workstation(DemoAccounts.JUDGE_CHEN);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        List<TransferRow> all = judge.requests(RequestKind.MATERIAL_TRANSFER, MaterialTransferView.class).stream()
                .map(TransferRow::of).toList();
        List<TransferRow> mine = all.stream().filter(r -> ids.contains(r.id())).toList();
        assertThat(mine).hasSize(3).allMatch(TransferRow::receivable);
        TransferRow alreadyReceived = all.stream().filter(r -> r.shownStatus() == RequestStatus.RECEIVED).findFirst()
                .orElseThrow();
        List<TransferRow> selected = new ArrayList<>(mine);
        selected.add(1, alreadyReceived);
        List<BatchRun.Outcome<TransferRow>> outcomes = new TransferActions(judge).receiveAll(selected, n -> { });
        assertThat(outcomes).extracting(BatchRun.Outcome::saved).containsExactly(true, false, true, true);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        for (TransferReceipt r : sent) {
            JsonNode seen = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/material-transfers/" + r.id())
                    .get(), 200);
            assertThat(seen.path("status").asText()).isEqualTo("RECEIVED");
            assertThat(seen.path("receiverName").asText()).isEqualTo(DemoAccounts.JUDGE_CHEN_NAME);
            assertThat(smsAbout(lawyer, r.applicationNo())).hasSize(1).first().asString().contains("已接收");
        }
        assertThat(judge.requests(RequestKind.MATERIAL_TRANSFER, MaterialTransferView.class).stream()
                .filter(k -> ids.contains(k.view().id()))).allMatch(k -> k.view().status() == RequestStatus.RECEIVED
                && k.pending().isEmpty());
    }

    @Test
    void transcriptAttachedReadCorrectionRefusedInTheWorkstation() throws Exception {
        String clerk = token(DemoAccounts.CLERK_WANG);
        String lawyer = token(DemoAccounts.LAWYER_LI);
        String caseNumber = caseOfLawyerLi();
        LocalDate hearing = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("transcript", null, RequestBody.create(Json.write(new TranscriptAttachForm(caseNumber,
                        hearing, "第三次庭审笔录")), JSON))
                .addFormDataPart("PDF", "第三次庭审笔录.pdf", RequestBody.create(pdf("第三次庭审笔录"), PDF)).build();
        TranscriptInfo info = Json.MAPPER.treeToValue(call(clerk, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/judge/transcripts").header("Idempotency-Key", UUID.randomUUID().toString())
                .post(body), 201), TranscriptInfo.class);
        assertThat(info.readableUntil()).isAfter(hearing);

        // the lawyer finds it, opens it, and asks for a correction
        JsonNode list = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/transcripts").get(), 200);
        assertThat(list.findValues("id")).extracting(JsonNode::asLong).contains(info.id());
        call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/documents/" + info.sha256()).get(), 200);
        JsonNode receipt = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/transcript-corrections")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(RequestBody.create(Json.write(new TranscriptCorrectionForm(info.id(), "第2页漏记我方当庭提交的补充证据")),
                        JSON)), 201);
        long id = receipt.path("id").asLong();
        String applicationNo = receipt.path("applicationNo").asText();
        assertThat(applicationNo).matches("BZ\\d{13}");

        // judge.chen answers in the workstation, through the outbox
        LocalWorkspace judge = workstation(DemoAccounts.JUDGE_CHEN);
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        TranscriptRow row = judge.requests(RequestKind.HEARING_TRANSCRIPT, TranscriptCorrectionView.class).stream()
                .filter(k -> k.view().id() == id).map(k -> TranscriptRow.of(k, LocalDate.now(java.time.ZoneId.of(
                        "Asia/Shanghai")))).findFirst().orElseThrow();
        assertThat(row.view().transcript().readableUntil()).isEqualTo(info.readableUntil());
        assertThat(row.answerable()).isTrue();
        assertThat(new TranscriptActions(judge).answer(row, false, "  ").saved()).isFalse();
        assertThat(new TranscriptActions(judge).answer(row, false, "经核对庭审录音录像，该证据未当庭提交").saved()).isTrue();
        assertThat(sync(judge)).isEqualTo(Outcome.OK);
        JsonNode seen = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/transcript-corrections/" + id)
                .get(), 200);
        assertThat(seen.path("status").asText()).isEqualTo("CORRECTION_REFUSED");
        assertThat(seen.path("answer").path("reason").asText()).isEqualTo("经核对庭审录音录像，该证据未当庭提交");
        assertThat(smsAbout(lawyer, applicationNo)).hasSize(1).first().asString().contains("不予补正");
    }
}
