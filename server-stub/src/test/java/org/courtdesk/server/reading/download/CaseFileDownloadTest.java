package org.courtdesk.server.reading.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseFileDownloadTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static TestServer server;
    static ReadingFixtures fx;

    long judgeId;
    HttpTestClient judge;
    long lawyerId;
    HttpTestClient lawyer;
    HttpTestClient otherLawyer;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new ReadingFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void people() {
        String j = ReadingFixtures.unique("judge");
        judgeId = fx.data.judge(j, ReadingFixtures.COURT);
        judge = server.client().login(j, TestData.PASSWORD);
        lawyerId = fx.lawyer();
        lawyer = server.client().login(fx.username(lawyerId), TestData.PASSWORD);
        otherLawyer = server.client().login(fx.username(fx.lawyer()), TestData.PASSWORD);
    }

    private long approvedOnline(LocalDate until) {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        HttpTestClient.Response r = judge.post("/api/v1/judge/reading-requests/" + id + "/decision",
                ReadingFixtures.approveOnline(fx.version(id), until));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return id;
    }

    private static String path(long id) {
        return "/api/v1/reading-requests/" + id + "/case-file";
    }

    @Test
    void theEncryptedCaseFileOpensOnlyWithThePasswordFromTheSms() throws IOException {
        long id = approvedOnline(TODAY.plusDays(15));
        String[] codes = fx.codesFromSms(id);
        String downloadCode = codes[0];
        String openPassword = codes[1];

        HttpTestClient.Response r = lawyer.get(path(id), CaseFileRoutes.HEADER, downloadCode);

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/pdf");
        byte[] pdf = r.body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> Loader.loadPDF(pdf).close()).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(pdf, "0000000000").close()).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(pdf, downloadCode).close()).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument doc = Loader.loadPDF(pdf, openPassword)) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            assertThat(doc.getCurrentAccessPermission().canPrint()).isTrue();
            assertThat(doc.getCurrentAccessPermission().canModify()).isFalse();
            assertThat(doc.getNumberOfPages()).isEqualTo(3); // cover + two volumes
            String text = new PDFTextStripper().getText(doc);
            ReadingRequestView v = judge.get("/api/v1/judge/reading-requests/" + id).as(ReadingRequestView.class);
            assertThat(text).contains(v.caseNumber()).contains("卷宗目录").contains("起诉状").contains("民事判决书")
                    .contains("请求判令被告归还借款本金").contains(TODAY.plusDays(15).toString());
        }
    }

    @Test
    void downloadHeadersAndTheAuditTrailSayWhoAndWhen() {
        long id = approvedOnline(TODAY.plusDays(3));
        String code = fx.codesFromSms(id)[0];
        server.clock().advance(Duration.ofHours(2));
        try {
            HttpTestClient.Response r = lawyer.get(path(id), CaseFileRoutes.HEADER, code);
            assertThat(r.status()).isEqualTo(200);
            HttpTestClient.Response again = lawyer.get(path(id), CaseFileRoutes.HEADER, code);
            assertThat(again.status()).isEqualTo(200);

            List<AuditEntry> audit = judge.get("/api/v1/judge/reading-requests/" + id).as(ReadingRequestView.class).audit();
            List<AuditEntry> downloads = audit.stream().filter(a -> a.action().equals("下载卷宗")).toList();
            assertThat(downloads).hasSize(2);
            assertThat(downloads.get(0).actor()).isEqualTo("用户" + fx.username(lawyerId));
            assertThat(downloads.get(0).at()).isEqualTo(TestServer.START.plus(Duration.ofHours(2)));
            assertThat(downloads.get(0).detail()).contains(fx.username(lawyerId)).contains(".pdf");
            assertThat(audit.stream().map(AuditEntry::action).toList()).containsSubsequence("审查通过", "下载卷宗", "下载卷宗");
        } finally {
            server.clock().advance(Duration.ofHours(-2));
        }
        // Content-Disposition is a plain ASCII attachment name.
        java.net.http.HttpResponse<Void> head = headers(id, code);
        String disposition = head.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).matches("attachment; filename=\"case-file-[A-Za-z0-9_-]+\\.pdf\"");
        assertThat(head.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void downloadCodeIsStoredOnlyAsAHash() {
        long id = approvedOnline(TODAY.plusDays(3));
        String code = fx.codesFromSms(id)[0];
        String stored = server.jdbi().withHandle(h -> h.createQuery("SELECT download_code_hash FROM reading_request WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertThat(stored).startsWith("$argon2id$").doesNotContain(code);
    }

    @Test
    void wrongOrMissingCodeIs403AndFiveWrongCodesLockTheDownload() {
        long id = approvedOnline(TODAY.plusDays(3));
        String code = fx.codesFromSms(id)[0];
        String wrong = code.equals("000000") ? "111111" : "000000";

        HttpTestClient.Response missing = lawyer.get(path(id));
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.code()).isEqualTo("DOWNLOAD_CODE_WRONG");
        for (int i = 1; i <= CaseFileRoutes.MAX_WRONG_CODES; i++) {
            HttpTestClient.Response r = lawyer.get(path(id), CaseFileRoutes.HEADER, wrong);
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.code()).isEqualTo("DOWNLOAD_CODE_WRONG");
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        // Locked now, even for the right code; the attempts are in the audit trail.
        HttpTestClient.Response locked = lawyer.get(path(id), CaseFileRoutes.HEADER, code);
        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.json().path("detail").asText()).contains("次数过多");
        assertThat(fx.auditRows(id, "下载密码错误")).isEqualTo(CaseFileRoutes.MAX_WRONG_CODES);
        assertThat(fx.auditRows(id, "下载卷宗")).isZero();

        // A day later the lock has passed (the file is valid for three days).
        server.clock().advance(Duration.ofHours(25));
        try {
            HttpTestClient later = relogin(); // tokens last 12 hours
            assertThat(later.get(path(id), CaseFileRoutes.HEADER, code).status()).isEqualTo(200);
        } finally {
            server.clock().advance(Duration.ofHours(-25));
        }
    }

    @Test
    void onlyTheApplicantOfTheRequestMayDownload() {
        long id = approvedOnline(TODAY.plusDays(3));
        String code = fx.codesFromSms(id)[0];

        for (HttpTestClient other : List.of(otherLawyer, judge)) {
            HttpTestClient.Response r = other.get(path(id), CaseFileRoutes.HEADER, code);
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("NOT_FOUND");
        }
        assertThat(lawyer.get(path(99999999), CaseFileRoutes.HEADER, code).status()).isEqualTo(404);
        assertThat(server.client().get(path(id), CaseFileRoutes.HEADER, code).status()).isEqualTo(401);
        assertThat(fx.auditRows(id, "下载卷宗")).isZero();
    }

    @Test
    void notApprovedOnlineIs409() {
        long pending = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        long onSite = fx.pending(fx.archivedCase(judgeId, false), lawyerId, ReadingMode.ON_SITE);
        judge.post("/api/v1/judge/reading-requests/" + onSite + "/decision",
                ReadingFixtures.approveOnSite(fx.version(onSite), TODAY.plusDays(1), TODAY.plusDays(2)));
        long refused = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        judge.post("/api/v1/judge/reading-requests/" + refused + "/decision", ReadingFixtures.refuse(fx.version(refused), "不符合条件"));

        for (long id : List.of(pending, onSite, refused)) {
            HttpTestClient.Response r = lawyer.get(path(id), CaseFileRoutes.HEADER, "123456");
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.code()).isEqualTo("DOWNLOAD_NOT_APPROVED");
        }
    }

    @Test
    void afterTheValidityDateTheFileIsGone() {
        long id = approvedOnline(TODAY.plusDays(2));
        String code = fx.codesFromSms(id)[0];
        // 2026-11-25 23:59 in Guangzhou is still the last day.
        server.clock().set(java.time.Instant.parse("2026-11-25T15:59:00Z"));
        try {
            HttpTestClient later = relogin(); // tokens last 12 hours
            HttpTestClient laterJudge = server.client().login(fx.username(judgeId), TestData.PASSWORD);
            assertThat(later.get(path(id), CaseFileRoutes.HEADER, code).status()).isEqualTo(200);
            server.clock().set(java.time.Instant.parse("2026-11-25T16:00:00Z")); // midnight in Guangzhou
            HttpTestClient.Response r = later.get(path(id), CaseFileRoutes.HEADER, code);
            assertThat(r.status()).isEqualTo(410);
            assertThat(r.code()).isEqualTo("DOWNLOAD_EXPIRED");
            ReadingRequestView v = laterJudge.get("/api/v1/judge/reading-requests/" + id).as(ReadingRequestView.class);
            assertThat(v.status().label()).isEqualTo("已过期");
        } finally {
            server.clock().set(TestServer.START);
        }
    }

    @Test
    void smsMatchesTheSeedAndTheApprovalIsAudited() {
        long id = approvedOnline(TODAY.plusDays(15));
        ReadingRequestView v = judge.get("/api/v1/judge/reading-requests/" + id).as(ReadingRequestView.class);
        String seed = "您申请的【" + java.util.regex.Pattern.quote(v.caseNumber())
                + "】【在线阅卷】审核已通过，有效截止日期2026-12-08，您可以登录诉讼服务平台下载卷宗。卷宗下载密码为：%s，"
                + "卷宗文档打开密码为：%s，密码信息请勿泄漏！【广州市天河区人民法院】";
        assertThat(server.sms().fullTexts(id)).singleElement().asString().matches(seed.formatted("\\d{6}", "\\d{10}"));
        assertThat(fx.sms(id)).singleElement().asString().matches(seed.formatted("\\*{6}", "\\*{6}"));
        AuditEntry approval = v.audit().stream().filter(a -> a.action().equals("审查通过")).findFirst().orElseThrow();
        assertThat(approval.detail()).contains("在线阅卷").contains("2026-12-08").contains("2 卷");
        String[] codes = fx.codesFromSms(id);
        assertThat(approval.detail()).doesNotContain(codes[0]).doesNotContain(codes[1]);
    }

    private HttpTestClient relogin() {
        return server.client().login(fx.username(lawyerId), TestData.PASSWORD);
    }

    private java.net.http.HttpResponse<Void> headers(long id, String code) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(server.baseUrl() + path(id)))
                    .header("Authorization", "Bearer " + lawyer.token()).header(CaseFileRoutes.HEADER, code).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
