package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.ui.servicecontent.ServiceContentEditorModel;
import org.courtdesk.app.ui.servicecontent.ServiceContentListModel;
import org.courtdesk.app.ui.servicecontent.ServiceContentRow;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentCategory;
import org.courtdesk.model.servicecontent.ServiceContentView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 服务内容 of judge.chen against the real demo court, at the data layer with the real list and editor models (no
 * window; their worker and FX hops run inline):
 * <ul>
 *   <li>offline, a new item is saved, its typo fixed and it is published, all before any upload: once online the court
 *       has exactly one item, with the fixed text, published — both when the 新增 was never sent (the edits change it
 *       in the outbox) and when an upload of it was tried and its answer lost (the edits follow it, linked, and are sent
 *       after it on the created item; the workstation closed between the two uploads).</li>
 * </ul>
 */
class ServiceContentOfflineE2eTest {

    static DemoCourt court;

    @TempDir
    Path home;
    LocalWorkspace ws;

    @BeforeAll
    static void startCourt() {
        Messages.use(Messages.CHINESE);
        court = DemoCourt.start();
    }

    @AfterAll
    static void stopCourt() {
        if (court != null) {
            court.close();
        }
    }

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
        if (!court.running()) {
            court.startAgain();
        }
    }

    LocalWorkspace login() throws Exception {
        return DemoSignIn.judgeChen(home, court.baseUrl());
    }

    ServiceContentEditorModel editor() {
        String own = ws.user().courtCode();
        return new ServiceContentEditorModel(ws, Runnable::run, Runnable::run, () -> Map.of(own, own));
    }

    ServiceContentRow unconfirmedRow() {
        PendingAction creation = ws.pendingCreations(RequestKind.SERVICE_CONTENT).get(0);
        return ServiceContentRow.unconfirmed(creation, ws.followUps(creation.id()), Map.of());
    }

    record Stored(String body, String status) {}

    static List<Stored> onServer(String title) {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT s.body_html, q.status FROM service_content s "
                        + "JOIN request q ON q.id = s.id WHERE s.title = :t")
                .bind("t", title).map((rs, c) -> new Stored(rs.getString(1), rs.getString(2))).list());
    }

    static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 60 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void savedFixedAndPublishedOfflineBeforeAnyUploadComesOnceNeverSent() throws Exception {
        String title = "春节期间诉讼服务安排（未发送）";
        ws = login();
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        court.stop();
        writeFixAndPublish(title);
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
        // never sent (no connection): the edits changed the 新增 itself, one entry
        assertThat(ws.cache().read(Outbox::all)).singleElement().satisfies(e -> assertThat(e.isCreation()).isTrue());

        court.startAgain();
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        assertThat(ws.cache().read(Outbox::all)).isEmpty();
        assertThat(onServer(title)).singleElement().satisfies(s -> {
            assertThat(s.body()).contains("已更正").doesNotContain("错别字");
            assertThat(s.status()).isEqualTo(RequestStatus.PUBLISHED.name());
        });
    }

    @Test
    void savedFixedAndPublishedAfterALostAnswerFollowTheCreationOnceAcrossARestart() throws Exception {
        String title = "春节期间诉讼服务安排（答复丢失）";
        ws = login();
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        court.stop();
        ServiceContentEditorModel editor = editor();
        editor.startNew(LocalDate.now(ZoneId.of("Asia/Shanghai")), ws.user().courtCode());
        editor.categoryProperty().set(ServiceContentCategory.NOTICE);
        editor.titleProperty().set(title);
        editor.bodyHtmlProperty().set("<p>节后顺延审查，有错别字。</p>");
        assertThat(editor.save(false)).isTrue();
        PendingAction creation = ws.pendingCreations(RequestKind.SERVICE_CONTENT).get(0);
        // An upload of it was tried and its answer lost (a timeout): it may be on the server, it cannot change now.
        ws.cache().write(h -> {
            Outbox.markRetry(h, creation.id(), "timeout", java.time.Instant.now());
            return null;
        });

        ServiceContentRow row = unconfirmedRow();
        assertThat(editor.startEdit(row)).isTrue();
        editor.bodyHtmlProperty().set("<p>节后顺延审查，已更正。</p>");
        assertThat(editor.save(false)).isTrue();
        assertThat(editor.errors()).isEmpty();
        assertThat(ws.followUps(creation.id())).as("the fix follows the 新增").hasSize(1);
        row = unconfirmedRow();
        assertThat(row.form().bodyHtml()).contains("已更正");
        assertThat(editor.setPublished(row, true)).isTrue();
        assertThat(ws.followUps(creation.id())).hasSize(2);
        row = unconfirmedRow();
        assertThat(row.shownStatus()).isEqualTo(RequestStatus.PUBLISHED);
        assertThat(ws.pendingCreations(RequestKind.SERVICE_CONTENT)).as("still one new item").hasSize(1);

        // Online: the 新增 goes; the workstation is closed before its follow-ups go (between the two uploads).
        court.startAgain();
        assertThat(pushOnlyTheCreation()).isTrue();
        assertThat(onServer(title)).singleElement().satisfies(s -> assertThat(s.body()).contains("错别字"));
        ws.close();
        ws = login();
        for (int i = 0; i < 3 && !ws.cache().read(Outbox::all).isEmpty(); i++) {
            assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        }
        assertThat(ws.cache().read(Outbox::all)).isEmpty();
        assertThat(onServer(title)).singleElement().satisfies(s -> {
            assertThat(s.body()).contains("已更正").doesNotContain("错别字");
            assertThat(s.status()).isEqualTo(RequestStatus.PUBLISHED.name());
        });
    }

    /** One cycle sends only what is due: the 新增 (its follow-ups become due only once it is confirmed). */
    boolean pushOnlyTheCreation() {
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        List<org.courtdesk.app.outbox.OutboxEntry> left = ws.cache().read(Outbox::all);
        return left.size() == 2 && left.stream().allMatch(e -> !e.isCreation() && !e.isFollowUp() && e.request().id() > 0);
    }

    private void writeFixAndPublish(String title) {
        ServiceContentEditorModel editor = editor();
        editor.startNew(LocalDate.now(ZoneId.of("Asia/Shanghai")), ws.user().courtCode());
        editor.categoryProperty().set(ServiceContentCategory.NOTICE);
        editor.titleProperty().set(title);
        editor.bodyHtmlProperty().set("<p>节后顺延审查，有错别字。</p>");
        assertThat(editor.save(false)).isTrue();
        ServiceContentRow row = unconfirmedRow();
        assertThat(editor.startEdit(row)).isTrue();
        editor.bodyHtmlProperty().set("<p>节后顺延审查，已更正。</p>");
        assertThat(editor.save(false)).isTrue();
        assertThat(editor.errors()).isEmpty();
        row = unconfirmedRow();
        assertThat(row.form().bodyHtml()).contains("已更正");
        assertThat(editor.setPublished(row, true)).isTrue();
        assertThat(unconfirmedRow().shownStatus()).isEqualTo(RequestStatus.PUBLISHED);
        assertThat(editor.noticeProperty().get()).isEqualTo(Messages.get("servicecontent.notice.published"));
    }
}
