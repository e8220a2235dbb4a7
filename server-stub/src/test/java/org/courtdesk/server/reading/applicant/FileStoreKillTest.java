package org.courtdesk.server.reading.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.PATH;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.courtdesk.server.files.DirectoryFileStore;
import org.courtdesk.server.files.OrphanSweep;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.ServerProcess;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestDatabases;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store survives SIGKILL. The server runs as its own process; three clients upload 阅卷申请 with a file of
 * 0.5–2 MB each, concurrently, while the server is killed with SIGKILL at a random moment {@value #KILLS} times and
 * started again on the same data. Afterwards: every upload that was answered 201 has its file under its SHA-256 and
 * the bytes verify; no file under a hash name is partial (every one hashes to its name); and an orphan sweep with no
 * grace period removes only files no row refers to — every answered upload's file is still there. On H2 (the
 * process's own, in its data directory) and, with {@code -Ppostgresql}, on a PostgreSQL database of the embedded
 * server (which outlives the killed process, as a database server outlives an instance).
 */
class FileStoreKillTest {

    private static final int KILLS = 3;
    private static final int CLIENTS = 3;

    @TempDir
    Path tmp;

    @Test
    void answeredUploadsSurviveSigkillAndNoPartialFileIsVisible() throws Exception {
        // This run's database: the process's own embedded H2 in dataDir, or (-Ppostgresql) a PostgreSQL database.
        String postgres = TestDatabases.postgresql() ? TestDatabases.newPostgresDatabase() : null;
        Path dataDir = tmp.resolve("data");
        String username;
        String caseNumber;
        TestServer seed = TestServer.startOn(dataDir, postgres);
        try {
            ApplicantFixtures af = new ApplicantFixtures(seed);
            long judge = af.judge();
            username = af.fx.username(af.lawyer());
            caseNumber = af.archived(judge, true).number();
        } finally {
            seed.stop();
        }
        Path files = dataDir.resolve("files");
        Map<String, String> answered = new ConcurrentHashMap<>(); // key -> sha256 of its large file
        AtomicInteger refusedOrLost = new AtomicInteger();
        try (ServerProcess server = new ServerProcess(dataDir, tmp.resolve("server.log"), "256m",
                TestServer.databaseFlags(postgres, "--max-material-mb=5"))) {
            server.start();
            HttpTestClient lawyer = new HttpTestClient(server.baseUrl()).login(username, TestData.PASSWORD);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger seeds = new AtomicInteger(1);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> {
                    while (running.get()) {
                        int s = seeds.getAndIncrement();
                        long size = 512 * 1024 + ThreadLocalRandom.current().nextInt(1536 * 1024);
                        String key = UUID.randomUUID().toString();
                        try {
                            Response r = lawyer.postStream(PATH, "multipart/form-data; boundary=----courtdesk-streaming",
                                    () -> StreamingUploadTest.body(caseNumber, size, s), "Idempotency-Key", key);
                            if (r.status() == 201) {
                                answered.put(key, StreamingUploadTest.sha256(StreamingUploadTest.pdfLike(size, s)));
                            } else {
                                refusedOrLost.incrementAndGet();
                            }
                        } catch (Exception e) { // killed mid-request, or down
                            refusedOrLost.incrementAndGet();
                            sleep(100);
                        }
                    }
                }, "uploader-" + c);
                t.setDaemon(true);
                clients.add(t);
                t.start();
            }
            for (int k = 0; k < KILLS; k++) {
                int before = answered.size();
                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (answered.size() < before + 2 && System.nanoTime() < until) {
                    sleep(50); // some uploads answered in this round
                }
                sleep(ThreadLocalRandom.current().nextInt(50, 1500)); // then a random moment, uploads in flight
                server.kill();
                server.start();
            }
            running.set(false);
            for (Thread t : clients) {
                t.join(120_000);
            }
            server.stop();
        }
        System.out.printf("[FileStoreKillTest] %d kills, %d uploads answered 201, %d refused or cut off%n", KILLS,
                answered.size(), refusedOrLost.get());
        assertThat(answered).as("uploads answered between the kills").hasSizeGreaterThan(KILLS);

        DirectoryFileStore store = new DirectoryFileStore(files);
        for (String sha : answered.values()) {
            assertThat(store.contains(sha)).as("answered upload %s is stored", sha).isTrue();
            try (InputStream in = Files.newInputStream(store.pathOf(sha))) {
                assertThat(StreamingUploadTest.sha256(in)).isEqualTo(sha);
            }
        }
        for (Path p : StreamingUploadTest.storedFiles(files)) {
            try (InputStream in = Files.newInputStream(p)) {
                assertThat(StreamingUploadTest.sha256(in)).as("no partial file under a hash name: %s", p)
                        .isEqualTo(p.getFileName().toString());
            }
        }

        TestServer after = TestServer.startOn(dataDir, postgres);
        try {
            OrphanSweep.Result swept = OrphanSweep.run(after.jdbi(), store, Duration.ZERO);
            System.out.printf("[FileStoreKillTest] sweep with no grace: removed %d unreferenced files and %d temporary "
                    + "files, kept %d referenced%n", swept.removedFiles().size(), swept.removedTemporary(), swept.referenced());
            for (String sha : answered.values()) {
                assertThat(store.contains(sha)).as("the sweep keeps answered upload %s", sha).isTrue();
                assertThat(swept.removedFiles()).doesNotContain(sha);
            }
            for (Path p : StreamingUploadTest.storedFiles(files)) {
                String sha = p.getFileName().toString();
                int rows = after.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM blob WHERE sha256 = :s")
                        .bind("s", sha).mapTo(Integer.class).one());
                assertThat(rows).as("what is left is referenced: %s", sha).isEqualTo(1);
            }
            assertThat(StreamingUploadTest.staged(files)).isEmpty();
        } finally {
            after.close();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
