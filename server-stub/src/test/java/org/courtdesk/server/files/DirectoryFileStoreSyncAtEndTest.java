package org.courtdesk.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files stored inside {@link DirectoryFileStore#syncAtEnd} (the demo seeding) are stored and readable as any other. */
class DirectoryFileStoreSyncAtEndTest {

    @TempDir
    Path dir;

    @Test
    void filesStoredWithTheirSyncDeferredAreInPlaceAndReadable() throws Exception {
        DirectoryFileStore store = new DirectoryFileStore(dir);
        byte[] a = "甲".getBytes(StandardCharsets.UTF_8);
        byte[] b = "乙".getBytes(StandardCharsets.UTF_8);
        String[] shas = DirectoryFileStore.syncAtEnd(() -> {
            try {
                String first = store.put(a);
                // nested: one scope, forced at the outer end
                String second = DirectoryFileStore.syncAtEnd(() -> {
                    try {
                        return store.put(b);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                assertThat(store.get(first)).isEqualTo(a); // readable before the scope ends
                return new String[] {first, second};
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Files.isRegularFile(store.pathOf(shas[0]))).isTrue();
        assertThat(store.get(shas[1])).isEqualTo(b);
        // Outside the scope a put forces its file again (and works as before).
        byte[] c = "丙".getBytes(StandardCharsets.UTF_8);
        assertThat(store.get(store.put(c))).isEqualTo(c);
    }
}
