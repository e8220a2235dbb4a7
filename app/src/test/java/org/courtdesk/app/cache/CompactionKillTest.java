package org.courtdesk.app.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.courtdesk.app.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compaction at open survives SIGKILL: a cache that grew to mostly free space is marked at close; a child JVM
 * opens it (so compacts it) and is killed with SIGKILL at several moments of the compaction. Each time the cache
 * opens again with every row it had, is compacted then, and takes writes; and a child left alone shrinks the file.
 */
class CompactionKillTest {

    static final KdfParams CHEAP = new KdfParams(1024, 1, 1);
    static final String PASSWORD = "压缩-Compact#1";

    @TempDir
    Path tmp;
    final MutableClock clock = MutableClock.courtMorning();

    @Test
    void aCacheKilledWhileCompactingOpensWithEveryRowAndIsCompactedNextTime() throws Exception {
        Path template = tmp.resolve("template");
        Map<String, byte[]> kept = new LinkedHashMap<>();
        LocalCache cache = LocalCache.create(template, PASSWORD.toCharArray(), CHEAP, clock);
        Random random = new Random(7);
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            byte[] doc = new byte[256 * 1024];
            random.nextBytes(doc);
            String sha = DocumentStore.sha256Hex(doc);
            cache.write(h -> {
                DocumentStore.put(h, sha, doc, Instant.EPOCH);
                CacheMeta.put(h, "kept-" + sha.substring(0, 8), sha);
                return null;
            });
            if (i % 4 == 0) {
                kept.put(sha, doc);
            } else {
                dropped.add(sha);
            }
        }
        for (String sha : dropped) {
            cache.write(h -> h.createUpdate("DELETE FROM document WHERE sha256 = :s").bind("s", sha).execute());
        }
        long grown = cache.fileSize();
        assertThat(cache.shouldCompact()).as("file %d bytes, %d %% live", grown, cache.fillRate()).isTrue();
        cache.close();
        assertThat(LocalCache.compactionMarked(template)).as("marked at close").isTrue();
        System.out.println("CompactionKillTest: grown cache " + grown + " bytes");

        // Left alone, the child compacts the file and exits.
        Path dir = copy(template, tmp.resolve("alone"));
        Process child = start(dir);
        StringBuilder output = new StringBuilder();
        long compactingAt = 0;
        long openedAt = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.contains("compacting")) {
                    compactingAt = System.nanoTime();
                } else if (line.contains(" compacted: ")) {
                    openedAt = System.nanoTime();
                }
            }
        }
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(compactingAt).isPositive();
        assertThat(openedAt).isPositive();
        long compactionMs = Math.max(1, (openedAt - compactingAt) / 1_000_000);
        assertThat(output).contains("OPENED");
        long compacted = Files.size(dir.resolve(LocalCache.DB_FILE));
        System.out.println("CompactionKillTest: compacted at open " + grown + " -> " + compacted + " bytes in about "
                + compactionMs + " ms");
        assertThat(compacted).isLessThan(grown / 2);
        assertThat(LocalCache.compactionMarked(dir)).isFalse();
        try (LocalCache again = LocalCache.open(dir, PASSWORD.toCharArray(), clock)) {
            assertEverythingKept(again, kept, dropped.size() + kept.size());
        }

        // Killed with SIGKILL at several moments of a compaction as long as that one: before, early, midway, late.
        long[] killAfterMs = {0, compactionMs / 5, compactionMs / 2, compactionMs * 4 / 5, compactionMs * 19 / 20};
        for (int k = 0; k < killAfterMs.length; k++) {
            long delay = killAfterMs[k];
            dir = copy(template, tmp.resolve("killed-" + k));
            Process killed = start(dir);
            boolean compacting = false;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.contains("compacting")) {
                        compacting = true;
                        Thread.sleep(delay);
                        killed.destroyForcibly(); // SIGKILL
                        break;
                    }
                }
            } finally {
                killed.destroyForcibly();
                assertThat(killed.waitFor(1, TimeUnit.MINUTES)).isTrue();
            }
            assertThat(compacting).as("the child reached the compaction").isTrue();
            try (Stream<Path> files = Files.list(dir)) {
                System.out.println("CompactionKillTest: killed " + delay + " ms into the compaction: " + files
                        .map(f -> f.getFileName() + " " + f.toFile().length()).sorted().toList());
            }
            try (LocalCache again = LocalCache.open(dir, PASSWORD.toCharArray(), clock)) {
                assertEverythingKept(again, kept, dropped.size() + kept.size());
                again.write(h -> {
                    CacheMeta.put(h, "after", "kill");
                    return null;
                });
            }
            assertThat(LocalCache.compactionMarked(dir)).as("compacted at this open").isFalse();
            assertThat(Files.size(dir.resolve(LocalCache.DB_FILE))).isLessThan(grown / 2);
            try (LocalCache third = LocalCache.open(dir, PASSWORD.toCharArray(), clock)) {
                Optional<String> after = third.read(h -> CacheMeta.get(h, "after"));
                assertThat(after).contains("kill");
                assertEverythingKept(third, kept, dropped.size() + kept.size());
            }
        }

    }

    private static void assertEverythingKept(LocalCache cache, Map<String, byte[]> kept, int metaRows) {
        for (Map.Entry<String, byte[]> e : kept.entrySet()) {
            Optional<byte[]> stored = cache.read(h -> DocumentStore.get(h, e.getKey()));
            assertThat(stored).as("document %s", e.getKey()).isPresent();
            assertThat(stored.get()).isEqualTo(e.getValue());
        }
        int documents = cache.read(h -> h.createQuery("SELECT COUNT(*) FROM document").mapTo(Integer.class).one());
        assertThat(documents).isEqualTo(kept.size());
        int meta = cache.read(h -> h.createQuery("SELECT COUNT(*) FROM cache_meta WHERE meta_key LIKE 'kept-%'")
                .mapTo(Integer.class).one());
        assertThat(meta).isEqualTo(metaRows);
    }

    private static Process start(Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }

    /** The child JVM: opens the cache (compacting it first, as marked) and closes it. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            try (LocalCache cache = LocalCache.open(Path.of(args[0]), PASSWORD.toCharArray(), Clock.systemUTC())) {
                System.out.println("OPENED " + cache.fileSize());
            }
            System.exit(0);
        }
    }
}
