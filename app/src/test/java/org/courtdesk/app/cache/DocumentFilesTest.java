package org.courtdesk.app.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents' encrypted files (cache V11): what is written reads back at any offset, never lies on disk in the
 * clear, and is refused when changed, cut short, renamed or read under another key; a wrong hash keeps nothing; a
 * process killed while writing leaves no file under a document's name.
 */
class DocumentFilesTest {

    static final int CHUNK = DocumentFiles.CHUNK;

    @TempDir
    Path tmp;

    private static byte[] key(int seed) {
        byte[] k = new byte[32];
        new Random(seed).nextBytes(k);
        return k;
    }

    private static byte[] doc(int size, int seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void documentsOfEverySizeReadBackWholeAndAtRandomOffsets() throws Exception {
        DocumentFiles files = DocumentFiles.derive(tmp.resolve("documents"), key(1));
        Random random = new Random(5);
        for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17}) {
            byte[] doc = doc(size, size);
            String sha = DocumentStore.sha256Hex(doc);
            assertThat(files.has(sha)).isFalse();
            assertThat(files.write(sha, new ByteArrayInputStream(doc))).isEqualTo(size);
            assertThat(files.has(sha)).isTrue();
            try (DocumentFiles.Opened o = files.open(sha)) {
                assertThat(o.length()).isEqualTo(size);
                assertThat(o.stream().readAllBytes()).as("size %d", size).isEqualTo(doc);
            }
            try (DocumentFiles.Opened o = files.open(sha)) {
                for (int i = 0; i < 50 && size > 0; i++) {
                    int pos = random.nextInt(size);
                    int len = 1 + random.nextInt(Math.min(size - pos, 3 * CHUNK));
                    byte[] got = new byte[len];
                    int at = 0;
                    while (at < len) {
                        int n = o.read(pos + at, got, at, len - at);
                        assertThat(n).isPositive();
                        at += n;
                    }
                    assertThat(got).isEqualTo(Arrays.copyOfRange(doc, pos, pos + len));
                }
                assertThat(o.read(size, new byte[4], 0, 4)).isEqualTo(-1);
            }
        }
    }

    @Test
    void noClearBytesLieOnDisk() throws Exception {
        Path dir = tmp.resolve("documents");
        DocumentFiles files = DocumentFiles.derive(dir, key(1));
        byte[] marker = "当事人身份证号 110101199003071234 ".getBytes(StandardCharsets.UTF_8);
        byte[] doc = new byte[marker.length * 4000];
        for (int i = 0; i < 4000; i++) {
            System.arraycopy(marker, 0, doc, i * marker.length, marker.length);
        }
        String sha = DocumentStore.sha256Hex(doc);
        files.write(sha, new ByteArrayInputStream(doc));
        byte[] raw = Files.readAllBytes(dir.resolve(sha + ".doc"));
        byte[] probe = Arrays.copyOf(marker, 12);
        for (int i = 0; i + probe.length <= raw.length; i++) {
            assertThat(Arrays.equals(raw, i, i + probe.length, probe, 0, probe.length)).as("clear text at %d", i).isFalse();
        }
    }

    @Test
    void bytesThatDoNotMatchTheirHashLeaveNothing() throws Exception {
        Path dir = tmp.resolve("documents");
        DocumentFiles files = DocumentFiles.derive(dir, key(1));
        String sha = DocumentStore.sha256Hex("the document".getBytes());
        assertThatThrownBy(() -> files.write(sha, new ByteArrayInputStream("something else".getBytes())))
                .isInstanceOf(DocumentStore.MismatchException.class);
        assertThat(files.has(sha)).isFalse();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.toList()).isEmpty();
        }
        assertThatThrownBy(() -> files.write("../../etc/passwd", InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileOfAnotherKeyIsAClearErrorNotGarbage() throws Exception {
        byte[] doc = doc(2 * CHUNK + 5, 3);
        String sha = DocumentStore.sha256Hex(doc);
        DocumentFiles mine = DocumentFiles.derive(tmp.resolve("mine"), key(1));
        DocumentFiles theirs = DocumentFiles.derive(tmp.resolve("theirs"), key(2));
        theirs.write(sha, new ByteArrayInputStream(doc));
        Files.createDirectories(mine.dir());
        Files.copy(theirs.path(sha), mine.path(sha));
        assertThat(mine.has(sha)).isTrue();
        assertThatThrownBy(() -> mine.open(sha)).isInstanceOf(DocumentFiles.WrongKey.class)
                .hasMessageContaining("another key");
        // the same cache key derives the same store key: a cache reopened with the right password reads its files
        DocumentFiles again = DocumentFiles.derive(tmp.resolve("theirs"), key(2));
        try (DocumentFiles.Opened o = again.open(sha)) {
            assertThat(o.stream().readAllBytes()).isEqualTo(doc);
        }
    }

    @Test
    void aChangedCutShortReorderedOrRenamedFileIsRefused() throws Exception {
        byte[] doc = doc(4 * CHUNK + 100, 4);
        String sha = DocumentStore.sha256Hex(doc);
        Path dir = tmp.resolve("documents");
        DocumentFiles files = DocumentFiles.derive(dir, key(1));
        files.write(sha, new ByteArrayInputStream(doc));
        Path file = files.path(sha);
        byte[] good = Files.readAllBytes(file);
        int sealedChunk = CHUNK + DocumentFiles.TAG;

        // one bit changed in the second chunk: the first chunk still reads, the second is refused
        byte[] flipped = good.clone();
        flipped[DocumentFiles.HEADER + sealedChunk + 100] ^= 1;
        Files.write(file, flipped);
        try (DocumentFiles.Opened o = files.open(sha)) {
            byte[] first = new byte[10];
            assertThat(o.read(0, first, 0, 10)).isEqualTo(10);
            assertThat(first).isEqualTo(Arrays.copyOf(doc, 10));
            assertThatThrownBy(() -> o.read(CHUNK + 5, new byte[10], 0, 10)).isInstanceOf(DocumentFiles.Damaged.class);
        }
        try (DocumentFiles.Opened o = files.open(sha)) {
            assertThatThrownBy(() -> o.stream().readAllBytes()).isInstanceOf(DocumentFiles.Damaged.class);
        }

        // any header byte after the magic and the key check (the salt, the spare bytes) changed
        for (int at : new int[] {20, 47, 50, 63}) {
            byte[] header = good.clone();
            header[at] ^= 1;
            Files.write(file, header);
            assertThatThrownBy(() -> files.open(sha)).as("header byte %d", at).isInstanceOf(DocumentFiles.Damaged.class);
        }

        // cut at a chunk boundary (the last whole chunk is not marked last), or inside a chunk
        Files.write(file, Arrays.copyOf(good, DocumentFiles.HEADER + 2 * sealedChunk));
        assertThatThrownBy(() -> files.open(sha)).isInstanceOf(DocumentFiles.Damaged.class);
        Files.write(file, Arrays.copyOf(good, good.length - 50));
        assertThatThrownBy(() -> files.open(sha)).isInstanceOf(DocumentFiles.Damaged.class);
        Files.write(file, Arrays.copyOf(good, 20));
        assertThatThrownBy(() -> files.open(sha)).isInstanceOf(DocumentFiles.Damaged.class);

        // two chunks swapped
        byte[] swapped = good.clone();
        System.arraycopy(good, DocumentFiles.HEADER, swapped, DocumentFiles.HEADER + sealedChunk, sealedChunk);
        System.arraycopy(good, DocumentFiles.HEADER + sealedChunk, swapped, DocumentFiles.HEADER, sealedChunk);
        Files.write(file, swapped);
        try (DocumentFiles.Opened o = files.open(sha)) {
            assertThatThrownBy(() -> o.read(0, new byte[1], 0, 1)).isInstanceOf(DocumentFiles.Damaged.class);
        }

        // another document's file under this one's name
        byte[] other = doc(4 * CHUNK + 100, 9);
        String otherSha = DocumentStore.sha256Hex(other);
        files.write(otherSha, new ByteArrayInputStream(other));
        Files.copy(files.path(otherSha), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> files.open(sha)).isInstanceOf(DocumentFiles.Damaged.class);

        // the good file again reads whole; after the store is closed nothing opens (its key is wiped)
        Files.write(file, good);
        try (DocumentFiles.Opened o = files.open(sha)) {
            assertThat(o.stream().readAllBytes()).isEqualTo(doc);
        }
        files.close();
        assertThatThrownBy(() -> files.open(sha)).isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    @Test
    void deleteAndDeleteAllRemoveTheFiles() throws Exception {
        Path dir = tmp.resolve("documents");
        DocumentFiles files = DocumentFiles.derive(dir, key(1));
        byte[] a = doc(1000, 1);
        byte[] b = doc(2000, 2);
        files.write(DocumentStore.sha256Hex(a), new ByteArrayInputStream(a));
        files.write(DocumentStore.sha256Hex(b), new ByteArrayInputStream(b));
        Files.writeString(dir.resolve("0123456789abcdef-1.part"), "half");
        Files.writeString(dir.resolve("notes.txt"), "not ours");
        assertThat(files.delete(DocumentStore.sha256Hex(a))).isTrue();
        assertThat(files.has(DocumentStore.sha256Hex(a))).isFalse();
        assertThat(files.deleteAll()).isEqualTo(1);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
    }

    /**
     * A child JVM streams a 16 MB document into the store slowly and is killed with SIGKILL at several moments,
     * the last after its write returned. Each time either the document
     * is there and reads whole and right, or there is no file under its name; a part file may be left, and the next
     * open's sweep deletes it.
     */
    @Test
    void aWriteKilledAnywhereLeavesNoHalfFileUnderTheDocumentsName() throws Exception {
        int size = 16 * 1024 * 1024;
        byte[] doc = Child.document(size);
        String sha = DocumentStore.sha256Hex(doc);
        boolean sawWhole = false;
        boolean sawNone = false;
        for (int k = 0; k < 6; k++) {
            Path dir = tmp.resolve("kill-" + k).resolve("documents");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                    dir.toString(), Integer.toString(size)).redirectErrorStream(true).start();
            // killed after 1/6 .. 5/6 of the bytes were handed over, and once the write has returned
            long killAt = k == 5 ? Long.MAX_VALUE : (long) size * (k + 1) / 6;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("AT ") && Long.parseLong(line.substring(3)) >= killAt || line.startsWith("DONE")) {
                        child.destroyForcibly(); // SIGKILL
                        break;
                    }
                }
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
            }
            DocumentFiles files = DocumentFiles.derive(dir, key(1));
            if (files.has(sha)) {
                sawWhole = true;
                try (DocumentFiles.Opened o = files.open(sha)) {
                    assertThat(o.length()).isEqualTo(size);
                    assertThat(DocumentStore.sha256Hex(o.stream().readAllBytes())).isEqualTo(sha);
                }
            } else {
                sawNone = true;
            }
            files.sweepParts();
            try (Stream<Path> left = Files.list(dir)) {
                List<String> names = left.map(p -> p.getFileName().toString()).toList();
                assertThat(names).allMatch(n -> n.equals(sha + ".doc"));
            }
        }
        assertThat(sawNone).as("a kill before the move left no document").isTrue();
        assertThat(sawWhole).as("a kill after the write returned found the document whole").isTrue();
    }

    /** The child: writes a generated document into {@code args[0]}, slowly, printing how far the write got. */
    public static final class Child {
        static byte[] document(int size) {
            return doc(size, 77);
        }

        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            int size = Integer.parseInt(args[1]);
            byte[] doc = document(size);
            String sha = DocumentStore.sha256Hex(doc);
            DocumentFiles files = DocumentFiles.derive(dir, key(1));
            InputStream slow = new ByteArrayInputStream(doc) {
                private long given;

                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    int n = super.read(b, off, Math.min(len, 256 * 1024));
                    if (n > 0) {
                        given += n;
                        System.out.println("AT " + given);
                        System.out.flush();
                        try {
                            Thread.sleep(15);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return n;
                }
            };
            files.write(sha, slow);
            System.out.println("DONE");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
