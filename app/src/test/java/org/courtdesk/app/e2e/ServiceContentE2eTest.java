package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.e2e.Workstation.waitUntil;
import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.input.KeyCode;

import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.app.ui.servicecontent.ServiceContentTab;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.servicecontent.ServiceContentCategory;
import org.courtdesk.server.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 服务内容 end to end: judge.chen's real workstation against the demo court. With the court down she writes an item
 * (a script, an {@code onerror} image and a table in the body), 预览 in the WebView shows its Chinese text and no
 * script, 发布 puts it in the outbox; when the court is back it is uploaded exactly once, and lawyer.li reads it over
 * HTTP — in the list, as JSON and as the page — sanitised.
 */
class ServiceContentE2eTest {

    static final String TITLE = "关于2027年春节期间网上立案的提示";
    static final String BODY = "<p>春节期间网上立案照常受理，节后顺延审查。<script>alert('x')</script></p>"
            + "<img src=\"https://evil.example/t.png\" onerror=\"alert(1)\">"
            + "<table><tr><th>日期</th><th>安排</th></tr><tr><td>2月13日起</td><td>恢复现场立案</td></tr></table>";

    static DemoCourt court;

    @TempDir
    Path home;
    Workstation app;

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

    @AfterEach
    void quitApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private int items(String title) {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM service_content WHERE title = :t")
                .bind("t", title).mapTo(Integer.class).one());
    }

    @Test
    void writtenOfflinePreviewedPublishedUploadedOnceReadByTheLawyer() throws Exception {
        app = Workstation.start(home, court.baseUrl());
        app.login(DemoAccounts.JUDGE_CHEN, DemoAccounts.PASSWORD);
        // The first sync pulls the whole demo court: on a loaded machine longer than the helper's 20 s.
        org.testfx.util.WaitForAsyncUtils.waitFor(180, java.util.concurrent.TimeUnit.SECONDS,
                () -> app.workspace().syncStatus().lastSuccessfulSync() != null && !app.workspace().syncStatus().busy());
        app.awaitFirstSync();
        app.showQueue("tab-servicecontent");
        ServiceContentTab tab = (ServiceContentTab) app.main().queue(RequestKind.SERVICE_CONTENT).orElseThrow();
        waitUntil("the demo items", () -> tab.list().settled() && tab.table().getItems().size() >= 5);

        // offline: write, preview, publish
        court.stop();
        app.robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil("the editor", () -> tab.editor().openProperty().get());
        onFx(() -> {
            tab.editor().categoryProperty().set(ServiceContentCategory.NOTICE);
            tab.editor().titleProperty().set(TITLE);
            tab.bodyEditor().setHtmlText(BODY);
            return null;
        });
        app.robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil("the preview", () -> tab.preview().loaded() && tab.preview().text().contains(TITLE));
        String shown = onFx(() -> tab.preview().text());
        assertThat(shown).contains("春节期间网上立案照常受理", "恢复现场立案", "发布法院：广州市天河区人民法院")
                .doesNotContain("alert");
        app.robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        waitUntil("saved to the outbox", () -> !tab.editor().openProperty().get()
                && !app.workspace().pendingCreations(RequestKind.SERVICE_CONTENT).isEmpty());
        List<OutboxEntry> waiting = app.workspace().cache().read(Outbox::all);
        assertThat(waiting).singleElement().satisfies(e -> assertThat(e.isCreation()).isTrue());

        // back online: uploaded once, then listed as the server's item
        court.startAgain();
        app.workspace().syncNow();
        waitUntil("uploaded", () -> app.workspace().pendingCreations(RequestKind.SERVICE_CONTENT).isEmpty()
                && tab.list().settled() && tab.table().getItems().stream()
                .anyMatch(r -> TITLE.equals(r.form().title()) && !r.unconfirmed()));
        assertThat(app.workspace().cache().read(Outbox::all)).isEmpty();
        app.workspace().syncNow();
        Workstation.eventually("a second sync", () -> !app.workspace().syncStatus().busy());
        assertThat(items(TITLE)).isEqualTo(1);
        int created = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log a JOIN service_content s "
                + "ON s.id = a.request_id WHERE s.title = :t AND a.action = '新增'").bind("t", TITLE).mapTo(Integer.class).one());
        assertThat(created).isEqualTo(1);

        // the lawyer reads it over HTTP, sanitised
        CourtHttp lawyer = CourtHttp.login(court.baseUrl(), DemoAccounts.LAWYER_LI, DemoAccounts.PASSWORD);
        JsonNode list = org.courtdesk.app.api.Json.read(lawyer.get("/api/v1/service-contents?court="
                + java.net.URLEncoder.encode("粤0106", java.nio.charset.StandardCharsets.UTF_8)).body(), JsonNode.class);
        JsonNode mine = null;
        for (JsonNode n : list) {
            if (TITLE.equals(n.path("title").asText())) {
                mine = n;
            }
        }
        assertThat(mine).as("the published item in the lawyers' list").isNotNull();
        // the list carries a summary (no body: each may be 1 MB), the item its body
        assertThat(mine.has("bodyHtml")).isFalse();
        assertThat(mine.path("excerpt").asText()).isNotBlank().doesNotContain("<", "script");
        JsonNode item = org.courtdesk.app.api.Json.read(lawyer.get("/api/v1/service-contents/" + mine.path("id").asLong())
                .body(), JsonNode.class);
        assertThat(item.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(item.path("bodyHtml").asText()).contains("春节期间网上立案照常受理", "<table>")
                .doesNotContain("script", "onerror", "evil.example");
        CourtHttp.Answer page = lawyer.get("/api/v1/service-contents/" + mine.path("id").asLong() + "/page");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(TITLE, "恢复现场立案").doesNotContain("<script", "onerror");
    }

    /**
     * Issue 12: an item the court refuses (its body over 1 MB, as a workstation that did not check it would send) is
     * listed 被拒; the bar shows the server's reason in Chinese with both sizes, 修改后重发 opens the editor, 发布 sends
     * the shortened item once under the same key, and lawyer.li reads it over HTTP.
     */
    @Test
    void aRefusedItemIsEditedResentOnceAndReadByTheLawyer() throws Exception {
        app = Workstation.start(home, court.baseUrl());
        app.login(DemoAccounts.JUDGE_CHEN, DemoAccounts.PASSWORD);
        org.testfx.util.WaitForAsyncUtils.waitFor(180, java.util.concurrent.TimeUnit.SECONDS,
                () -> app.workspace().syncStatus().lastSuccessfulSync() != null && !app.workspace().syncStatus().busy());
        app.awaitFirstSync();
        app.showQueue("tab-servicecontent");
        ServiceContentTab tab = (ServiceContentTab) app.main().queue(RequestKind.SERVICE_CONTENT).orElseThrow();
        waitUntil("the demo items", () -> tab.list().settled() && tab.table().getItems().size() >= 5);

        String title = "2027年诉讼服务指南（全文）";
        String tooLong = "<p>" + "诉讼服务指南正文。".repeat(40_000) + "</p>"; // 1.08 MB
        org.courtdesk.app.workspace.PendingAction sent = app.workspace().saveCreation(RequestKind.SERVICE_CONTENT,
                org.courtdesk.app.ui.servicecontent.ServiceContentOps.CREATE,
                new org.courtdesk.model.servicecontent.ServiceContentCreate(null, new org.courtdesk.model.servicecontent.ServiceContentForm(
                        ServiceContentCategory.GUIDE, title, "粤0106", java.time.LocalDate.of(2027, 1, 20), tooLong), true));
        waitUntil("refused by the court", () -> app.workspace().pendingCreations(RequestKind.SERVICE_CONTENT).stream()
                .anyMatch(p -> p.needsUser()));
        org.courtdesk.app.workspace.PendingAction refused = app.workspace().pendingCreations(RequestKind.SERVICE_CONTENT).get(0);
        assertThat(refused.errorCode()).isEqualTo(org.courtdesk.model.api.ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG);
        assertThat(refused.lastError()).contains("正文过长", "至多 1.00 MB");
        assertThat(items(title)).isZero();

        // the row 被拒, the bar with the reason (Alt+V), 修改后重发 (Alt+E)
        waitUntil("the refused row", () -> tab.list().settled() && tab.table().getItems().stream()
                .anyMatch(r -> r.unconfirmed() && r.refused() != null));
        onFx(() -> {
            var items = tab.table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).unconfirmed()) {
                    tab.table().getSelectionModel().clearAndSelect(i);
                }
            }
            tab.table().requestFocus();
            return null;
        });
        waitUntil("the refusal bar", () -> tab.refusedBar().isVisible());
        app.robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT);
        waitUntil("the reason", () -> tab.refusedBar().model().reasonShownProperty().get());
        assertThat(onFx(() -> tab.refusedBar().model().reasonProperty().get())).contains("服务器说明：正文过长", "至多 1.00 MB");
        app.robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        waitUntil("the editor", () -> tab.editor().openProperty().get());
        assertThat(tab.editor().titleProperty().get()).isEqualTo(title);
        onFx(() -> {
            tab.bodyEditor().setHtmlText("<h2>一、网上立案</h2><p>诉讼服务指南正文（精简版）。</p>");
            return null;
        });
        app.robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        waitUntil("uploaded", () -> app.workspace().pendingCreations(RequestKind.SERVICE_CONTENT).isEmpty()
                && tab.list().settled() && tab.table().getItems().stream()
                .anyMatch(r -> title.equals(r.form().title()) && !r.unconfirmed()));
        app.workspace().syncNow();
        Workstation.eventually("a second sync", () -> !app.workspace().syncStatus().busy());
        assertThat(items(title)).isEqualTo(1);
        // under the key of the refused one: a key names one item, refused keys name none
        String key = court.jdbi().withHandle(h -> h.createQuery("SELECT k.idem_key FROM idempotency_key k WHERE k.kind = 'SERVICE_CONTENT' "
                + "AND k.action = 'SERVICE_CONTENT_CREATE' AND k.idem_key = :k").bind("k",
                sent.payloadAs(org.courtdesk.model.servicecontent.ServiceContentCreate.class).idempotencyKey().toString())
                .mapTo(String.class).findOne().orElse(null));
        assertThat(key).isNotNull();

        CourtHttp lawyer = CourtHttp.login(court.baseUrl(), DemoAccounts.LAWYER_LI, DemoAccounts.PASSWORD);
        JsonNode list = org.courtdesk.app.api.Json.read(lawyer.get("/api/v1/service-contents?court="
                + java.net.URLEncoder.encode("粤0106", java.nio.charset.StandardCharsets.UTF_8)).body(), JsonNode.class);
        JsonNode mine = null;
        for (JsonNode n : list) {
            if (title.equals(n.path("title").asText())) {
                mine = n;
            }
        }
        assertThat(mine).as("the resent item in the lawyers' list").isNotNull();
        JsonNode item = org.courtdesk.app.api.Json.read(lawyer.get("/api/v1/service-contents/" + mine.path("id").asLong())
                .body(), JsonNode.class);
        assertThat(item.path("bodyHtml").asText()).contains("一、网上立案", "诉讼服务指南正文", "精简版"); // （） come back as entities
    }
}
