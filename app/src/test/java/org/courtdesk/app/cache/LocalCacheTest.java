package org.courtdesk.app.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.MutableClock;
import org.courtdesk.model.api.ReadingRequestView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCacheTest {

    static final KdfParams CHEAP = new KdfParams(1024, 1, 1);
    static final char[] PASSWORD = "法官的密码-Correct#1".toCharArray();

    @TempDir
    Path tmp;
    final MutableClock clock = MutableClock.courtMorning();

    @Test
    void storesAndReopensWithTheSamePassword() throws Exception {
        Path dir = tmp.resolve("u");
        ReadingRequestView view = Fixtures.request(1, 3);
        try (LocalCache cache = LocalCache.create(dir, PASSWORD, CHEAP, clock)) {
            cache.write(h -> RequestStore.upsert(h, view, 5, clock.instant()));
            cache.write(h -> {
                FeedCursor.set(h, 5, clock.instant());
                return null;
            });
        }
        assertThat(LocalCache.exists(dir)).isTrue();
        try (LocalCache cache = LocalCache.open(dir, PASSWORD, clock)) {
            Optional<CachedRequest> found = read(cache, h -> RequestStore.find(h, 1));
            assertThat(found).get()
                    .satisfies(r -> {
                        assertThat(r.view()).isEqualTo(view);
                        assertThat(r.feedSeq()).isEqualTo(5);
                    });
            long cursor = read(cache, FeedCursor::get);
            assertThat(cursor).isEqualTo(5);
        }
    }

    @Test
    void theFileDoesNotContainCaseNumbersNamesOrDocumentsInPlaintext() throws Exception {
        String secretName = "保密申请人SECRET4711";
        byte[] doc = Fixtures.pdfBytes("DOCUMENT-PLAINTEXT-MARKER-0815");
        ReadingRequestView view = Fixtures.request(1, 1);
        ReadingRequestView named = new ReadingRequestView(view.id(), view.applicationNo(), view.caseNumber(),
                view.caseTitle(), view.courtCode(), view.courtName(), view.applicantId(), secretName,
                view.applicantRole(), view.applicationDate(), view.submittedAt(), view.content(), view.reason(),
                view.requestedMode(), view.caseDigitised(), view.status(), view.version(), view.judgeName(),
                view.review(), view.visit(), view.materials(), view.audit());
        Path dir = tmp.resolve("enc");
        try (LocalCache cache = LocalCache.create(dir, PASSWORD, CHEAP, clock)) {
            cache.write(h -> {
                RequestStore.upsert(h, named, 1, clock.instant());
                DocumentStore.put(h, DocumentStore.sha256Hex(doc), doc, clock.instant());
                return null;
            });
        }
        // H2 writes non-ASCII characters in its own compact form, so the markers are the ASCII parts of the case
        // number, the name and the document; the control below proves H2 writes them verbatim when unencrypted.
        assertThat(view.caseNumber()).startsWith("(2025)粤0106民初");
        List<byte[]> markers = List.of("(2025)".getBytes(StandardCharsets.UTF_8),
                "SECRET4711".getBytes(StandardCharsets.UTF_8),
                "DOCUMENT-PLAINTEXT-MARKER-0815".getBytes(StandardCharsets.UTF_8));

        byte[] encrypted = Files.readAllBytes(dir.resolve(LocalCache.DB_FILE));
        for (byte[] marker : markers) {
            assertThat(indexOf(encrypted, marker)).as("plaintext %s in the cache file", new String(marker, StandardCharsets.UTF_8)).isEqualTo(-1);
        }
        // Nothing secret beside it either (the key file holds only salt and cost).
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                byte[] bytes = Files.readAllBytes(f);
                assertThat(indexOf(bytes, "法官的密码".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
                for (byte[] marker : markers) {
                    assertThat(indexOf(bytes, marker)).as(f.toString()).isEqualTo(-1);
                }
            }
        }

        // Control: the same search finds the markers in an unencrypted H2 file, so the check above can fail.
        Path plain = tmp.resolve("plain");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + plain.resolve("db").toString().replace('\\', '/'), "sa", "")) {
            c.createStatement().execute("CREATE TABLE t (s VARCHAR, b BLOB)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                ps.setString(1, view.caseNumber() + " " + secretName);
                ps.setBytes(2, doc);
                ps.execute();
            }
        }
        byte[] unencrypted = Files.readAllBytes(plain.resolve("db.mv.db"));
        for (byte[] marker : markers) {
            assertThat(indexOf(unencrypted, marker)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aWrongPasswordDoesNotOpenTheCacheAndDoesNotDamageIt() throws Exception {
        Path dir = tmp.resolve("u");
        try (LocalCache cache = LocalCache.create(dir, PASSWORD, CHEAP, clock)) {
            cache.write(h -> RequestStore.upsert(h, Fixtures.request(1, 1), 1, clock.instant()));
        }
        assertThatThrownBy(() -> LocalCache.open(dir, "法官的密码-correct#1".toCharArray(), clock))
                .isInstanceOf(CacheException.class)
                .satisfies(e -> assertThat(((CacheException) e).kind()).isEqualTo(CacheException.Kind.WRONG_PASSWORD));
        try (LocalCache cache = LocalCache.open(dir, PASSWORD, clock)) {
            List<CachedRequest> all = read(cache, h -> RequestStore.all(h));
            assertThat(all).hasSize(1);
        }
    }

    @Test
    void twoUsersWithTheSamePasswordGetDifferentKeys() throws Exception {
        CacheKeyFile a = CacheKeyFile.create(tmp.resolve("a"), CHEAP);
        CacheKeyFile b = CacheKeyFile.create(tmp.resolve("b"), CHEAP);
        byte[] keyA = a.derive(PASSWORD);
        assertThat(keyA).hasSize(32);
        assertThat(a.derive(PASSWORD)).isEqualTo(keyA);
        assertThat(CacheKeyFile.read(tmp.resolve("a")).derive(PASSWORD)).isEqualTo(keyA);
        assertThat(b.derive(PASSWORD)).isNotEqualTo(keyA);
        assertThat(a.derive("other".toCharArray())).isNotEqualTo(keyA);
        String keyFile = Files.readString(tmp.resolve("a").resolve(CacheKeyFile.FILE_NAME));
        assertThat(keyFile).contains("argon2id").contains("salt=").doesNotContain("法官的密码");
    }

    @Test
    void theDefaultArgon2CostIsRealButBearableAtLogin() throws Exception {
        CacheKeyFile f = CacheKeyFile.create(tmp.resolve("d"), KdfParams.DEFAULT);
        long start = System.nanoTime();
        f.derive(PASSWORD);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Argon2id " + KdfParams.DEFAULT + " took " + ms + " ms");
        assertThat(KdfParams.DEFAULT.memoryKiB()).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(ms).isLessThan(10_000);
    }

    @Test
    void aCacheCannotBeOpenedTwiceInOneProcess() throws Exception {
        Path dir = tmp.resolve("u");
        try (LocalCache cache = LocalCache.create(dir, PASSWORD, CHEAP, clock)) {
            assertThatThrownBy(() -> LocalCache.open(dir, PASSWORD, clock))
                    .isInstanceOf(CacheException.class)
                    .satisfies(e -> assertThat(((CacheException) e).kind()).isEqualTo(CacheException.Kind.IN_USE));
        }
        LocalCache.open(dir, PASSWORD, clock).close();
    }

    @Test
    void aMissingKeyFileIsReportedAsDamagedNotAsAWrongPassword() throws Exception {
        Path dir = tmp.resolve("u");
        LocalCache.create(dir, PASSWORD, CHEAP, clock).close();
        Files.delete(dir.resolve(CacheKeyFile.FILE_NAME));
        assertThat(LocalCache.exists(dir)).isFalse();
        assertThatThrownBy(() -> LocalCache.open(dir, PASSWORD, clock))
                .isInstanceOf(CacheException.class)
                .satisfies(e -> assertThat(((CacheException) e).kind()).isEqualTo(CacheException.Kind.DAMAGED));
    }

    @Test
    void olderServerStateNeverReplacesNewer() throws Exception {
        try (LocalCache cache = LocalCache.create(tmp.resolve("u"), PASSWORD, CHEAP, clock)) {
            boolean newer = write(cache, h -> RequestStore.upsert(h, Fixtures.withVersion(Fixtures.request(1, 1), 4, "新"), 9, clock.instant()));
            assertThat(newer).isTrue();
            boolean older = write(cache, h -> RequestStore.upsert(h, Fixtures.withVersion(Fixtures.request(1, 1), 3, "旧"), -1, clock.instant()));
            assertThat(older).isFalse();
            CachedRequest r = cache.read(h -> RequestStore.find(h, 1)).orElseThrow();
            assertThat(r.view().reason()).isEqualTo("新");
            assertThat(r.feedSeq()).isEqualTo(9);
        }
    }

    @Test
    void documentsAreStoredByVerifiedHashOnly() throws Exception {
        byte[] doc = Fixtures.pdfBytes("x");
        try (LocalCache cache = LocalCache.create(tmp.resolve("u"), PASSWORD, CHEAP, clock)) {
            String sha = DocumentStore.sha256Hex(doc);
            assertThatThrownBy(() -> cache.write(h -> {
                DocumentStore.put(h, sha, "other".getBytes(), clock.instant());
                return null;
            })).isInstanceOf(IllegalArgumentException.class);
            Optional<byte[]> none = read(cache, h -> DocumentStore.get(h, sha));
            assertThat(none).isEmpty();
            cache.write(h -> {
                DocumentStore.put(h, sha.toUpperCase(), doc, clock.instant());
                return null;
            });
            Optional<byte[]> stored = read(cache, h -> DocumentStore.get(h, sha));
            assertThat(stored).get().isEqualTo(doc);
            assertThatThrownBy(() -> DocumentStore.normalize("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aGrownFileIsMarkedWhileOpenAndCompactedAtTheNextOpenNeverAtClose() throws Exception {
        Path dir = tmp.resolve("u");
        LocalCache cache = LocalCache.create(dir, PASSWORD, CHEAP, clock);
        assertThat(cache.compactIfDue()).as("a small file: not due").isFalse();
        byte[] chunk = new byte[512 * 1024];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 12; i++) {
                new java.util.Random(round * 100 + i).nextBytes(chunk);
                byte[] copy = chunk.clone();
                cache.write(h -> {
                    DocumentStore.put(h, DocumentStore.sha256Hex(copy), copy, Instant.EPOCH);
                    return null;
                });
            }
            cache.write(h -> h.execute("DELETE FROM document"));
        }
        long before = cache.fileSize();
        System.out.println("fill rate before compacting: " + cache.fillRate() + " %, file " + before);
        assertThat(cache.shouldCompact()).isTrue();
        assertThat(LocalCache.compactionMarked(dir)).isFalse();
        assertThat(cache.compactIfDue()).as("idle sync: marked").isTrue();
        assertThat(LocalCache.compactionMarked(dir)).isTrue();
        cache.write(h -> h.execute("INSERT INTO cache_meta (meta_key, meta_value) VALUES ('before', 'close')"));
        long t = System.nanoTime();
        cache.close();
        long closeMs = (System.nanoTime() - t) / 1_000_000;
        assertThat(Files.size(dir.resolve(LocalCache.DB_FILE))).as("closing does not compact (%d ms)", closeMs)
                .isGreaterThan(before * 9 / 10);
        try (LocalCache again = LocalCache.open(dir, PASSWORD, clock)) {
            long after = again.fileSize();
            System.out.println("cache file " + before + " -> " + after + " bytes, compacted at open");
            assertThat(after).isLessThan(before * 6 / 10);
            assertThat(LocalCache.compactionMarked(dir)).isFalse();
            assertThat(again.shouldCompact()).isFalse();
            Optional<String> written = again.read(h -> CacheMeta.get(h, "before"));
            assertThat(written).as("written before closing").contains("close");
            again.write(h -> h.execute("INSERT INTO cache_meta (meta_key, meta_value) VALUES ('after', 'compaction')"));
        }
        try (LocalCache third = LocalCache.open(dir, PASSWORD, clock)) {
            Optional<String> after = third.read(h -> CacheMeta.get(h, "after"));
            assertThat(after).contains("compaction");
            List<org.courtdesk.app.outbox.OutboxEntry> entries = read(third, h -> Outbox.all(h));
            assertThat(entries).isEmpty();
        }
    }

    static <T> T read(LocalCache cache, org.jdbi.v3.core.HandleCallback<T, RuntimeException> cb) {
        return cache.read(cb);
    }

    static <T> T write(LocalCache cache, org.jdbi.v3.core.HandleCallback<T, RuntimeException> cb) {
        return cache.write(cb);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
