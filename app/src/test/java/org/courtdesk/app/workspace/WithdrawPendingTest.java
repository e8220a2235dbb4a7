package org.courtdesk.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * A decision saved but not yet uploaded can be withdrawn (issue 13): it leaves the outbox and the server never sees it;
 * one already tried (it may have reached the server) or already uploaded cannot, and nothing changes.
 */
class WithdrawPendingTest {

    @TempDir
    Path home;
    Harness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(home);
    }

    @AfterEach
    void tearDown() throws Exception {
        h.close();
    }

    private static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.CASE_FILE_READING, id);
    }

    @Test
    void aPendingDecisionIsWithdrawnAndTheServerNeverSeesIt() throws Exception {
        h.server.put(Fixtures.request(2, 3));
        LocalWorkspace ws = h.login();
        ws.syncService().runCycle(false);
        ws.saveDecision(2, Fixtures.agreeOnline()); // the sync is driven by hand here: it waits in the outbox
        assertThat(h.outbox()).hasSize(1);

        assertThat(ws.withdrawPending(ref(2))).isTrue();
        assertThat(h.outbox()).isEmpty();
        assertThat(ws.pendingDecision(2)).isEmpty();

        ws.syncService().runCycle(true);
        assertThat(h.server.decisionPosts).isEmpty();
        assertThat(h.server.decisionsApplied.get()).isZero();
        // the request is back among those awaiting a decision
        assertThat(ws.readingQueue()).filteredOn(r -> r.id() == 2)
                .allMatch(r -> r.syncState() == ReadingQueueRow.SyncState.SYNCED);
    }

    @Test
    void aDecisionAlreadyTriedOrUploadedIsNotWithdrawn() throws Exception {
        h.server.put(Fixtures.request(2, 3));
        h.server.put(Fixtures.request(3, 3));
        LocalWorkspace ws = h.login();
        ws.syncService().runCycle(false);

        // tried once (the server answered 503): an attempt may reach the server, so it is not withdrawn (nor changed)
        h.server.decisionsUnavailable = true;
        ws.saveDecision(3, Fixtures.agreeOnline());
        ws.syncService().runCycle(true);
        assertThat(h.outbox()).hasSize(1);
        assertThat(h.outbox().get(0).attempts()).isPositive();
        assertThat(ws.withdrawPending(ref(3))).isFalse();
        assertThat(h.outbox()).hasSize(1);

        // uploaded: nothing left to withdraw
        h.server.decisionsUnavailable = false;
        ws.saveDecision(2, Fixtures.agreeOnline());
        ws.syncService().runCycle(true);
        assertThat(h.server.decisionPosts).extracting(d -> d.idempotencyKey()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ws.pendingDecision(2)).isEmpty();
        assertThat(ws.withdrawPending(ref(2))).isFalse();
        // nothing there at all
        assertThat(ws.withdrawPending(ref(99))).isFalse();
    }
}
