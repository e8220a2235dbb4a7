package org.courtdesk.app.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.courtdesk.app.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema check at open: a current cache opens without Flyway, an older one is migrated as before. */
class LocalCacheSchemaTest {

    static final KdfParams CHEAP = new KdfParams(1024, 1, 1);
    static final char[] PASSWORD = "Schema#1".toCharArray();

    @TempDir
    Path tmp;
    final MutableClock clock = MutableClock.courtMorning();

    @Test
    void theSchemaVersionIsTheNewestCacheMigration() throws Exception {
        URL folder = LocalCache.class.getClassLoader().getResource("db/cache");
        assertThat(folder).isNotNull();
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest = 0;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(LocalCache.SCHEMA_VERSION)
                .as("LocalCache.SCHEMA_VERSION must name the newest db/cache migration, or a cache at the newest"
                        + " schema is never recognised as current (and an older one would skip migrations)")
                .isEqualTo(newest);
    }

    @Test
    void aCurrentCacheIsRecognisedAndAnOlderOneIsNot() throws Exception {
        Path current = tmp.resolve("current");
        LocalCache.create(current, PASSWORD, CHEAP, clock).close();
        try (Connection c = CacheFloor.open(current, PASSWORD)) {
            assertThat(LocalCache.isCurrent(c)).isTrue();
            c.createStatement().execute("SHUTDOWN");
        }
        Path older = tmp.resolve("older");
        LocalCache.createAtSchema(older, PASSWORD, CHEAP, clock, Integer.toString(LocalCache.SCHEMA_VERSION - 1)).close();
        try (Connection c = CacheFloor.open(older, PASSWORD)) {
            assertThat(LocalCache.isCurrent(c)).as("one migration behind").isFalse();
            c.createStatement().execute("SHUTDOWN");
        }
        // Opening migrates it (Flyway), after which it is current.
        try (LocalCache opened = LocalCache.open(older, PASSWORD, clock)) {
            Integer applied = opened.read(h -> h.createQuery("SELECT COUNT(*) FROM \"cache_schema_history\" WHERE \"version\" = :v")
                    .bind("v", Integer.toString(LocalCache.SCHEMA_VERSION)).mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(1);
        }
        try (Connection c = CacheFloor.open(older, PASSWORD)) {
            assertThat(LocalCache.isCurrent(c)).isTrue();
            c.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsNotCurrent() throws Exception {
        Path dir = tmp.resolve("failed");
        LocalCache.create(dir, PASSWORD, CHEAP, clock).close();
        try (Connection c = CacheFloor.open(dir, PASSWORD)) {
            c.createStatement().execute("UPDATE \"cache_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + LocalCache.SCHEMA_VERSION + "'");
            assertThat(LocalCache.isCurrent(c)).isFalse();
            c.createStatement().execute("DROP TABLE \"cache_schema_history\"");
            assertThat(LocalCache.isCurrent(c)).as("no history at all").isFalse();
            c.createStatement().execute("SHUTDOWN");
        }
    }
}
