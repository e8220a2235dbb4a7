package org.courtdesk.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.support.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Blobs written before V21 (bytes in the database) move into the file store when the server starts. */
class BlobsToFilesTest {

    @Test
    void aServerStartingOnLegacyBlobsMovesTheirBytesToTheStoreAndStillServesThem() {
        byte[] legacy = "V20 之前存入数据库的材料".getBytes(StandardCharsets.UTF_8);
        String sha = BlobStore.sha256(legacy);
        try (TestServer server = TestServer.start()) {
            Path filesDir = server.server().context().config().effectiveFilesDir();
            String url = server.jdbcUrl();
            String user = server.config().jdbcUser();
            server.stop();
            // As an older server left it: the bytes in blob.content (a bare Jdbi has no file store).
            Jdbi bare = Jdbi.create(url, user, "");
            bare.useHandle(h -> h.createUpdate("INSERT INTO blob (sha256, content_type, size_bytes, content, stored_at) "
                            + "VALUES (:s, 'text/plain', :n, :c, :at)")
                    .bind("s", sha).bind("n", (long) legacy.length).bind("c", legacy)
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute());
            DirectoryFileStore store = new DirectoryFileStore(filesDir);
            assertThat(store.contains(sha)).isFalse();

            server.restart();

            assertThat(store.contains(sha)).isTrue();
            assertThat(store.pathOf(sha)).hasBinaryContent(legacy);
            int left = bare.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM blob WHERE content IS NOT NULL")
                    .mapTo(Integer.class).one());
            assertThat(left).as("no bytes left in the database").isZero();
            assertThat(server.jdbi().withHandle(h -> BlobStore.get(h, sha)).orElseThrow().content()).isEqualTo(legacy);
            assertThat(BlobsToFiles.run(server.jdbi(), store)).as("nothing left to move on the next start").isZero();
        }
    }

    @Test
    void newBlobsGoStraightToTheStoreWithTheirRowAsCatalogue() {
        try (TestServer server = TestServer.start()) {
            byte[] bytes = "新材料".getBytes(StandardCharsets.UTF_8);
            String sha = server.jdbi().inTransaction(h -> BlobStore.put(h, bytes, "text/plain"));
            long size = server.jdbi().withHandle(h -> h.createQuery("SELECT size_bytes FROM blob WHERE sha256 = :s "
                    + "AND content IS NULL").bind("s", sha).mapTo(Long.class).one());
            assertThat(size).isEqualTo(bytes.length);
            assertThat(new DirectoryFileStore(server.server().context().config().effectiveFilesDir()).contains(sha))
                    .isTrue();
        }
    }
}
