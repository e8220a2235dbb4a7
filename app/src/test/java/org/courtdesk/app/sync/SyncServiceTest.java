package org.courtdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.sync.SyncService.CycleResult;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.Conflict;
import org.courtdesk.app.workspace.ConflictResolution;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.SyncStatus;
import org.courtdesk.app.workspace.WorkspaceListener;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncServiceTest {

    @TempDir
    Path home;
    Harness h;
    LocalWorkspace ws;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(home);
    }

    @AfterEach
    void tearDown() throws Exception {
        h.close();
    }

    CycleResult cycle() {
        return ws.syncService().runCycle(false);
    }

    void seed(int n) {
        for (int i = 1; i <= n; i++) {
            h.server.put(Fixtures.request(i, 1));
        }
    }

    List<String> feedCalls() {
        // The first page of a pull also asks how many changes follow (the progress bar's total): paging is the point here.
        // Every page asks for the feed entries too (Change.entry): not the point here either.
        return h.server.calls.stream().filter(c -> c.startsWith("GET /api/v1/changes"))
                .map(c -> c.replace("&remaining=true", "").replace("&entries=true", "")).toList();
    }

    @Test
    void pullsTheFeedPageByPageAndStoresTheCursorWithEachPage() throws Exception {
        seed(5);
        ws = h.login();
        CycleResult r = cycle();
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.pages()).isEqualTo(3);
        assertThat(r.pulledChanges()).isEqualTo(5);
        assertThat(feedCalls()).containsExactly("GET /api/v1/changes?since=0&limit=2",
                "GET /api/v1/changes?since=2&limit=2", "GET /api/v1/changes?since=4&limit=2");
        assertThat(h.cursor()).isEqualTo(5);
        // Only the first page asks for the count of what follows; the server counted it, so the others need not.
        assertThat(h.server.calls.stream().filter(c -> c.startsWith("GET /api/v1/changes")))
                .containsExactly("GET /api/v1/changes?since=0&limit=2&remaining=true&entries=true",
                        "GET /api/v1/changes?since=2&limit=2&entries=true", "GET /api/v1/changes?since=4&limit=2&entries=true");
        assertThat(ws.readingQueue()).extracting(ReadingQueueRow::id).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(ws.syncStatus().lastSuccessfulSync()).isEqualTo(h.clock.instant());
        assertThat(ws.syncStatus().online()).isTrue();
        assertThat(ws.syncStatus().busy()).isFalse();

        // Next cycle asks only for what is new.
        h.server.calls.clear();
        h.server.put(Fixtures.request(6, 1));
        assertThat(cycle().pulledChanges()).isEqualTo(1);
        assertThat(feedCalls()).containsExactly("GET /api/v1/changes?since=5&limit=2");
        assertThat(h.cursor()).isEqualTo(6);
    }

    @Test
    void aFailedPageLeavesTheCursorAfterTheLastStoredPage() throws Exception {
        seed(5);
        ws = h.login();
        h.server.failingSince.add(2L);
        CycleResult r = cycle();
        assertThat(r.outcome()).isEqualTo(Outcome.SERVER_TROUBLE);
        assertThat(h.cursor()).isEqualTo(2);
        assertThat(ws.readingQueue()).extracting(ReadingQueueRow::id).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ws.syncStatus().lastSuccessfulSync()).isNull();
        assertThat(ws.syncStatus().lastError()).isNotNull();

        h.server.failingSince.clear();
        h.server.calls.clear();
        assertThat(cycle().outcome()).isEqualTo(Outcome.OK);
        assertThat(feedCalls()).first().isEqualTo("GET /api/v1/changes?since=2&limit=2");
        assertThat(h.cursor()).isEqualTo(5);
        assertThat(ws.readingQueue()).hasSize(5);
    }

    @Test
    void aPageIsStoredAllOrNothing() throws Exception {
        h.server.put(Fixtures.request(1, 1));
        ReadingRequestView broken = new ReadingRequestView(2, "YJ2", "x", null, null, null, 0, null, null, null, null,
                null, null, null, false, null, 1, null, null, null, null, null);
        h.server.rawChange(new Change(2, RequestKind.CASE_FILE_READING, 2, ChangeOp.UPSERT, broken));
        ws = h.login();
        CycleResult r = cycle();
        assertThat(r.outcome()).isEqualTo(Outcome.SERVER_TROUBLE);
        assertThat(h.cursor()).isZero();
        assertThat(ws.readingQueue()).isEmpty(); // request 1 came in the same page: rolled back with it
        assertThat(Messages.text(ws.syncStatus().lastError())).startsWith("同步数据无法保存");
    }

    @Test
    void aDecisionWhoseAnswerWasLostIsSentAgainWithTheSameKeyAndAppliedOnce() throws Exception {
        seed(1);
        ws = h.login();
        cycle();
        ws.saveDecision(1, Fixtures.agreeOnline());
        h.server.loseDecisionAnswers.set(100);

        assertThat(cycle().outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(h.server.decisionsApplied.get()).isEqualTo(1);
        assertThat(h.outbox()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
            assertThat(e.attempts()).isEqualTo(1);
        });
        assertThat(ws.readingQueue().get(0).syncState()).isEqualTo(ReadingQueueRow.SyncState.PENDING);
        int lost = h.server.decisionPosts.size(); // OkHttp may have retried once on a fresh connection

        h.server.loseDecisionAnswers.set(0);
        CycleResult again = cycle();
        assertThat(again.outcome()).isEqualTo(Outcome.OK);
        assertThat(again.pushed()).isEqualTo(1);
        assertThat(h.server.decisionPosts).hasSize(lost + 1);
        assertThat(h.server.decisionPosts).extracting(d -> d.idempotencyKey()).containsOnly(
                h.server.decisionPosts.get(0).idempotencyKey());
        assertThat(h.server.decisionsApplied.get()).isEqualTo(1);
        assertThat(h.outbox()).isEmpty();
        assertThat(h.cached(1)).get().satisfies(c -> {
            assertThat(c.view().status()).isEqualTo(RequestStatus.APPROVED);
            assertThat(c.version()).isEqualTo(2);
        });
        ReadingQueueRow row = ws.readingQueue().get(0);
        assertThat(row.syncState()).isEqualTo(ReadingQueueRow.SyncState.SYNCED);
        assertThat(row.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(ws.syncStatus().pendingUploads()).isZero();
    }

    @Test
    void aBusyServersRetryAfterIsHonouredAndTheDecisionIsSentAgainWithItsKey() throws Exception {
        seed(1);
        ws = h.login();
        cycle();
        ws.saveDecision(1, Fixtures.agreeOnline());
        h.server.busyRetryAfterSeconds = 42; // longer than the backoff (5 s) would wait

        assertThat(cycle().outcome()).isEqualTo(Outcome.SERVER_TROUBLE);
        assertThat(h.server.decisionsApplied.get()).isZero();
        assertThat(h.outbox()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
            assertThat(e.nextAttemptAt()).isEqualTo(h.clock.instant().plusSeconds(42));
        });
        // Before the server's time nothing is sent; after it the same key goes again and is applied once.
        h.clock.advance(Duration.ofSeconds(41));
        int posts = h.server.decisionPosts.size();
        cycle();
        assertThat(h.server.decisionPosts).hasSize(posts);
        h.server.busyRetryAfterSeconds = 0;
        h.clock.advance(Duration.ofSeconds(1));
        assertThat(cycle().pushed()).isEqualTo(1);
        assertThat(h.server.decisionPosts).extracting(d -> d.idempotencyKey()).containsOnly(
                h.server.decisionPosts.get(0).idempotencyKey());
        assertThat(h.server.decisionsApplied.get()).isEqualTo(1);
        assertThat(h.outbox()).isEmpty();
    }

    @Test
    void a409KeepsTheJudgesDraftBesideTheServersCurrentState() throws Exception {
        seed(1);
        ws = h.login();
        cycle();
        ws.saveDecision(1, Fixtures.agreeOnline());
        ReadingRequestView changed = h.server.update(1, v -> Fixtures.withVersion(v, v.version(), "申请人补充了申请原因"));

        CycleResult r = cycle();
        assertThat(r.refused()).isEqualTo(1);
        assertThat(h.server.decisionsApplied.get()).isZero();
        List<Conflict> conflicts = ws.conflicts();
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.requestId()).isEqualTo(1);
            assertThat(c.mine().conflict()).isTrue();
            assertThat(c.mine().decision().opinion()).isEqualTo(ReviewOpinion.AGREE);
            assertThat(c.mine().decision().explanation()).isEqualTo(Fixtures.agreeOnline().explanation());
            assertThat(c.mine().lastError()).isEqualTo(ErrorCode.VERSION_CONFLICT.message());
            assertThat(c.current().version()).isEqualTo(changed.version());
            assertThat(c.current().reason()).isEqualTo("申请人补充了申请原因");
        });
        assertThat(h.outbox()).singleElement().extracting(OutboxEntry::state).isEqualTo(OutboxState.CONFLICT);
        assertThat(ws.syncStatus().conflicts()).isEqualTo(1);
        assertThat(ws.syncStatus().pendingUploads()).isZero();
        ReadingQueueRow row = ws.readingQueue().get(0);
        assertThat(row.syncState()).isEqualTo(ReadingQueueRow.SyncState.CONFLICT);
        assertThat(row.status()).isEqualTo(RequestStatus.PENDING_REVIEW); // the server's state, not the draft
        // A second decision may not slip past the conflict.
        assertThatThrownBy(() -> ws.saveDecision(1, Fixtures.disagree())).isInstanceOf(DecisionRejectedException.class);

        // Later cycles do not resend the refused draft.
        int posts = h.server.decisionPosts.size();
        cycle();
        assertThat(h.server.decisionPosts).hasSize(posts);

        ws.resolveConflict(1, ConflictResolution.DECIDE_AGAIN, Fixtures.disagree());
        assertThat(h.outbox()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
            assertThat(e.baseVersion()).isEqualTo(changed.version());
        });
        assertThat(cycle().pushed()).isEqualTo(1);
        assertThat(h.server.get(1).status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(ws.conflicts()).isEmpty();
        assertThat(h.outbox()).isEmpty();
    }

    @Test
    void aRuleRefusalIsKeptWithItsReasonNeverDropped() throws Exception {
        seed(1);
        ws = h.login();
        cycle();
        ws.saveDecision(1, Fixtures.agreeOnline()); // valid until today + 7
        h.server.clock(new org.courtdesk.app.testing.MutableClock(h.clock.instant().plus(Duration.ofDays(10))));

        CycleResult r = cycle();
        assertThat(r.refused()).isEqualTo(1);
        assertThat(h.outbox()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.REFUSED);
            assertThat(e.errorCode()).isEqualTo(ErrorCode.DECISION_VALID_UNTIL_OUT_OF_RANGE);
        });
        assertThat(ws.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.mine().lastError()).isEqualTo(ErrorCode.DECISION_VALID_UNTIL_OUT_OF_RANGE.message());
            assertThat(c.current().status()).isEqualTo(RequestStatus.PENDING_REVIEW);
        });
        assertThat(ws.pendingDecision(1)).get().satisfies(p -> assertThat(p.conflict()).isTrue());

        ws.resolveConflict(1, ConflictResolution.DISCARD_MINE, null);
        assertThat(h.outbox()).isEmpty();
        assertThat(ws.readingQueue().get(0).syncState()).isEqualTo(ReadingQueueRow.SyncState.SYNCED);
        assertThat(ws.syncStatus().conflicts()).isZero();
    }

    @Test
    void offlineTheDecisionWaitsAndIsSentExactlyOnceWhenTheServerIsBack() throws Exception {
        seed(1);
        ws = h.login();
        cycle();
        Instant synced = ws.syncStatus().lastSuccessfulSync();
        h.server.down(true);
        h.clock.advance(Duration.ofMinutes(10));
        ws.saveDecision(1, Fixtures.disagree());

        assertThat(cycle().outcome()).isEqualTo(Outcome.OFFLINE);
        SyncStatus offline = ws.syncStatus();
        assertThat(offline.online()).isFalse();
        assertThat(offline.pendingUploads()).isEqualTo(1);
        assertThat(offline.lastSuccessfulSync()).isEqualTo(synced);
        assertThat(Messages.text(offline.lastError())).isNotBlank();
        assertThat(h.server.decisionPosts).isEmpty();
        assertThat(ws.readingRequest(1)).get().extracting(ReadingRequestView::status).isEqualTo(RequestStatus.REJECTED);
        assertThat(cycle().outcome()).isEqualTo(Outcome.OFFLINE);

        h.server.down(false);
        h.clock.advance(Duration.ofMinutes(1));
        CycleResult back = cycle();
        assertThat(back.outcome()).isEqualTo(Outcome.OK);
        assertThat(back.pushed()).isEqualTo(1);
        cycle();
        assertThat(h.server.decisionPosts).hasSize(1);
        assertThat(h.server.decisionsApplied.get()).isEqualTo(1);
        assertThat(h.server.get(1).status()).isEqualTo(RequestStatus.REJECTED);
        SyncStatus online = ws.syncStatus();
        assertThat(online.online()).isTrue();
        assertThat(online.pendingUploads()).isZero();
        assertThat(online.lastSuccessfulSync()).isEqualTo(h.clock.instant());
        assertThat(online.lastError()).isNull();
    }

    @Test
    void aPulledUpdateDoesNotUndoAPendingDecision() throws Exception {
        seed(1);
        ws = h.login();
        cycle();
        ws.saveDecision(1, Fixtures.agreeOnline());
        h.server.decisionsUnavailable = true; // 503: the decision stays pending, the pull still runs
        h.server.update(1, v -> Fixtures.withVersion(v, v.version(), "申请人补充了申请原因"));

        CycleResult r = cycle();
        assertThat(r.outcome()).isEqualTo(Outcome.SERVER_TROUBLE);
        assertThat(r.pulledChanges()).isEqualTo(1);
        // Stored ...
        assertThat(h.cached(1)).get().satisfies(c -> {
            assertThat(c.version()).isEqualTo(2);
            assertThat(c.view().status()).isEqualTo(RequestStatus.PENDING_REVIEW);
        });
        // ... but the judge keeps seeing the decision.
        ReadingRequestView shown = ws.readingRequest(1).orElseThrow();
        assertThat(shown.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(shown.review().opinion()).isEqualTo(ReviewOpinion.AGREE);
        assertThat(shown.reason()).isEqualTo("申请人补充了申请原因");
        assertThat(ws.readingQueue().get(0).syncState()).isEqualTo(ReadingQueueRow.SyncState.PENDING);
        assertThat(ws.readingQueue().get(0).status()).isEqualTo(RequestStatus.APPROVED);

        // Server trouble backs off per entry: not resent at once ...
        int posts = h.server.decisionPosts.size();
        cycle();
        assertThat(h.server.decisionPosts).hasSize(posts);
        // ... but after the backoff; and since the request changed, it is a conflict, not an overwrite.
        h.server.decisionsUnavailable = false;
        h.clock.advance(Duration.ofMinutes(2));
        cycle();
        assertThat(h.server.decisionPosts).hasSize(posts + 1);
        assertThat(h.server.decisionsApplied.get()).isZero();
        assertThat(ws.conflicts()).singleElement().extracting(c -> c.current().version()).isEqualTo(2L);
    }

    @Test
    void anExpiredSessionStopsSyncUntilTheJudgeLogsInAgain() throws Exception {
        seed(1);
        ws = h.login();
        cycle();
        ws.saveDecision(1, Fixtures.disagree());
        h.server.expireTokens = true;

        assertThat(cycle().outcome()).isEqualTo(Outcome.SESSION_EXPIRED);
        assertThat(ws.syncStatus().sessionExpired()).isTrue();
        assertThat(ws.syncStatus().lastError()).isEqualTo(SyncService.MSG_EXPIRED);
        assertThat(h.outbox()).singleElement().extracting(OutboxEntry::state).isEqualTo(OutboxState.PENDING);
        int calls = h.server.calls.size();
        assertThat(cycle().outcome()).isEqualTo(Outcome.SESSION_EXPIRED);
        assertThat(h.server.calls).hasSize(calls); // no hammering with a dead token

        h.server.expireTokens = false;
        assertThatThrownBy(() -> ws.reauthenticate("wrong".toCharArray()))
                .isInstanceOf(LoginException.class)
                .satisfies(e -> assertThat(((LoginException) e).reason()).isEqualTo(LoginException.Reason.BAD_CREDENTIALS));
        assertThat(ws.syncStatus().sessionExpired()).isTrue();

        ws.reauthenticate(Harness.PASSWORD.toCharArray());
        assertThat(ws.syncStatus().sessionExpired()).isFalse();
        assertThat(cycle().pushed()).isEqualTo(1);
        assertThat(h.server.get(1).status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(h.outbox()).isEmpty();
    }

    @Test
    void aRequestWithdrawnOnTheServerLeavesTheQueueAndAWaitingDecisionIsShownNotDropped() throws Exception {
        seed(2);
        ws = h.login();
        cycle();
        ws.saveDecision(2, Fixtures.disagree());
        h.server.decisionsUnavailable = true;
        h.server.remove(1);
        h.server.remove(2);
        cycle();

        assertThat(ws.readingRequest(1)).isEmpty();
        assertThat(ws.readingQueue()).extracting(ReadingQueueRow::id).containsExactly(2L);
        assertThat(ws.readingQueue().get(0).syncState()).isEqualTo(ReadingQueueRow.SyncState.CONFLICT);
        assertThat(ws.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.mine().lastError()).isEqualTo(Messages.text(SyncService.MSG_REMOVED));
            assertThat(c.current().id()).isEqualTo(2);
        });
        assertThatThrownBy(() -> ws.resolveConflict(2, ConflictResolution.DECIDE_AGAIN, Fixtures.disagree()))
                .isInstanceOf(DecisionRejectedException.class);
        ws.resolveConflict(2, ConflictResolution.DISCARD_MINE, null);
        assertThat(ws.readingQueue()).isEmpty();
        assertThat(h.outbox()).isEmpty();
    }

    @Test
    void listenersHearWhichRequestsChangedAndEveryStatusChange() throws Exception {
        seed(3);
        ws = h.login();
        List<Set<Long>> changed = new CopyOnWriteArrayList<>();
        List<SyncStatus> statuses = new CopyOnWriteArrayList<>();
        ws.addListener(new WorkspaceListener() {
            @Override
            public void requestsChanged(Set<Long> ids) {
                changed.add(ids);
            }

            @Override
            public void statusChanged(SyncStatus s) {
                statuses.add(s);
            }
        });
        cycle();
        assertThat(changed.stream().flatMap(Set::stream)).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(statuses).anyMatch(SyncStatus::busy);
        assertThat(statuses.get(statuses.size() - 1)).satisfies(s -> {
            assertThat(s.busy()).isFalse();
            assertThat(s.lastSuccessfulSync()).isNotNull();
        });
        changed.clear();
        ws.markOpened(2);
        ws.markOpened(2);
        assertThat(changed).containsExactly(Set.of(2L));
        assertThat(ws.readingQueue()).filteredOn(ReadingQueueRow::opened).extracting(ReadingQueueRow::id).containsExactly(2L);
    }

    @Test
    void theBackgroundServiceSyncsByItselfWhenTheServerReturns() throws Exception {
        h.config = h.config.withPeriod(Duration.ofMillis(200), Duration.ofMillis(50), Duration.ofMillis(200));
        seed(1);
        ws = h.login();
        ws.syncService().runCycle(false);
        h.server.down(true);
        ws.syncService().start();
        ws.saveDecision(1, Fixtures.disagree()); // asks for a sync at once; it fails, and is retried
        awaitTrue(() -> !ws.syncStatus().online());
        assertThat(h.outbox()).hasSize(1);

        h.server.down(false);
        awaitTrue(() -> h.server.decisionsApplied.get() == 1 && ws.syncStatus().pendingUploads() == 0);
        assertThat(h.outbox()).isEmpty();
        assertThat(ws.syncStatus().online()).isTrue();
        Thread.sleep(500);
        assertThat(h.server.decisionPosts).hasSize(1);
    }

    @Test
    void backoffDoublesUpToItsLimit() {
        SyncConfig c = SyncConfig.DEFAULT;
        assertThat(c.backoff(0)).isEqualTo(c.period());
        assertThat(c.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.backoff(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.backoff(30)).isEqualTo(Duration.ofSeconds(60));
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 15 s");
            }
            Thread.sleep(20);
        }
    }
}
