package org.courtdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.StaffOp;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests staff create (a judge's 证据交换, a 服务内容 item) go through the outbox like any action: saved offline, shown
 * as pending until confirmed, created on the server exactly once even when an answer is lost, a refusal kept for the
 * user. Shown with a creation route the fake server has for this test only (POST /api/v1/judge/filings).
 */
class StaffCreationsSyncTest {

    static final StaffOp CREATE = StaffOp.creation("TEST_CREATE", "api/v1/judge/filings");

    @TempDir
    Path home;
    Harness h;
    LocalWorkspace ws;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(home);
        h.server.putFiling(Fixtures.filing(1, 1));
        ws = h.login();
        assertThat(ws.syncService().runCycle(false).outcome()).isEqualTo(Outcome.OK);
    }

    @AfterEach
    void tearDown() throws Exception {
        h.close();
    }

    @Test
    void aCreationSavedOfflineIsPendingThenCreatedOnceAndCached() throws Exception {
        h.server.down(true);
        PendingAction saved = ws.saveCreation(RequestKind.ONLINE_FILING, CREATE, Map.of("claims", "判令被告返还借款"));
        assertThat(saved.isCreation()).isTrue();
        assertThat(ws.syncService().runCycle(false).outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(ws.pendingCreations(RequestKind.ONLINE_FILING)).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(OutboxState.PENDING));
        assertThat(ws.requests(RequestKind.ONLINE_FILING, FilingView.class)).hasSize(1);

        h.server.down(false);
        h.server.loseDecisionAnswers.set(1); // applied, but the answer is lost: sent again with its key, replayed
        ws.syncService().runCycle(true);
        ws.syncService().runCycle(true);
        assertThat(h.server.creationsApplied.get()).isEqualTo(1);
        assertThat(h.server.routedPosts).containsExactly("create -", "create -");
        assertThat(ws.pendingCreations(RequestKind.ONLINE_FILING)).isEmpty();
        assertThat(ws.requests(RequestKind.ONLINE_FILING, FilingView.class)).extracting(r -> r.view().id())
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(ws.syncStatus().pendingUploads()).isZero();
    }

    @Test
    void aRefusedCreationWaitsForTheUserWhoMayDropIt() {
        ws.saveCreation(RequestKind.ONLINE_FILING, CREATE, Map.of("claims", " "));
        ws.syncService().runCycle(true);
        PendingAction refused = ws.pendingCreations(RequestKind.ONLINE_FILING).get(0);
        assertThat(refused.state()).isEqualTo(OutboxState.REFUSED);
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(h.server.creationsApplied.get()).isZero();

        ws.discardAction(refused.id());
        assertThat(ws.pendingCreations(RequestKind.ONLINE_FILING)).isEmpty();
        ws.syncService().runCycle(true);
        assertThat(h.server.routedPosts).containsExactly("create -");
    }

    @Test
    void aCreationNamesNoRequestAndAnActionNamesOne() {
        assertThatThrownBy(() -> StaffOp.creation("BAD", "api/v1/judge/filings/{id}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffOp("BAD", "api/v1/judge/filings", true))
                .isInstanceOf(IllegalArgumentException.class);
        StaffOp action = new StaffOp("FILING_OPINION", "api/v1/judge/filings/{id}/opinion", true);
        assertThatThrownBy(() -> ws.saveCreation(RequestKind.ONLINE_FILING, action, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
