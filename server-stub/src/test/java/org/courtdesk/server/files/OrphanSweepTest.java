package org.courtdesk.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The orphan sweep removes stored files no blob row refers to and leftover temporary files, older than the grace
 * period; it keeps referenced files, fresh files (an upload whose transaction has not committed yet), fresh temporary
 * files (an upload still streaming), and an old unreferenced file an upload has just referred to again.
 */
class OrphanSweepTest {

    static TestServer server;
    static DirectoryFileStore store;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        store = new DirectoryFileStore(server.config().effectiveFilesDir());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] bytes(String s) {
        return (s + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    }

    private static void age(Path p) throws Exception {
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    }

    @Test
    void removesOldUnreferencedFilesAndKeepsEverythingElse() throws Exception {
        byte[] referenced = bytes("referenced");
        String referencedSha = server.jdbi().withHandle(h -> BlobStore.put(h, referenced, "application/pdf"));
        age(store.pathOf(referencedSha));
        String orphan = store.put(bytes("rolled back"));
        age(store.pathOf(orphan));
        String fresh = store.put(bytes("not committed yet"));
        Path oldTemp = Files.writeString(store.stagingDir().resolve("upload-old.part"), "half an upload");
        age(oldTemp);
        Path freshTemp = Files.writeString(store.stagingDir().resolve("upload-running.part"), "streaming");
        Path besideOld = Files.writeString(store.pathOf(referencedSha).resolveSibling(referencedSha + ".part"), "copy");
        age(besideOld);

        OrphanSweep.Result r = OrphanSweep.run(server.jdbi(), store, OrphanSweep.DEFAULT_GRACE);

        assertThat(r.removedFiles()).containsExactly(orphan);
        assertThat(r.removedTemporary()).isEqualTo(2);
        assertThat(store.contains(orphan)).isFalse();
        assertThat(oldTemp).doesNotExist();
        assertThat(besideOld).doesNotExist();
        assertThat(store.contains(referencedSha)).as("referenced by a blob row").isTrue();
        assertThat(server.jdbi().withHandle(h -> BlobStore.get(h, referencedSha)).orElseThrow().content())
                .isEqualTo(referenced);
        assertThat(store.contains(fresh)).as("younger than the grace period").isTrue();
        assertThat(freshTemp).as("an upload still streaming").exists();
        assertThat(r.referenced()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anOldOrphanReferredToAgainByARunningUploadIsKept() throws Exception {
        byte[] content = bytes("uploaded twice");
        String sha = store.put(content);
        age(store.pathOf(sha));
        // The second upload of the same content: its transaction has not committed when the sweep runs.
        server.jdbi().useTransaction(h -> {
            BlobStore.put(h, content, "application/pdf");
            OrphanSweep.Result r = OrphanSweep.run(server.jdbi(), store, OrphanSweep.DEFAULT_GRACE);
            assertThat(r.removedFiles()).doesNotContain(sha);
        });
        assertThat(server.jdbi().withHandle(h -> BlobStore.get(h, sha)).orElseThrow().content()).isEqualTo(content);
    }
}
