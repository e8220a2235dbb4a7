package org.courtdesk.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.courtdesk.app.cache.DocumentFiles;
import org.courtdesk.app.cache.DocumentStore;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.cache.OldCaches;
import org.courtdesk.app.settings.AppDirs;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace's documents as encrypted files (cache V11): a V10 cache's BLOBs move out (read on demand, and all by
 * the background pass), a file of another key or a damaged one is refused clearly and fetched again, and forgetting
 * a request's documents or clearing the cache deletes the files.
 */
class DocumentFilesWorkspaceTest {

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

    private static byte[] random(int size, int seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static boolean hasBlob(LocalWorkspace ws, String sha) {
        return ws.cache().read(hd -> DocumentStore.hasBlob(hd, sha));
    }

    private static boolean contains(LocalWorkspace ws, String sha) {
        return ws.cache().read(hd -> DocumentStore.contains(hd, sha));
    }

    private static List<String> names(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aV10CachesDocumentsMoveOutOfTheDatabaseOnDemandAndInTheBackgroundPass() throws Exception {
        Path dir = AppDirs.userDir(home, Harness.USER);
        byte[] a = Fixtures.pdfBytes("旧缓存里的证据");
        byte[] b = random(300 * 1024 + 3, 1);
        byte[] c = random(70 * 1024, 2);
        byte[] bad = "bytes a disk flipped".getBytes();
        String shaA = DocumentStore.sha256Hex(a);
        String shaB = DocumentStore.sha256Hex(b);
        String shaC = DocumentStore.sha256Hex(c);
        String shaBad = DocumentStore.sha256Hex("what the server sent".getBytes());
        try (LocalCache old = OldCaches.createV10(dir, Harness.PASSWORD.toCharArray(), Harness.CHEAP, h.clock)) {
            old.write(hd -> {
                DocumentStore.put(hd, shaA, a, Instant.EPOCH);
                DocumentStore.put(hd, shaB, b, Instant.EPOCH);
                DocumentStore.put(hd, shaC, c, Instant.EPOCH);
                hd.createUpdate("INSERT INTO document (sha256, content, size_bytes, fetched_at, last_used)"
                        + " VALUES (:s, :c, :n, 0, 0)").bind("s", shaBad).bind("c", bad).bind("n", bad.length).execute();
                return null;
            });
            // really V10: the content may not be NULL yet
            assertThatThrownBy(() -> old.write(hd -> hd.execute("UPDATE document SET content = NULL")))
                    .isInstanceOf(RuntimeException.class);
        }

        LocalWorkspace ws = h.login();
        int version = ws.cache().read(hd -> hd.createQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM"
                + " \"cache_schema_history\" WHERE \"success\"").mapTo(Integer.class).one());
        assertThat(version).isGreaterThanOrEqualTo(11); // V11 and any later migration ran
        h.server.down(true);
        DocumentFiles files = ws.cache().documents();
        assertThat(names(files.dir())).isEmpty();
        assertThat(ws.cache().read(DocumentStore::blobs)).containsExactlyInAnyOrder(shaA, shaB, shaC, shaBad);

        // on demand: read from its BLOB into its file, the BLOB dropped; offline, so never from the server
        assertThat(ws.readDocument(shaA, InputStream::readAllBytes)).isEqualTo(a);
        assertThat(files.has(shaA)).isTrue();
        assertThat(hasBlob(ws, shaA)).isFalse();
        assertThat(contains(ws, shaA)).as("its row stays, with its size").isTrue();

        // the background pass: the rest, the damaged BLOB dropped (it would be fetched again)
        assertThat(ws.moveDocumentsOutOfDatabase()).isEqualTo(2);
        assertThat(ws.cache().read(DocumentStore::blobs)).isEmpty();
        assertThat(contains(ws, shaBad)).isFalse();
        assertThat(names(files.dir())).containsExactlyInAnyOrder(shaA + ".doc", shaB + ".doc", shaC + ".doc");
        long sizeB = ws.cache().read(hd -> hd.createQuery("SELECT size_bytes FROM document WHERE sha256 = :s")
                .bind("s", shaB).mapTo(Long.class).one());
        assertThat(sizeB).isEqualTo(b.length);
        assertThat(ws.moveDocumentsOutOfDatabase()).as("nothing left to move").isZero();
        assertThat(h.server.callsTo("GET /api/v1/documents/")).isZero();

        // random access for the viewer, and whole after a restart
        Workspace.DocumentFile f = ws.documentFile(shaB);
        assertThat(f.length()).isEqualTo(b.length);
        try (DocumentFiles.Opened o = f.open()) {
            byte[] part = new byte[100];
            assertThat(o.read(200_000, part, 0, 100)).isEqualTo(100);
            assertThat(part).isEqualTo(java.util.Arrays.copyOfRange(b, 200_000, 200_100));
        }
        ws.close();
        h.use(null);
        h.server.down(false);
        LocalWorkspace again = h.login();
        assertThat(again.document(shaC)).isEqualTo(c);
        assertThat(again.readDocument(shaB, InputStream::readAllBytes)).isEqualTo(b);
        assertThat(h.server.callsTo("GET /api/v1/documents/")).isZero();
    }

    @Test
    void aFileOfAnotherKeyIsRefusedClearlyDeletedAndFetchedAgain() throws Exception {
        byte[] pdf = Fixtures.pdfBytes("别的缓存");
        h.server.document(pdf);
        String sha = DocumentStore.sha256Hex(pdf);
        LocalWorkspace ws = h.login();
        // the same document sealed by another cache (another user, another password), copied into this one
        byte[] otherKey = new byte[32];
        new Random(3).nextBytes(otherKey);
        DocumentFiles other = DocumentFiles.derive(home.resolve("other"), otherKey);
        other.write(sha, new ByteArrayInputStream(pdf));
        Path mine = ws.cache().documents().dir();
        Files.createDirectories(mine);
        Files.copy(home.resolve("other").resolve(sha + ".doc"), mine.resolve(sha + ".doc"));

        assertThatThrownBy(() -> ws.readDocument(sha, InputStream::readAllBytes))
                .isInstanceOf(DocumentUnavailableException.class).hasMessageContaining("密钥");
        assertThat(mine.resolve(sha + ".doc")).doesNotExist();
        assertThat(h.server.callsTo("GET /api/v1/documents/")).isZero();

        assertThat(ws.readDocument(sha, InputStream::readAllBytes)).as("fetched again").isEqualTo(pdf);
        assertThat(h.server.callsTo("GET /api/v1/documents/")).isEqualTo(1);
        try (DocumentFiles.Opened o = ws.documentFile(sha).open()) {
            assertThat(o.stream().readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void forgettingARequestsDocumentsAndClearingTheCacheDeleteTheFiles() throws Exception {
        byte[] a = Fixtures.pdfBytes("一");
        byte[] b = Fixtures.pdfBytes("二");
        h.server.document(a);
        h.server.document(b);
        String shaA = DocumentStore.sha256Hex(a);
        String shaB = DocumentStore.sha256Hex(b);
        LocalWorkspace ws = h.login();
        ws.document(shaA);
        ws.document(shaB);
        Path dir = ws.cache().documents().dir();
        assertThat(names(dir)).containsExactlyInAnyOrder(shaA + ".doc", shaB + ".doc");

        ws.forgetDocuments(List.of(shaA.toUpperCase()));
        assertThat(names(dir)).containsExactly(shaB + ".doc");
        assertThat(contains(ws, shaA)).isFalse();
        assertThat(contains(ws, shaB)).isTrue();

        assertThat(ws.clearDocuments()).isEqualTo(1);
        assertThat(names(dir)).isEmpty();
        assertThat(contains(ws, shaB)).isFalse();
        assertThat(ws.document(shaB)).as("fetched again when wanted").isEqualTo(b);
        ws.close();
        h.use(null);

        // signing in to another server clears what the cache held of the first, documents included
        try (org.courtdesk.app.testing.FakeCourtServer second = new org.courtdesk.app.testing.FakeCourtServer().clock(h.clock)) {
            second.account(Harness.USER, Harness.PASSWORD, Fixtures.JUDGE);
            DefaultLoginService login = h.loginService();
            LocalWorkspace there = login.loginLocal(second.url(), Harness.USER, Harness.PASSWORD.toCharArray());
            try {
                assertThat(names(dir)).isEmpty();
                assertThat(contains(there, shaB)).isFalse();
            } finally {
                there.close();
            }
        }
    }
}
