package org.courtdesk.app.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.model.api.ReadingRequestView;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cipher and storage choice, measured (issue 14 item 4): the same N 阅卷 rows (written as the sync writes them,
 * pages of 200) in an H2 file with {@code CIPHER=AES} (the cache as it is, made by {@link LocalCache}) and in the same
 * H2 file without a cipher; for each, open + the queue's first read ({@link RequestStore#queueColumns}), alternately,
 * in this JVM after one warm-up round. Also: the key derivation alone, {@code LocalCache.open} + first read, the file
 * sizes, and {@code SHUTDOWN COMPACT} of the AES file (size before/after, time). Prints the figures; asserts only that
 * everything ran. {@code -Dbench.requests=N} (default 100,000).
 */
class CacheCipherBench {

    static final int N = Integer.getInteger("bench.requests", 100_000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final char[] PASSWORD = "Cipher#Bench1".toCharArray();

    @TempDir
    Path tmp;

    @Test
    void aesAgainstPlainH2OpenAndFirstQueueRead() throws Exception {
        Path aesDir = tmp.resolve("aes");
        Path plainFile = tmp.resolve("plain").resolve("cache");
        Files.createDirectories(plainFile.getParent());
        String plainUrl = "jdbc:h2:file:" + plainFile + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;DB_CLOSE_DELAY=-1";

        long t = System.nanoTime();
        try (LocalCache cache = LocalCache.create(aesDir, PASSWORD, KdfParams.DEFAULT, Clock.systemUTC())) {
            fill(cache.jdbi());
        }
        double fillAesS = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        Flyway.configure().dataSource(plainUrl, "courtdesk", "").locations("classpath:db/cache")
                .table("cache_schema_history").load().migrate();
        fill(Jdbi.create(plainUrl, "courtdesk", ""));
        shutdown(plainUrl, "", "SHUTDOWN");
        double fillPlainS = (System.nanoTime() - t) / 1e9;

        long kdfT = System.nanoTime();
        byte[] key = CacheKeyFile.read(aesDir).derive(PASSWORD);
        double kdfMs = (System.nanoTime() - kdfT) / 1e6;
        String hex = HexFormat.of().formatHex(key);
        Arrays.fill(key, (byte) 0);
        String aesUrl = "jdbc:h2:file:" + aesDir.resolve(LocalCache.DB_NAME) + ";CIPHER=AES;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
        String aesPassword = hex + " " + hex;

        List<Double> plain = new ArrayList<>();
        List<Double> aes = new ArrayList<>();
        List<Double> app = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) { // round 0 warms up
            double p = openAndRead(plainUrl, "");
            double a = openAndRead(aesUrl, aesPassword);
            long ta = System.nanoTime();
            try (LocalCache cache = LocalCache.open(aesDir, PASSWORD, Clock.systemUTC())) {
                List<RequestStore.QueueColumns> rows = cache.read(RequestStore::queueColumns);
                assertThat(rows).hasSize(N);
            }
            double l = (System.nanoTime() - ta) / 1e6;
            if (round > 0) {
                plain.add(p);
                aes.add(a);
                app.add(l);
            }
        }
        long aesBytes = Files.size(aesDir.resolve(LocalCache.DB_FILE));
        long plainBytes = Files.size(plainFile.resolveSibling("cache.mv.db"));
        long tc = System.nanoTime();
        shutdown(aesUrl, aesPassword, "SHUTDOWN COMPACT");
        double compactMs = (System.nanoTime() - tc) / 1e6;
        long compactedBytes = Files.size(aesDir.resolve(LocalCache.DB_FILE));

        System.out.printf(Locale.ROOT, "%nCacheCipherBench: %,d 阅卷 rows (filled in %.1f s AES, %.1f s plain); load %s%n",
                N, fillAesS, fillPlainS, Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf(Locale.ROOT, "  open + first queue read, plain H2        median %8.0f ms  %s%n", median(plain), plain);
        System.out.printf(Locale.ROOT, "  open + first queue read, H2 CIPHER=AES   median %8.0f ms  %s  (%.2fx plain)%n",
                median(aes), aes, median(aes) / median(plain));
        System.out.printf(Locale.ROOT, "  LocalCache.open (Argon2id) + queue read  median %8.0f ms  %s%n", median(app), app);
        System.out.printf(Locale.ROOT, "  Argon2id m=%d KiB t=%d p=%d alone               %8.0f ms%n",
                KdfParams.DEFAULT.memoryKiB(), KdfParams.DEFAULT.iterations(), KdfParams.DEFAULT.parallelism(), kdfMs);
        System.out.printf(Locale.ROOT, "  file: AES %.1f MB, plain %.1f MB; AES after SHUTDOWN COMPACT %.1f MB (%.0f ms)%n",
                aesBytes / 1048576.0, plainBytes / 1048576.0, compactedBytes / 1048576.0, compactMs);
    }

    private static void fill(Jdbi jdbi) {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        for (int from = 1; from <= N; from += 200) {
            List<ReadingRequestView> page = new ArrayList<>();
            long[] seqs = new long[Math.min(200, N - from + 1)];
            for (int i = 0; i < seqs.length; i++) {
                page.add(Fixtures.request(from + i, 1));
                seqs[i] = from + i;
            }
            jdbi.useTransaction(h -> RequestStore.upsertAll(h, page, seqs, now));
        }
    }

    private static double openAndRead(String url, String password) throws Exception {
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "courtdesk", password);
             org.jdbi.v3.core.Handle h = Jdbi.open(c)) {
            int rows = RequestStore.queueColumns(h).size();
            double ms = (System.nanoTime() - t) / 1e6;
            assertThat(rows).isEqualTo(N);
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return ms;
        }
    }

    private static void shutdown(String url, String password, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "courtdesk", password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
