package org.courtdesk.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.courtdesk.app.cache.DocumentStore;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.OnSiteVisit;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalWorkspaceTest {

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

    @Test
    void aUserValueIsKeptInTheCacheAcrossARestartAndApartFromTheCachesOwnFacts() throws Exception {
        LocalWorkspace ws = h.login();
        assertThat(ws.userValue("notices.seen")).isEmpty();
        ws.putUserValue("notices.seen", "NEW:CASE_FILE_READING:1\nREPLY:ONLINE_FILING:2:7");
        ws.putUserValue("user", "not the cache's user fact");
        ws.close();

        LocalWorkspace again = h.login(); // offline or not: read from the encrypted cache
        assertThat(again.userValue("notices.seen")).contains("NEW:CASE_FILE_READING:1\nREPLY:ONLINE_FILING:2:7");
        assertThat(again.userValue("user")).contains("not the cache's user fact");
        java.util.Optional<String> cacheUser = again.cache().read(hd -> org.courtdesk.app.cache.CacheMeta.get(hd,
                org.courtdesk.app.cache.CacheMeta.USER));
        assertThat(cacheUser.orElse("")).doesNotContain("not the cache's");
    }

    @Test
    void aDocumentIsFetchedVerifiedCachedAndThenOpensOffline() throws Exception {
        byte[] pdf = Fixtures.pdfBytes("律师证");
        h.server.document(pdf);
        String sha = DocumentStore.sha256Hex(pdf);
        LocalWorkspace ws = h.login();

        assertThat(ws.document(sha.toUpperCase())).isEqualTo(pdf);
        assertThat(ws.syncStatus().busy()).isFalse();
        h.server.down(true);
        assertThat(ws.document(sha)).isEqualTo(pdf);
        assertThat(h.server.callsTo("GET /api/v1/documents/")).isEqualTo(1);
    }

    @Test
    void aDocumentThatDoesNotMatchItsHashIsRefusedAndNotCached() throws Exception {
        byte[] pdf = Fixtures.pdfBytes("证据");
        h.server.document(pdf);
        String sha = DocumentStore.sha256Hex(pdf);
        h.server.corruptDocuments.add(sha);
        LocalWorkspace ws = h.login();
        assertThatThrownBy(() -> ws.document(sha)).isInstanceOf(DocumentUnavailableException.class)
                .hasMessageContaining("校验");
        h.server.corruptDocuments.clear();
        h.server.down(true);
        assertThatThrownBy(() -> ws.document(sha)).isInstanceOf(DocumentUnavailableException.class);
        assertThatThrownBy(() -> ws.document("../../etc/passwd")).isInstanceOf(DocumentUnavailableException.class);
    }

    @Test
    void aDocumentIsStreamedFromTheServerIntoTheCacheAndFromTheCacheVerified() throws Exception {
        byte[] pdf = Fixtures.pdfBytes("扫描件");
        h.server.document(pdf);
        String sha = DocumentStore.sha256Hex(pdf);
        LocalWorkspace ws = h.login();

        assertThat(ws.readDocument(sha, java.io.InputStream::readAllBytes)).isEqualTo(pdf);
        assertThat(ws.syncStatus().busy()).isFalse();
        assertThat(cached(ws, sha)).isTrue();
        long size = ws.cache().read(hd -> hd.createQuery("SELECT size_bytes FROM document WHERE sha256 = :s")
                .bind("s", sha).mapTo(Long.class).one());
        assertThat(size).isEqualTo(pdf.length);
        h.server.down(true);
        assertThat(ws.readDocument(sha, java.io.InputStream::readAllBytes)).as("offline, from the cache").isEqualTo(pdf);
        assertThat(h.server.callsTo("GET /api/v1/documents/")).isEqualTo(1);

        // stored as its own encrypted file beside the database, not inside it
        Path file = ws.cache().documents().dir().resolve(sha + ".doc");
        assertThat(file).exists();
        boolean blob = ws.cache().read(hd -> DocumentStore.hasBlob(hd, sha));
        assertThat(blob).isFalse();

        // a damaged stored file: refused (not read as the document), and deleted with its row
        byte[] raw = java.nio.file.Files.readAllBytes(file);
        raw[raw.length / 2] ^= 0x10;
        java.nio.file.Files.write(file, raw);
        assertThatThrownBy(() -> ws.readDocument(sha, java.io.InputStream::readAllBytes))
                .isInstanceOf(DocumentUnavailableException.class).hasMessageContaining("损坏");
        assertThat(cached(ws, sha)).isFalse();
        assertThat(file).doesNotExist();
    }

    /**
     * The viewer streams a document ({@code readDocument}) while the 证据交换 prefetch fetches the same one
     * ({@code document}): both downloads overlap, and the streaming reader is still reading the cached copy when the
     * other download stores its own. Both must finish with the right bytes, one copy stored, the status idle.
     */
    @Test
    void twoConcurrentDownloadsAndReadsOfOneDocumentBothComplete() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(11).nextBytes(big);
        h.server.document(big);
        String sha = DocumentStore.sha256Hex(big);
        LocalWorkspace ws = h.login();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        h.server.documentsHeld = release;
        java.util.concurrent.CountDownLatch otherDone = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // the viewer's path: reads a part, then goes on reading only after the other fetch has finished
            java.util.concurrent.Future<byte[]> streamed = pool.submit(() -> ws.readDocument(sha, in -> {
                byte[] head = in.readNBytes(64 * 1024);
                try {
                    otherDone.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                out.write(head);
                in.transferTo(out);
                return out.toByteArray();
            }));
            // the prefetch's path
            java.util.concurrent.Future<byte[]> whole = pool.submit(() -> {
                try {
                    return ws.document(sha);
                } finally {
                    otherDone.countDown();
                }
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (h.server.callsTo("GET /api/v1/documents/") < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(h.server.callsTo("GET /api/v1/documents/")).as("both downloads under way at once").isEqualTo(2);
            release.countDown();
            assertThat(whole.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(big);
            assertThat(streamed.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(big);
        } finally {
            release.countDown();
            h.server.documentsHeld = null;
            pool.shutdownNow();
        }
        assertThat(cached(ws, sha)).isTrue();
        int stored = ws.cache().read(hd -> hd.createQuery("SELECT COUNT(*) FROM document").mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(1);
        assertThat(ws.syncStatus().busy()).as("no download left the status busy").isFalse();
        h.server.down(true);
        assertThat(ws.readDocument(sha, java.io.InputStream::readAllBytes)).as("then offline, from the cache").isEqualTo(big);
        assertThat(ws.document(sha)).isEqualTo(big);
    }

    @Test
    void thePartFilesOfAKilledDownloadAreDeletedWhenTheWorkspaceOpens() throws Exception {
        byte[] pdf = Fixtures.pdfBytes("证据三");
        h.server.document(pdf);
        String sha = DocumentStore.sha256Hex(pdf);
        LocalWorkspace ws = h.login();
        Path dir = ws.cache().dir();
        ws.close();
        h.use(null);
        // what a download killed halfway leaves (its key is gone with the process), and a file that is not one
        Path part = java.nio.file.Files.writeString(dir.resolve("download-123456789.part"), "half of a document");
        Path other = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a download");
        // what a document download killed before its move leaves: a part file, never a file under the document's name
        java.nio.file.Files.createDirectories(dir.resolve("documents"));
        Path docPart = java.nio.file.Files.writeString(dir.resolve("documents").resolve(sha.substring(0, 16) + "-1.part"),
                "half of a document");

        LocalWorkspace again = h.login();
        assertThat(part).doesNotExist();
        assertThat(docPart).doesNotExist();
        assertThat(other).exists();
        assertThat(again.readDocument(sha, java.io.InputStream::readAllBytes)).isEqualTo(pdf);
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        try (var left = java.nio.file.Files.list(again.cache().documents().dir())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(sha + ".doc");
        }
    }

    private static boolean cached(LocalWorkspace ws, String sha) {
        return ws.cache().read(hd -> DocumentStore.contains(hd, sha));
    }

    @Test
    void aStreamedDocumentThatDoesNotMatchItsHashIsRefusedAndNothingIsStored() throws Exception {
        byte[] pdf = Fixtures.pdfBytes("证据二");
        h.server.document(pdf);
        String sha = DocumentStore.sha256Hex(pdf);
        h.server.corruptDocuments.add(sha);
        LocalWorkspace ws = h.login();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        assertThatThrownBy(() -> ws.readDocument(sha, in -> {
            reads.incrementAndGet();
            return in.readAllBytes();
        })).isInstanceOf(DocumentUnavailableException.class).hasMessageContaining("校验");
        assertThat(reads).as("the reader never saw the wrong bytes").hasValue(0);
        assertThat(cached(ws, sha)).isFalse();
        h.server.corruptDocuments.clear();
        h.server.down(true);
        assertThatThrownBy(() -> ws.readDocument(sha, java.io.InputStream::readAllBytes))
                .isInstanceOf(DocumentUnavailableException.class);
    }

    @Test
    void anUnknownOrForbiddenDocumentIsUnavailable() throws Exception {
        LocalWorkspace ws = h.login();
        String missing = DocumentStore.sha256Hex(new byte[] {1, 2, 3});
        assertThatThrownBy(() -> ws.document(missing)).isInstanceOf(DocumentUnavailableException.class);
    }

    @Test
    void materialsOfRequestsAwaitingReviewArePrefetchedSoTheyOpenOffline() throws Exception {
        h.config = h.config.withPrefetch(true);
        byte[] licence = Fixtures.pdfBytes("执业证");
        byte[] letter = Fixtures.pdfBytes("律所介绍信");
        h.server.document(licence);
        h.server.document(letter);
        List<MaterialRef> materials = List.of(Fixtures.material(1, licence), Fixtures.material(2, letter));
        h.server.put(Fixtures.request(1, 1, RequestStatus.PENDING_REVIEW, null, materials));
        LocalWorkspace ws = h.login();
        assertThat(ws.syncService().runCycle(false).prefetched()).isEqualTo(2);
        h.server.down(true);
        assertThat(ws.document(materials.get(0).sha256())).isEqualTo(licence);
        assertThat(ws.document(materials.get(1).sha256())).isEqualTo(letter);
    }

    @Test
    void anOnlineApprovalPastItsDateShowsAsExpired() throws Exception {
        ReviewInfo review = new ReviewInfo("王法官", Fixtures.TODAY.minusDays(20), ReviewOpinion.AGREE, "同意",
                ReadingMode.ONLINE, Fixtures.TODAY.plusDays(1), null, null, null);
        h.server.put(Fixtures.request(1, 2, RequestStatus.APPROVED, review, List.of()));
        LocalWorkspace ws = h.login();
        ws.syncService().runCycle(false);
        assertThat(ws.readingQueue().get(0).status()).isEqualTo(RequestStatus.APPROVED);
        h.clock.advance(Duration.ofDays(2));
        assertThat(ws.readingQueue().get(0).status()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(ws.readingRequest(1)).get().extracting(ReadingRequestView::status).isEqualTo(RequestStatus.EXPIRED);
        assertThatThrownBy(() -> ws.saveDecision(1, Fixtures.disagree())).isInstanceOf(DecisionRejectedException.class);
    }

    @Test
    void anAttendedOnSiteVisitStaysApprovedAfterItsWindowAMissedOneExpires() throws Exception {
        // Asked online, granted on site (not scanned), as in seed 002 fig. 14; one came (是否到场 是), one did not.
        ReviewInfo review = new ReviewInfo("王法官", Fixtures.TODAY, ReviewOpinion.AGREE, "未扫描，请到现场阅卷",
                ReadingMode.ON_SITE, null, Fixtures.TODAY, Fixtures.TODAY.plusDays(1), null);
        h.server.put(withVisit(Fixtures.request(1, 2, RequestStatus.APPROVED, review, List.of()), true));
        h.server.put(withVisit(Fixtures.request(2, 3, RequestStatus.APPROVED, review, List.of()), false));
        LocalWorkspace ws = h.login();
        ws.syncService().runCycle(false);
        h.clock.advance(Duration.ofDays(3));

        ReadingQueueRow came = ws.readingQueue().stream().filter(r -> r.id() == 1).findFirst().orElseThrow();
        ReadingQueueRow absent = ws.readingQueue().stream().filter(r -> r.id() == 2).findFirst().orElseThrow();
        assertThat(came.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(came.attended()).isTrue();
        assertThat(ws.readingRequest(1)).get().extracting(ReadingRequestView::status).isEqualTo(RequestStatus.APPROVED);
        assertThat(absent.status()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(absent.attended()).isFalse();
        // the queue carries the mode the judge granted beside the one asked for
        assertThat(came.requestedMode()).isEqualTo(ReadingMode.ONLINE);
        assertThat(came.grantedMode()).isEqualTo(ReadingMode.ON_SITE);
    }

    @Test
    void aRefusalGrantsNoModeAndAPendingApprovalShowsTheModeItGrants() throws Exception {
        ReviewInfo refusal = new ReviewInfo("王法官", Fixtures.TODAY, ReviewOpinion.DISAGREE, "材料不全", null, null, null,
                null, null);
        h.server.put(Fixtures.request(1, 2, RequestStatus.REJECTED, refusal, List.of()));
        h.server.put(Fixtures.request(2, 3));
        LocalWorkspace ws = h.login();
        ws.syncService().runCycle(false);
        assertThat(ws.readingQueue()).allMatch(r -> r.grantedMode() == null);

        ws.saveDecision(2, Fixtures.agreeOnline());
        ReadingQueueRow saved = ws.readingQueue().stream().filter(r -> r.id() == 2).findFirst().orElseThrow();
        assertThat(saved.syncState()).isEqualTo(ReadingQueueRow.SyncState.PENDING);
        assertThat(saved.grantedMode()).isEqualTo(ReadingMode.ONLINE);
    }

    private static ReadingRequestView withVisit(ReadingRequestView v, boolean attended) {
        OnSiteVisit visit = attended ? new OnSiteVisit(true, Fixtures.TODAY.atTime(9, 30), Fixtures.TODAY.atTime(11, 0))
                : new OnSiteVisit(false, null, null);
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.applicationDate(),
                v.submittedAt(), v.content(), v.reason(), v.requestedMode(), false, v.status(), v.version(),
                v.judgeName(), v.review(), visit, v.materials(), v.audit());
    }
}
