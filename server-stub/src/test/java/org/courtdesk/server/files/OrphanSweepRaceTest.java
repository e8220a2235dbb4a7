package org.courtdesk.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orphan sweep against an upload of the same content (the store is content-addressed: a new upload of a file a
 * rolled-back request left behind refers to that very file). Each test holds the sweep where it has found the file
 * old and unreferenced and is about to remove it ({@link OrphanSweep.Hooks}), runs the upload into that moment in
 * another thread, lets the sweep go on, and then reads the upload's file through its committed row: it must be
 * there, whatever the order. Before the sweep moved a candidate aside and claimed its row (and before the upload
 * checked its file again once its row was in), each of these lost the file under a committed row.
 */
class OrphanSweepRaceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    static TestServer server;
    static DirectoryFileStore store;
    ExecutorService upload;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        store = new DirectoryFileStore(server.config().effectiveFilesDir());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void thread() {
        upload = Executors.newSingleThreadExecutor(r -> new Thread(r, "upload"));
    }

    @AfterEach
    void stopThread() {
        upload.shutdownNow();
    }

    /** An orphan: stored by an upload whose request rolled back, two days ago. */
    private static byte[] oldOrphan(String what) throws IOException {
        byte[] content = (what + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String sha = store.put(content);
        Files.setLastModifiedTime(store.pathOf(sha),
                FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        return content;
    }

    private static byte[] readCommitted(String sha) {
        return server.jdbi().withHandle(h -> BlobStore.get(h, sha)).orElseThrow().content();
    }

    private static OrphanSweep.Hooks at(String sha, Runnable r) {
        return new OrphanSweep.Hooks() {
            @Override
            public void beforeRemoving(String candidate) {
                if (candidate.equals(sha)) {
                    r.run();
                }
            }
        };
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the upload did not finish", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("latch").isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertNothingLeftAside() throws IOException {
        Path aside = store.root().resolve("quarantine");
        if (Files.isDirectory(aside)) {
            try (var s = Files.list(aside)) {
                assertThat(s.toList()).as("nothing left in quarantine").isEmpty();
            }
        }
    }

    @Test
    void anUploadThatCommitsJustBeforeTheSweepRemovesTheFileKeepsIt() throws Exception {
        byte[] content = oldOrphan("committed in between");
        String sha = BlobStore.sha256(content);

        OrphanSweep.Result r = OrphanSweep.run(server.jdbi(), store, OrphanSweep.DEFAULT_GRACE, at(sha, () ->
                await(upload.submit(() -> server.jdbi().inTransaction(h ->
                        BlobStore.put(h, content, "application/pdf"))))));

        assertThat(r.removedFiles()).doesNotContain(sha);
        assertThat(readCommitted(sha)).isEqualTo(content);
        assertNothingLeftAside();
    }

    @Test
    void anUploadThatFoundTheFileBeforeTheSweepTookItStoresItAgain() throws Exception {
        byte[] content = oldOrphan("found, then swept");
        String sha = BlobStore.sha256(content);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch found = new CountDownLatch(1);
        CountDownLatch sweepDone = new CountDownLatch(1);
        // The upload's store: once it has found the file there (and touched it), it waits for the sweep to finish.
        FileStore pausing = new Pausing(server.jdbi().getConfig(FileStoreConfig.class).store(), found, sweepDone);
        Future<String> committed = upload.submit(() -> {
            await(started); // the sweep has decided: old, no row
            return server.jdbi().inTransaction(h -> {
                h.getConfig(FileStoreConfig.class).setStore(pausing);
                return BlobStore.put(h, content, "application/pdf");
            });
        });

        OrphanSweep.run(server.jdbi(), store, OrphanSweep.DEFAULT_GRACE, at(sha, () -> {
            started.countDown();
            await(found); // the upload has seen the file and touched it; the sweep had decided before that
        }));
        sweepDone.countDown();

        assertThat(await(committed)).isEqualTo(sha);
        assertThat(readCommitted(sha)).isEqualTo(content);
        assertNothingLeftAside();
    }

    @Test
    void anUploadNotCommittedWhenTheSweepChecksKeepsItsFileOnceItCommits() throws Exception {
        byte[] content = oldOrphan("in flight");
        String sha = BlobStore.sha256(content);
        CountDownLatch put = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        OrphanSweep.Result r = OrphanSweep.run(server.jdbi(), store, OrphanSweep.DEFAULT_GRACE, at(sha, () -> {
            upload.submit(() -> server.jdbi().useTransaction(h -> {
                BlobStore.put(h, content, "application/pdf");
                put.countDown();
                await(commit); // row inserted, not committed: invisible to the sweep's check
            }));
            await(put);
            // Commit while the sweep is on: a sweep that waits for the upload's row sees it; one that does not,
            // removes the file before the row commits.
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                commit.countDown();
            }, "commit");
            release.start();
        }));
        commit.countDown();
        upload.shutdown();
        assertThat(upload.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertThat(r.removedFiles()).doesNotContain(sha);
        assertThat(readCommitted(sha)).isEqualTo(content);
        assertNothingLeftAside();
    }

    /** The file store of one upload, paused just after it found its content stored (and touched it). */
    private static final class Pausing implements FileStore {
        private final FileStore delegate;
        private final CountDownLatch found;
        private final CountDownLatch resume;

        Pausing(FileStore delegate, CountDownLatch found, CountDownLatch resume) {
            this.delegate = delegate;
            this.found = found;
            this.resume = resume;
        }

        @Override
        public void touch(String sha256) throws IOException {
            delegate.touch(sha256);
            if (found.getCount() > 0) {
                found.countDown();
                await(resume);
            }
        }

        @Override
        public String put(byte[] bytes) throws IOException {
            return delegate.put(bytes);
        }

        @Override
        public void putFile(Path file, String sha256) throws IOException {
            delegate.putFile(file, sha256);
        }

        @Override
        public Path stagingDir() {
            return delegate.stagingDir();
        }

        @Override
        public byte[] get(String sha256) throws IOException {
            return delegate.get(sha256);
        }

        @Override
        public InputStream open(String sha256) throws IOException {
            return delegate.open(sha256);
        }

        @Override
        public boolean contains(String sha256) {
            return delegate.contains(sha256);
        }
    }
}
