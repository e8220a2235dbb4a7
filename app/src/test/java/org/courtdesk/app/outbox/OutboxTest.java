package org.courtdesk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.cache.RequestStore;
import org.courtdesk.app.sync.Session;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.MutableClock;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;
import org.jdbi.v3.core.HandleCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    static final KdfParams CHEAP = new KdfParams(1024, 1, 1);
    static final char[] PASSWORD = "s3cret-审查".toCharArray();

    @TempDir
    Path tmp;
    final MutableClock clock = MutableClock.courtMorning();
    LocalWorkspace ws;

    LocalWorkspace workspace(Path dir, boolean create) throws Exception {
        LocalCache cache = create ? LocalCache.create(dir, PASSWORD, CHEAP, clock) : LocalCache.open(dir, PASSWORD, clock);
        ws = new LocalWorkspace(Fixtures.JUDGE, cache, new ApiClient("http://127.0.0.1:9"), new Session("wangfg", null),
                clock, SyncConfig.DEFAULT, false);
        return ws;
    }

    void seed(ReadingRequestView... views) {
        for (ReadingRequestView v : views) {
            ws.cache().write(h -> RequestStore.upsert(h, v, 1, clock.instant()));
        }
    }

    <T> T read(HandleCallback<T, RuntimeException> cb) {
        return ws.cache().read(cb);
    }

    List<OutboxEntry> entries() {
        return ws.cache().read(Outbox::all);
    }

    List<OutboxEntry> due(Instant now, boolean force) {
        return ws.cache().read(h -> Outbox.due(h, now, force));
    }

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void aSavedDecisionIsInTheOutboxWithAFreshKeyAndTheCachedVersion() throws Exception {
        workspace(tmp.resolve("u"), true);
        seed(Fixtures.request(1, 3));
        ReviewDecision asGiven = Fixtures.agreeOnline();
        PendingDecision saved = ws.saveDecision(1, asGiven);

        List<OutboxEntry> entries = entries();
        assertThat(entries).hasSize(1);
        OutboxEntry e = entries.get(0);
        assertThat(e.state()).isEqualTo(OutboxState.PENDING);
        assertThat(e.idempotencyKey()).isNotNull();
        assertThat(e.decision().idempotencyKey()).isEqualTo(e.idempotencyKey());
        assertThat(e.baseVersion()).isEqualTo(3);
        assertThat(e.decision().baseVersion()).isEqualTo(3);
        assertThat(e.decision().explanation()).isEqualTo(asGiven.explanation());
        assertThat(saved.conflict()).isFalse();
        assertThat(saved.savedAt()).isEqualTo(clock.instant());
        assertThat(ws.syncStatus().pendingUploads()).isEqualTo(1);

        // 待同步: the judge sees the decision, not the server's 待审查.
        ReadingQueueRow row = ws.readingQueue().get(0);
        assertThat(row.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(row.syncState()).isEqualTo(ReadingQueueRow.SyncState.PENDING);
        assertThat(row.validUntil()).isEqualTo(Fixtures.TODAY.plusDays(7));
        ReadingRequestView shown = ws.readingRequest(1).orElseThrow();
        assertThat(shown.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(shown.review().opinion()).isEqualTo(ReviewOpinion.AGREE);
        assertThat(shown.review().reviewer()).isEqualTo("王法官");
        assertThat(shown.version()).isEqualTo(3);
    }

    @Test
    void theDecisionSurvivesAKilledProcessRightAfterSaveDecisionReturns() throws Exception {
        Path dir = tmp.resolve("crash");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingJudge.class.getName(), dir.toString(), new String(PASSWORD))
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isEqualTo(3);
        String line = out.lines().filter(l -> l.startsWith("SAVED ")).findFirst().orElseThrow(() -> new AssertionError(out));
        UUID key = UUID.fromString(line.split(" ")[1]);

        workspace(dir, false);
        List<OutboxEntry> entries = entries();
        assertThat(entries).extracting(OutboxEntry::idempotencyKey).containsExactly(key);
        assertThat(entries.get(0).state()).isEqualTo(OutboxState.PENDING);
        assertThat(ws.pendingDecision(1)).get().extracting(d -> d.decision().opinion()).isEqualTo(ReviewOpinion.AGREE);
    }

    @Test
    void theOutboxSurvivesClosingAndReopening() throws Exception {
        Path dir = tmp.resolve("u");
        workspace(dir, true);
        seed(Fixtures.request(1, 3), Fixtures.request(2, 1));
        ws.saveDecision(1, Fixtures.agreeOnline());
        ws.saveDecision(2, Fixtures.disagree());
        List<UUID> keys = entries().stream().map(OutboxEntry::idempotencyKey).toList();
        ws.close();

        workspace(dir, false);
        assertThat(entries()).extracting(OutboxEntry::idempotencyKey).containsExactlyElementsOf(keys);
        assertThat(ws.syncStatus().pendingUploads()).isEqualTo(2);
        assertThat(ws.readingRequest(2)).get().extracting(ReadingRequestView::status).isEqualTo(RequestStatus.REJECTED);
    }

    @Test
    void aDecisionThatBreaksTheRulesIsRefusedAndNothingIsStored() throws Exception {
        workspace(tmp.resolve("u"), true);
        seed(Fixtures.request(1, 3));
        ReviewDecision noExplanation = new ReviewDecision(null, 0, ReviewOpinion.AGREE, " ", ReadingMode.ONLINE,
                Fixtures.TODAY.plusDays(200), null, null, null);
        assertThatThrownBy(() -> ws.saveDecision(1, noExplanation))
                .isInstanceOf(DecisionRejectedException.class)
                .satisfies(e -> assertThat(((DecisionRejectedException) e).problems()).containsExactlyInAnyOrder(
                        ErrorCode.DECISION_EXPLANATION_REQUIRED, ErrorCode.DECISION_VALID_UNTIL_OUT_OF_RANGE));
        assertThat(entries()).isEmpty();
        assertThat(ws.readingRequest(1)).get().extracting(ReadingRequestView::status).isEqualTo(RequestStatus.PENDING_REVIEW);
        assertThat(ws.syncStatus().pendingUploads()).isZero();
    }

    @Test
    void anAlreadyDecidedOrUnknownRequestCannotBeDecided() throws Exception {
        workspace(tmp.resolve("u"), true);
        ReviewInfo review = new ReviewInfo("王法官", Fixtures.TODAY, ReviewOpinion.DISAGREE, "不符合", null, null, null, null, null);
        seed(Fixtures.request(1, 4, RequestStatus.REJECTED, review, List.of()));
        assertThatThrownBy(() -> ws.saveDecision(1, Fixtures.agreeOnline()))
                .isInstanceOf(DecisionRejectedException.class)
                .satisfies(e -> assertThat(((DecisionRejectedException) e).problems()).containsExactly(ErrorCode.ILLEGAL_TRANSITION));
        assertThatThrownBy(() -> ws.saveDecision(99, Fixtures.agreeOnline()))
                .isInstanceOf(DecisionRejectedException.class)
                .satisfies(e -> assertThat(((DecisionRejectedException) e).problems()).containsExactly(ErrorCode.NOT_FOUND));
        assertThat(entries()).isEmpty();
    }

    @Test
    void aDecisionOnAStaleVersionIsRefusedSoNothingIsOverwrittenSilently() throws Exception {
        workspace(tmp.resolve("u"), true);
        seed(Fixtures.request(1, 5));
        ReviewDecision onOldVersion = new ReviewDecision(null, 4, ReviewOpinion.DISAGREE, "材料不全", null, null, null, null, null);
        assertThatThrownBy(() -> ws.saveDecision(1, onOldVersion))
                .isInstanceOf(DecisionRejectedException.class)
                .satisfies(e -> assertThat(((DecisionRejectedException) e).problems()).containsExactly(ErrorCode.VERSION_CONFLICT));
        assertThat(entries()).isEmpty();
        ReviewDecision onCurrent = new ReviewDecision(null, 5, ReviewOpinion.DISAGREE, "材料不全", null, null, null, null, null);
        ws.saveDecision(1, onCurrent);
        assertThat(entries()).singleElement().extracting(OutboxEntry::baseVersion).isEqualTo(5L);
    }

    @Test
    void changingAnUnsentDecisionReplacesItWithANewKey() throws Exception {
        workspace(tmp.resolve("u"), true);
        seed(Fixtures.request(1, 3));
        ws.saveDecision(1, Fixtures.agreeOnline());
        UUID first = entries().get(0).idempotencyKey();
        clock.advance(Duration.ofMinutes(5));
        ws.saveDecision(1, Fixtures.disagree());
        List<OutboxEntry> entries = entries();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).idempotencyKey()).isNotEqualTo(first);
        assertThat(entries.get(0).decision().opinion()).isEqualTo(ReviewOpinion.DISAGREE);
        assertThat(ws.readingRequest(1)).get().extracting(ReadingRequestView::status).isEqualTo(RequestStatus.REJECTED);
    }

    @Test
    void dueEntriesComeInSavedOrderAndRespectTheirRetryTime() throws Exception {
        workspace(tmp.resolve("u"), true);
        seed(Fixtures.request(1, 1), Fixtures.request(2, 1), Fixtures.request(3, 1));
        ws.saveDecision(2, Fixtures.disagree());
        ws.saveDecision(1, Fixtures.disagree());
        ws.saveDecision(3, Fixtures.disagree());
        Instant now = clock.instant();
        List<OutboxEntry> all = due(now, false);
        assertThat(all).extracting(e -> e.request().id()).containsExactly(2L, 1L, 3L);
        long idOf1 = all.get(1).id();
        ws.cache().write(h -> {
            Outbox.markRetry(h, idOf1, "服务器维护中", now.plusSeconds(60));
            return null;
        });
        assertThat(due(now, false)).extracting(e -> e.request().id()).containsExactly(2L, 3L);
        assertThat(due(now, true)).extracting(e -> e.request().id()).containsExactly(2L, 1L, 3L);
        assertThat(due(now.plusSeconds(60), false)).hasSize(3);
        Optional<OutboxEntry> retried = read(h -> Outbox.byId(h, idOf1));
        assertThat(retried).get().satisfies(e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.lastError()).isEqualTo("服务器维护中");
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
        });
    }
}
