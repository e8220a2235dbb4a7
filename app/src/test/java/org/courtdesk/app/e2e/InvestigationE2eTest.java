package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.ui.investigation.InvestigationOps;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.investigation.InvestigationForm;
import org.courtdesk.model.investigation.InvestigationIssue;
import org.courtdesk.model.investigation.InvestigationMaterialType;
import org.courtdesk.model.investigation.InvestigationReceipt;
import org.courtdesk.model.investigation.InvestigationView;
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
 * 调查令 end to end against the demo court: lawyer.li applies over HTTP in one of judge.chen's cases whose 举证期限 has
 * not passed; judge.chen accepts it offline in his workstation — uploaded once when the court is back, which issues the
 * order; the PDF is in the judge's cache by its hash and the lawyer downloads it (its Chinese text checked); the SMS
 * names the order and its validity.
 */
class InvestigationE2eTest {

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

    static Response raw(String token, Request.Builder request) throws Exception {
        return HTTP.newCall(request.header("Authorization", "Bearer " + token).build()).execute();
    }

    static JsonNode call(String token, Request.Builder request, int expected) throws Exception {
        try (Response r = raw(token, request)) {
            String body = r.body() == null ? "" : r.body().string();
            assertThat(r.code()).as("%s %s", r.request().url(), body).isEqualTo(expected);
            return body.isEmpty() ? null : Json.read(body, JsonNode.class);
        }
    }

    @Test
    void appliedIssuedOfflineAndDownloaded() throws Exception {
        String lawyer;
        try (ApiClient api = new ApiClient(court.baseUrl())) {
            lawyer = api.login(DemoAccounts.LAWYER_LI, DemoAccounts.PASSWORD.toCharArray()).token();
        }
        String caseNumber = court.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number FROM court_case c "
                        + "JOIN case_agent a ON a.case_id = c.id JOIN account l ON l.id = a.lawyer_id "
                        + "JOIN account j ON j.id = c.judge_id WHERE l.username = :l AND j.username = :j "
                        + "AND c.status = 'IN_TRIAL' AND c.evidence_deadline >= :today ORDER BY c.id")
                .bind("l", DemoAccounts.LAWYER_LI).bind("j", DemoAccounts.JUDGE_CHEN).bind("today", court.today())
                .mapTo(String.class).first());
        InvestigationForm form = new InvestigationForm(caseNumber, "中国工商银行股份有限公司广州天河支行",
                "广州市天河区天河路 123 号", "被告名下账户 2025 年的交易明细", "被告收到原告转账 20 万元",
                "银行仅向司法机关或持调查令的律师提供客户交易流水");
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("investigation", null, RequestBody.create(Json.write(form), JSON))
                .addFormDataPart(InvestigationMaterialType.APPLICATION.name(), "申请书.pdf",
                        RequestBody.create(new org.courtdesk.server.pdf.PlainPdf().title("调查令申请书", 16f).toBytes(), PDF))
                .addFormDataPart(InvestigationMaterialType.LAWYER_LICENCE.name(), "执业证.pdf",
                        RequestBody.create(new org.courtdesk.server.pdf.PlainPdf().title("律师执业证", 16f).toBytes(), PDF))
                .build();
        InvestigationReceipt receipt = Json.MAPPER.treeToValue(call(lawyer, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/investigation-orders")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(body), 201), InvestigationReceipt.class);
        assertThat(receipt.applicationNo()).matches("DC\\d{13}");

        DefaultLoginService login = new DefaultLoginService(Settings.load(home.resolve("judge"), null), Clock.systemUTC(),
                new KdfParams(1024, 1, 1), SyncConfig.DEFAULT.withPrefetch(false),
                new ApiClient.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(20)), false);
        LocalWorkspace judge = login.loginLocal(court.baseUrl(), DemoAccounts.JUDGE_CHEN, DemoAccounts.PASSWORD.toCharArray());
        open.add(judge);
        assertThat(judge.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        RequestRef ref = RequestRef.of(RequestKind.INVESTIGATION_ORDER, receipt.id());
        assertThat(judge.request(ref, InvestigationView.class)).isPresent();

        // accepted offline: the action waits in the outbox, goes once when the court is back, and issues the order
        court.stop();
        judge.saveAction(ref, InvestigationOps.ISSUE, new InvestigationIssue(null, 0));
        assertThat(judge.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(judge.request(ref, InvestigationView.class).orElseThrow().pending())
                .singleElement().matches(p -> p.state() == OutboxState.PENDING);
        court.startAgain();
        assertThat(judge.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        InvestigationView issued = judge.request(ref, InvestigationView.class).orElseThrow().view();
        assertThat(issued.status()).isEqualTo(RequestStatus.ACCEPTED);
        String orderNo = issued.decision().order().orderNo();
        assertThat(orderNo).matches("（\\d{4}）粤0106调令\\d+号");
        // the judge's viewer reads the order by its hash
        byte[] inViewer = judge.document(issued.decision().order().pdfSha256());
        assertThat(new String(inViewer, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the lawyer downloads it
        byte[] pdf;
        try (Response r = raw(lawyer, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/investigation-orders/" + receipt.id() + "/order.pdf").get())) {
            assertThat(r.code()).isEqualTo(200);
            pdf = r.body().bytes();
        }
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains(orderNo, "持令人", "李文博");
        }
        JsonNode notices = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/me/notifications").get(), 200);
        List<String> texts = new ArrayList<>();
        for (JsonNode n : notices) {
            String t = Json.MAPPER.treeToValue(n, NotificationView.class).text();
            if (t.contains(receipt.applicationNo())) {
                texts.add(t);
            }
        }
        assertThat(texts).singleElement().asString().contains(orderNo, "有效期至" + issued.decision().order().validUntil());
        int issues = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE request_id = :id "
                + "AND action = '接收并签发调查令'").bind("id", receipt.id()).mapTo(Integer.class).one());
        assertThat(issues).isEqualTo(1);
    }
}
