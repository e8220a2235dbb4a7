package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.e2e.Workstation.eventually;
import static org.courtdesk.app.e2e.Workstation.waitUntil;
import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.outbox.OutboxFiles;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.ui.transcript.TranscriptCasePanel;
import org.courtdesk.app.ui.transcript.TranscriptUploads;
import org.courtdesk.app.ui.viewer.MaterialViewer;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 上传笔录 end to end in the real workstation against the demo court: from the 庭审笔录 queue the judge opens the case's
 * transcripts (本案全部笔录), uploads a PDF while the court is down (a missing file and a file that is not a PDF
 * refused in the dialog first), sees it 待同步, and once the court is back it is sent once, listed with its 阅读期限
 * (the court's transcript_reading_days from today, as the server counts), readable by the party over HTTP, and opens in
 * the in-app viewer. Snapshot: target/screenshots/transcript-case.png.
 */
class TranscriptUploadE2eTest {

    static DemoCourt court;
    static final ZoneId COURT = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path home;

    @BeforeAll
    static void startCourt() throws Exception {
        court = DemoCourt.startForWorkstation();
    }

    @AfterAll
    static void stopCourt() {
        if (court != null) {
            court.close();
        }
    }

    record Case(String number, String party, int readingDays) {}

    static Case caseWithParty() {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number, a.username, ct.transcript_reading_days "
                        + "FROM court_case c JOIN court ct ON ct.code = c.court_code JOIN account j ON j.id = c.judge_id "
                        + "JOIN case_party p ON p.case_id = c.id JOIN account a ON a.id = p.account_id "
                        + "WHERE j.username = :j ORDER BY c.id")
                .bind("j", DemoAccounts.JUDGE_CHEN)
                .map((rs, c) -> new Case(rs.getString(1), rs.getString(2), rs.getInt(3))).first());
    }

    static <T extends Node> T control(Workstation app, String id) {
        waitUntil("the control " + id, () -> app.robot.lookup("#" + id).tryQuery().isPresent());
        return app.robot.lookup("#" + id).query();
    }

    static void set(Workstation app, String id, String text) {
        TextInputControl field = control(app, id);
        onFx(() -> {
            field.setText(text);
            return null;
        });
    }

    static String errorsAfterOk(Workstation app) {
        Button ok = control(app, "transcript-upload-ok");
        Label errors = control(app, "transcript-upload-errors");
        onFx(() -> {
            errors.setText("");
            ok.fire();
            return null;
        });
        waitUntil("the dialog's answer", () -> onFx(() -> !ok.isDisabled()
                && (!errors.getText().isEmpty() || ok.getScene() == null || !ok.getScene().getWindow().isShowing())));
        return onFx(errors::getText);
    }

    static JsonNode partyGet(String user, String path, boolean pdf) throws Exception {
        try (ApiClient api = new ApiClient(court.baseUrl())) {
            String token = api.login(user, DemoAccounts.PASSWORD.toCharArray()).token();
            try (okhttp3.Response r = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
                    .url(court.baseUrl() + path).header("Authorization", "Bearer " + token).build()).execute()) {
                assertThat(r.code()).as(path).isEqualTo(200);
                byte[] body = r.body().bytes();
                if (pdf) {
                    assertThat(new String(body, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                    return null;
                }
                return Json.read(new String(body, java.nio.charset.StandardCharsets.UTF_8), JsonNode.class);
            }
        }
    }

    @Test
    void aTranscriptUploadedOfflineIsSentOnceListedWithItsDeadlineAndReadable() throws Exception {
        Case kase = caseWithParty();
        LocalDate today = LocalDate.now(COURT);
        String title = "第三次庭审笔录-" + (System.nanoTime() % 100000);
        Path pdf = Files.write(home.resolve("笔录.pdf"), new org.courtdesk.server.pdf.PlainPdf().title(title, 16f).toBytes());
        Path notPdf = Files.writeString(home.resolve("笔录.txt"), "这不是 PDF");
        try (Workstation app = Workstation.start(home.resolve("app"), court.baseUrl())) {
            MainWindow main = app.login(DemoAccounts.JUDGE_CHEN, DemoCourt.PASSWORD);
            app.awaitFirstSync();
            Tab transcripts = main.queueTab(RequestKind.HEARING_TRANSCRIPT).orElseThrow();
            onFx(() -> {
                main.tabs().getSelectionModel().select(transcripts);
                return null;
            });
            Button open = control(app, "transcript-case-open");
            onFx(() -> {
                open.fire();
                return null;
            });
            TranscriptCasePanel panel = control(app, "transcript-case-panel");
            onFx(() -> {
                panel.show(kase.number());
                return null;
            });
            waitUntil("the case's transcripts", panel::settled);
            int before = onFx(() -> panel.list().getItems().size());
            assertThat(onFx(() -> ((Label) control(app, "transcript-case-state")).getText()))
                    .as(onFx(() -> ((Label) control(app, "transcript-case-message")).getText())).contains("在线");

            // offline: the dialog refuses a missing file and a file that is not a PDF, then queues the PDF
            court.stop();
            onFx(() -> {
                panel.openUpload();
                return null;
            });
            set(app, "transcript-upload-title", title);
            assertThat(errorsAfterOk(app)).contains("PDF 文件");
            set(app, "transcript-upload-file", notPdf.toString());
            assertThat(errorsAfterOk(app)).contains("不是 PDF");
            set(app, "transcript-upload-file", pdf.toString());
            assertThat(errorsAfterOk(app)).isEmpty();
            waitUntil("the queued line", () -> panel.settled() && onFx(() -> panel.list().getItems().stream()
                    .anyMatch(TranscriptUploads.Line::isQueued)));
            assertThat(app.workspace().cache().read(OutboxFiles::count)).isOne();
            // the list is the cache's (issue 12): once a sync found the court gone it says offline, as of the last sync
            assertThat(app.workspace().syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
            onFx(() -> {
                panel.reload();
                return null;
            });
            waitUntil("reloaded offline", () -> panel.settled() && onFx(() -> ((Label) control(app,
                    "transcript-case-state")).getText()).contains("离线"));
            assertThat(onFx(() -> panel.list().getItems().size())).isEqualTo(before + 1);
            Path offline = UiTestSupport.snapshot(panel, "transcript-case-offline");
            assertThat(offline).exists();

            // back: sent once, listed with the deadline the court counts
            court.startAgain();
            eventually("sent", () -> {
                app.workspace().syncService().runCycle(true);
                return app.workspace().pendingCreations(RequestKind.HEARING_TRANSCRIPT).isEmpty();
            });
            app.workspace().syncService().runCycle(true);
            int stored = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM hearing_transcript WHERE title = :t")
                    .bind("t", title).mapTo(Integer.class).one());
            assertThat(stored).as("stored once").isOne();
            assertThat(app.workspace().cache().read(OutboxFiles::count)).isZero();
            onFx(() -> {
                panel.reload();
                return null;
            });
            LocalDate until = today.plusDays(Math.max(1, kase.readingDays()));
            waitUntil("the transcript with its deadline", () -> panel.settled() && onFx(() -> panel.list().getItems().stream()
                    .anyMatch(l -> !l.isQueued() && l.transcript().title().equals(title)
                            && l.transcript().readableUntil().equals(until))));
            assertThat(onFx(() -> panel.list().getItems().size())).isEqualTo(before + 1);
            String text = onFx(() -> panel.list().lookupAll(".list-cell").stream()
                    .map(n -> String.valueOf(((javafx.scene.control.ListCell<?>) n).getAccessibleText()))
                    .filter(t -> t.contains(title)).findFirst().orElse(""));
            assertThat(text).contains("阅读期限 " + until, "剩 " + Math.max(1, kase.readingDays()) + " 天", "无补正申请");

            // the party reads it over HTTP
            JsonNode mine = null;
            for (JsonNode t : partyGet(kase.party(), "/api/v1/transcripts", false)) {
                if (t.path("title").asText().equals(title)) {
                    mine = t;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(mine.path("readableUntil").asText()).isEqualTo(until.toString());
            partyGet(kase.party(), "/api/v1/documents/" + mine.path("sha256").asText(), true);
            String sha = mine.path("sha256").asText();

            // Enter opens it in the in-app viewer
            onFx(() -> {
                panel.list().requestFocus();
                panel.list().getItems().stream().filter(l -> !l.isQueued() && l.transcript().title().equals(title))
                        .findFirst().ifPresent(l -> panel.list().getSelectionModel().select(l));
                return null;
            });
            UiTestSupport.snapshot(panel, "transcript-case");
            app.robot.type(KeyCode.ENTER);
            TabPane viewers = control(app, "reading-pane-tabs");
            waitUntil("the transcript in the viewer", () -> onFx(() -> viewers.getTabs().stream()
                    .anyMatch(t -> sha.equals(t.getUserData()) && t.getContent() instanceof MaterialViewer v && v.pages() > 0)));
        }
    }
}
