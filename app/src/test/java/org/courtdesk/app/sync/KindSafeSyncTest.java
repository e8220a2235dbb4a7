package org.courtdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.cache.FeedCursor;
import org.courtdesk.app.cache.FeedKinds;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.cache.OldCaches;
import org.courtdesk.app.cache.RequestStore;
import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.settings.AppDirs;
import org.courtdesk.app.sync.SyncService.CycleResult;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.WorkspaceListener;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second kind in the feed and the cache: ids of two kinds never collide, changes of a kind the workstation does
 * not know are skipped but not lost (a newer workstation pulls them again), and an outbox written before the
 * kind-keyed cache is still uploaded exactly once.
 */
class KindSafeSyncTest {

    /**
     * Two kinds the "old" workstation of these tests does not know: it is built with every installed kind but
     * these two, so the tests hold whether or not the kinds are built in this version.
     */
    static final RequestKind UNKNOWN = RequestKind.SUGGESTION;
    static final RequestKind OTHER_UNKNOWN = RequestKind.SERVICE_CONTENT;

    /** The installed kinds without the two the old workstation does not know. */
    static List<KindSync> oldKinds() {
        return KindSync.installed().stream().filter(k -> k.kind() != UNKNOWN && k.kind() != OTHER_UNKNOWN).toList();
    }

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

    /** A kind a "newer" workstation knows: it records what the sync gives it. */
    static final class Recorder implements KindSync {
        final RequestKind kind;
        final List<Change> applied = new CopyOnWriteArrayList<>();

        Recorder(RequestKind kind) {
            this.kind = kind;
        }

        @Override
        public RequestKind kind() {
            return kind;
        }

        @Override
        public boolean apply(Handle handle, Change change, Instant now) {
            applied.add(change);
            return true;
        }

        @Override
        public boolean storesActionResult(Handle handle, org.courtdesk.model.api.RequestView view, Instant now) {
            return false;
        }

        @Override
        public org.courtdesk.model.api.RequestView cached(Handle handle, long id) {
            return null;
        }
    }

    Path cacheDir() {
        return AppDirs.userDir(home, Harness.USER);
    }

    /** The same user's workstation, knowing the old workstation's kinds plus {@code more}, on the same cache. */
    LocalWorkspace workstation(KindSync... more) throws Exception {
        List<KindSync> kinds = new ArrayList<>(oldKinds());
        kinds.addAll(List.of(more));
        return workstation(kinds);
    }

    LocalWorkspace workstation(Collection<KindSync> kinds) throws Exception {
        LocalCache cache = LocalCache.open(cacheDir(), Harness.PASSWORD.toCharArray(), h.clock);
        ApiClient api = new ApiClient(h.server.url(), Harness.FAST);
        LoginResponse login = api.login(Harness.USER, Harness.PASSWORD.toCharArray());
        LocalWorkspace ws = new LocalWorkspace(login.user(), cache, api, new Session(Harness.USER, null), h.clock,
                h.config, true, kinds);
        h.use(ws);
        return ws;
    }

    List<String> feedCalls() {
        // The first page of a pull also asks how many changes follow (the progress bar's total): paging is the point here.
        // Every page asks for the feed entries too (Change.entry): not the point here either.
        return h.server.calls.stream().filter(c -> c.startsWith("GET /api/v1/changes"))
                .map(c -> c.replace("&remaining=true", "").replace("&entries=true", "")).toList();
    }

    static CycleResult cycle(LocalWorkspace ws) {
        return ws.syncService().runCycle(false);
    }

    @Test
    void changesOfAnUnknownKindAreSkippedAndRememberedAndANewerWorkstationPullsThemAgain() throws Exception {
        h.server.put(Fixtures.request(1, 1));                                              // seq 1
        h.server.put(Fixtures.request(2, 1));                                              // seq 2
        // REMOVED, not UPSERT: an UPSERT of a kind this build has must carry its view (ApiClient refuses the page otherwise),
        // and the old workstation's skipping is the same for both.
        h.server.rawChange(new Change(3, UNKNOWN, 1, ChangeOp.REMOVED, null));
        h.server.rawChange(new Change(4, UNKNOWN, 2, ChangeOp.REMOVED, null));
        h.server.put(Fixtures.request(3, 1));                                              // seq 5

        // Today's workstation does not know UNKNOWN (the first login creates the cache).
        h.login().close();
        LocalWorkspace old = workstation();
        assertThat(cycle(old).outcome()).isEqualTo(Outcome.OK);
        // The cursor moves past the skipped changes: the kinds it knows keep syncing.
        assertThat(h.cursor()).isEqualTo(5);
        assertThat(old.readingQueue()).extracting(ReadingQueueRow::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        // 提起上诉 2 was removed; 阅卷 2 (the same id) is untouched, and 提起上诉 1 did not overwrite 阅卷 1.
        assertThat(h.cached(2)).get().satisfies(r -> assertThat(r.removed()).isFalse());
        assertThat(h.cached(1)).get().satisfies(r -> assertThat(r.view()).isEqualTo(h.server.get(1)));
        // Not applied, but remembered: 提起上诉 is not filled any more; a kind the feed never had still is.
        assertThat(old.cache().read(FeedKinds::skipped))
                .containsExactly(new FeedKinds.Skipped(UNKNOWN, 2, 4));
        assertThat(old.cache().read(FeedKinds::filled))
                .contains(RequestKind.CASE_FILE_READING, OTHER_UNKNOWN)
                .doesNotContain(UNKNOWN);
        cycle(old);
        assertThat(feedCalls()).as("no re-pull for a kind this workstation does not know")
                .containsExactly("GET /api/v1/changes?since=0&limit=2", "GET /api/v1/changes?since=2&limit=2",
                        "GET /api/v1/changes?since=4&limit=2", "GET /api/v1/changes?since=5&limit=2");

        // Local work that must survive the re-pull: a draft waiting for upload and an opened flag.
        old.saveDecision(1, Fixtures.disagree());
        old.markOpened(2);
        old.close();

        // The next version knows 提起上诉.
        Recorder filing = new Recorder(UNKNOWN);
        LocalWorkspace newer = workstation(filing);
        List<RequestRef> heard = new CopyOnWriteArrayList<>();
        newer.addListener(new WorkspaceListener() {
            @Override
            public void changed(Set<RequestRef> requests) {
                heard.addAll(requests);
            }
        });
        h.server.calls.clear();
        h.server.decisionsUnavailable = true; // the draft stays in the outbox through the re-pull
        CycleResult repull = cycle(newer);
        assertThat(repull.outcome()).isEqualTo(Outcome.SERVER_TROUBLE);
        assertThat(feedCalls()).first().isEqualTo("GET /api/v1/changes?since=0&limit=2");
        assertThat(filing.applied).extracting(Change::seq, Change::requestId, Change::op)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 1L, ChangeOp.REMOVED),
                        org.assertj.core.groups.Tuple.tuple(4L, 2L, ChangeOp.REMOVED));
        assertThat(heard).contains(RequestRef.of(UNKNOWN, 1), RequestRef.of(UNKNOWN, 2));
        assertThat(newer.cache().read(FeedCursor::get)).isEqualTo(5);
        assertThat(newer.cache().read(FeedKinds::skipped)).isEmpty();
        assertThat(newer.cache().read(FeedKinds::filled)).contains(UNKNOWN);
        // Nothing local was lost.
        List<OutboxEntry> outbox = h.outbox();
        assertThat(outbox).singleElement().satisfies(e -> {
            assertThat(e.request()).isEqualTo(RequestStore.ref(1));
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
        });
        ReadingQueueRow row1 = newer.readingQueue().stream().filter(r -> r.id() == 1).findFirst().orElseThrow();
        assertThat(row1.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(row1.syncState()).isEqualTo(ReadingQueueRow.SyncState.PENDING);
        assertThat(newer.readingQueue()).filteredOn(ReadingQueueRow::opened).extracting(ReadingQueueRow::id)
                .containsExactly(2L);

        // Once: the next cycles go on from the cursor, and the draft is uploaded exactly once.
        h.server.decisionsUnavailable = false;
        h.server.calls.clear();
        assertThat(newer.syncService().runCycle(true).pushed()).isEqualTo(1);
        cycle(newer);
        assertThat(feedCalls()).noneMatch(c -> c.contains("since=0&"));
        assertThat(h.server.decisionsApplied.get()).isEqualTo(1);
        assertThat(h.outbox()).isEmpty();
        assertThat(filing.applied).hasSize(2);
    }

    @Test
    void aNewerWorkstationDoesNotPullAgainForAKindTheFeedNeverHad() throws Exception {
        h.server.put(Fixtures.request(1, 1));
        h.server.put(Fixtures.request(2, 1));
        h.login().close();
        LocalWorkspace old = workstation();
        cycle(old);
        old.close();

        // A kind this build does not know yet (诉讼保全 was the example until it was built).
        Recorder preservation = new Recorder(OTHER_UNKNOWN);
        LocalWorkspace newer = workstation(preservation);
        h.server.calls.clear();
        assertThat(cycle(newer).outcome()).isEqualTo(Outcome.OK);
        assertThat(feedCalls()).containsExactly("GET /api/v1/changes?since=2&limit=2");
        assertThat(preservation.applied).isEmpty();
    }

    @Test
    void aCacheOfTheOldSchemaIsPulledAgainByAWorkstationThatKnowsAnotherKind() throws Exception {
        h.server.put(Fixtures.request(1, 1));
        h.server.rawChange(new Change(2, UNKNOWN, 1, ChangeOp.REMOVED, null));
        // The workstation before the kind-keyed cache pulled both and dropped 提起上诉 without a trace.
        try (LocalCache v1 = OldCaches.createV1(cacheDir(), Harness.PASSWORD.toCharArray(), Harness.CHEAP, h.clock)) {
            v1.write(hd -> {
                OldCaches.putReading(hd, Fixtures.request(1, 1), 1, h.clock.instant());
                FeedCursor.set(hd, 2, h.clock.instant());
                return null;
            });
        }

        // A workstation that knows 阅卷 only has nothing to gain from a re-pull.
        LocalWorkspace same = workstation(List.<KindSync>of(new ReadingSync()));
        cycle(same);
        assertThat(feedCalls()).containsExactly("GET /api/v1/changes?since=2&limit=2");
        same.close();

        Recorder filing = new Recorder(UNKNOWN);
        LocalWorkspace newer = workstation(filing);
        h.server.calls.clear();
        assertThat(cycle(newer).outcome()).isEqualTo(Outcome.OK);
        assertThat(feedCalls()).first().isEqualTo("GET /api/v1/changes?since=0&limit=2");
        assertThat(filing.applied).extracting(Change::requestId).containsExactly(1L);
        assertThat(h.cached(1)).isPresent();
    }

    @Test
    void anOutboxEntrySavedBeforeTheUpgradeIsUploadedExactlyOnce() throws Exception {
        h.server.put(Fixtures.request(1, 3));
        ReviewDecision d = Fixtures.disagree();
        ReviewDecision saved = new ReviewDecision(UUID.randomUUID(), 3, d.opinion(), d.explanation(), d.mode(),
                d.validUntil(), d.onSiteStart(), d.onSiteEnd(), d.replyNote());
        try (LocalCache v1 = OldCaches.createV1(cacheDir(), Harness.PASSWORD.toCharArray(), Harness.CHEAP, h.clock)) {
            v1.write(hd -> {
                OldCaches.putReading(hd, Fixtures.request(1, 3), 1, h.clock.instant());
                FeedCursor.set(hd, 1, h.clock.instant());
                return OldCaches.addOutboxEntry(hd, 1, saved, h.clock.instant());
            });
        }

        LocalWorkspace ws = h.login(); // opens and migrates the cache
        assertThat(h.outbox()).singleElement().extracting(OutboxEntry::request).isEqualTo(RequestStore.ref(1));
        assertThat(ws.readingQueue()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RequestStatus.REJECTED);
            assertThat(r.syncState()).isEqualTo(ReadingQueueRow.SyncState.PENDING);
        });

        h.server.loseDecisionAnswers.set(100); // applied, but no answer arrives: sent again later with the same key
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(h.outbox()).hasSize(1);
        h.server.loseDecisionAnswers.set(0);
        assertThat(ws.syncService().runCycle(true).pushed()).isEqualTo(1);
        cycle(ws);

        assertThat(h.server.decisionsApplied.get()).isEqualTo(1);
        assertThat(h.server.decisionPosts).hasSizeGreaterThanOrEqualTo(2) // OkHttp may retry a lost answer once
                .extracting(ReviewDecision::idempotencyKey).containsOnly(saved.idempotencyKey());
        assertThat(h.server.get(1).status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(h.outbox()).isEmpty();
        assertThat(h.cached(1)).get().satisfies(r -> assertThat(r.version()).isEqualTo(4));
    }
}
