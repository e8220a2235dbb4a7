package org.courtdesk.server.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.courtdesk.server.documents.BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFileStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesByContentUnderTwoLevelsOfFoldersAndReadsTheSameBytesBack() throws IOException {
        DirectoryFileStore store = new DirectoryFileStore(dir);
        byte[] bytes = "起诉状 第一页".getBytes(StandardCharsets.UTF_8);
        String sha = store.put(bytes);
        assertThat(sha).isEqualTo(BlobStore.sha256(bytes));
        assertThat(store.pathOf(sha)).isEqualTo(dir.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha));
        assertThat(store.pathOf(sha)).hasBinaryContent(bytes);
        assertThat(store.get(sha)).isEqualTo(bytes);
        assertThat(store.contains(sha)).isTrue();
        assertThat(store.put(bytes)).as("the same content again: one file").isEqualTo(sha);
        try (var files = Files.list(dir.resolve("tmp"))) {
            assertThat(files).as("no temporary file left behind").isEmpty();
        }
    }

    @Test
    void alteredBytesAreRefusedOnReadWholeOrStreamed() throws IOException {
        DirectoryFileStore store = new DirectoryFileStore(dir);
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        String sha = store.put(bytes);
        byte[] altered = bytes.clone();
        altered[123_456] ^= 0x40;
        Files.write(store.pathOf(sha), altered);

        assertThatThrownBy(() -> store.get(sha)).isInstanceOf(StoredFileCorruptException.class).hasMessageContaining(sha);
        assertThatThrownBy(() -> {
            try (InputStream in = store.open(sha)) {
                in.readAllBytes();
            }
        }).isInstanceOf(StoredFileCorruptException.class);

        Files.write(store.pathOf(sha), bytes);
        try (InputStream in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void aFileNeverStoredIsMissingNotEmpty() {
        DirectoryFileStore store = new DirectoryFileStore(dir);
        String sha = BlobStore.sha256(new byte[] {1});
        assertThat(store.contains(sha)).isFalse();
        assertThatThrownBy(() -> store.get(sha)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.pathOf("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStreamedUploadIsKeptOnlyWhenItHashesToItsAddress() throws IOException {
        DirectoryFileStore store = new DirectoryFileStore(dir);
        Path upload = Files.write(dir.resolve("upload.bin"), "证据目录".getBytes(StandardCharsets.UTF_8));
        String sha = BlobStore.sha256(Files.readAllBytes(upload));
        String wrong = BlobStore.sha256(new byte[] {7});
        assertThatThrownBy(() -> store.putFile(upload, wrong)).isInstanceOf(IOException.class);
        assertThat(store.contains(wrong)).isFalse();
        store.putFile(upload, sha);
        assertThat(store.get(sha)).isEqualTo(Files.readAllBytes(upload));
    }

    @Test
    void twoWritersOfTheSameContentAtOnceLeaveOneWholeFile() throws Exception {
        DirectoryFileStore a = new DirectoryFileStore(dir);
        DirectoryFileStore b = new DirectoryFileStore(dir); // another instance on the same share
        byte[] bytes = new byte[1_000_000];
        java.util.Arrays.fill(bytes, (byte) 7);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> writes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                DirectoryFileStore s = i % 2 == 0 ? a : b;
                writes.add(pool.submit(() -> s.put(bytes)));
            }
            for (Future<String> w : writes) {
                assertThat(w.get()).isEqualTo(BlobStore.sha256(bytes));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(a.get(BlobStore.sha256(bytes))).isEqualTo(bytes);
    }

    @Test
    void aQuarantinedFileIsNotStoredForUploadsYetReadableAndGoesBackOrGoes() throws IOException {
        DirectoryFileStore store = new DirectoryFileStore(dir);
        byte[] bytes = "swept".getBytes(StandardCharsets.UTF_8);
        String sha = store.put(bytes);

        assertThat(store.quarantine(sha)).isTrue();
        assertThat(store.contains(sha)).as("an upload of this content stores it anew").isFalse();
        assertThatThrownBy(() -> store.touch(sha)).isInstanceOf(NoSuchFileException.class);
        assertThat(store.get(sha)).as("a reader meanwhile still gets it").isEqualTo(bytes);
        assertThat(store.quarantined()).containsExactly(sha);
        assertThat(store.quarantine(sha)).as("taken already").isFalse();

        store.restore(sha);
        assertThat(store.contains(sha)).isTrue();
        assertThat(store.quarantined()).isEmpty();

        // Stored anew while aside: that copy stays, the quarantined one goes.
        assertThat(store.quarantine(sha)).isTrue();
        store.put(bytes);
        store.restore(sha);
        assertThat(store.get(sha)).isEqualTo(bytes);
        assertThat(store.quarantined()).isEmpty();

        assertThat(store.quarantine(sha)).isTrue();
        assertThat(store.discardQuarantined(sha)).isEqualTo(bytes.length);
        assertThat(store.contains(sha)).isFalse();
        assertThat(store.discardQuarantined(sha)).isEqualTo(-1);
        assertThatThrownBy(() -> store.get(sha)).isInstanceOf(NoSuchFileException.class);
    }
}
