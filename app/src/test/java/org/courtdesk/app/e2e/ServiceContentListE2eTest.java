package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
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
 * The 服务内容 list of judge.chen against the real demo court (issue 12): built from the items' list fields — no body is
 * read or parsed (the cached full views are made unreadable and the list still comes, offline from the cache) — and the
 * body read for the item opened.
 */
class ServiceContentListE2eTest {

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
    }

    LocalWorkspace login() throws Exception {
        return DemoSignIn.judgeChen(home, court.baseUrl());
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
    void theListReadsNoBodyAndTheOpenedItemItsBody() throws Exception {
        ws = login();
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        List<KindRow<ServiceContentView>> listed = ws.listRequests(RequestKind.SERVICE_CONTENT, ServiceContentView.class);
        assertThat(listed).as("the demo court's items of judge.chen").hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(r -> {
                    assertThat(r.view().bodyHtml()).as("no body in a list row").isNull();
                    assertThat(r.view().title()).isNotBlank();
                });
        long anId = listed.get(0).view().id();
        assertThat(ws.request(org.courtdesk.model.request.RequestRef.of(RequestKind.SERVICE_CONTENT, anId), ServiceContentView.class))
                .hasValueSatisfying(r -> assertThat(r.view().bodyHtml()).isNotBlank());
        int kept = ws.cache().read(h -> h.createQuery("SELECT COUNT(*) FROM kind_request WHERE kind = 'SERVICE_CONTENT' "
                + "AND list_json IS NOT NULL").mapTo(Integer.class).one());
        assertThat(kept).as("every item keeps its list fields apart").isEqualTo(listed.size());

        // Make every cached full view unreadable: a list that parsed bodies would fail or lose the rows.
        ws.cache().write(h -> h.createUpdate("UPDATE kind_request SET view_json = '{\"kind\":\"SERVICE_CONTENT\",' "
                + "WHERE kind = 'SERVICE_CONTENT'").execute());
        ws.close();
        court.stop();
        ws = login(); // offline, from the cache: nothing parsed yet in this run
        ServiceContentListModel list = new ServiceContentListModel(ws, Clock.system(ZoneId.of("Asia/Shanghai")),
                Runnable::run);
        list.reload();
        waitFor(list::settled);
        assertThat(list.rows()).hasSize(listed.size());
        assertThat(list.rows()).extracting(ServiceContentRow::id).contains(anId);
        list.dispose();
    }
}
