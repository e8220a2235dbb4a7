package org.courtdesk.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The single-court install (H2): an online backup while serving, and a restore that loses nothing. */
class BackupRestoreTest {

    static final ZoneId CHINA = ServerConfig.CHINA;

    @TempDir
    Path tmp;

    static long count(org.jdbi.v3.core.Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    static String text(org.jdbi.v3.core.Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void backupWhileServingThenRestoreIntoAnEmptyDataDirectoryLosesNothing() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path backups = tmp.resolve("backups");
        byte[] file = "证据材料：借条原件扫描件".getBytes(StandardCharsets.UTF_8);
        String sha;
        long accounts;
        Path backup;
        try (TestServer server = TestServer.startOn(data)) {
            sha = server.jdbi().inTransaction(h -> BlobStore.put(h, file, "text/plain"));
            server.jdbi().useHandle(h -> h.execute("INSERT INTO court (code, name, city, court_level) "
                    + "VALUES ('粤99', '备份测试法院', '广州市', 'BASIC')"));
            accounts = server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM court").mapTo(Long.class).one());
            backup = Backups.backup(server.jdbi(), server.jdbcUrl(), server.config().effectiveFilesDir(), backups,
                    Instant.parse("2026-11-23T18:00:00Z"), CHINA);
            // Written after the backup: not in it.
            server.jdbi().useHandle(h -> h.execute("INSERT INTO court (code, name, city, court_level) "
                    + "VALUES ('粤98', '备份之后', '广州市', 'BASIC')"));
            server.stop();
        }
        assertThat(backup.getFileName().toString()).isEqualTo("courtdesk-20261124-020000");
        assertThat(backup.resolve(Backups.DATABASE_ZIP)).isRegularFile();

        Path restored = Files.createDirectories(tmp.resolve("restored"));
        ServerConfig target = ServerConfig.forTests(restored, java.time.Clock.systemUTC());
        Backups.restore(backup, target);
        try (TestServer server = TestServer.startOn(restored)) {
            assertThat(count(server.jdbi(), "SELECT COUNT(*) FROM court"))
                    .isEqualTo(accounts);
            assertThat(text(server.jdbi(), "SELECT name FROM court WHERE code = '粤99'")).isEqualTo("备份测试法院");
            assertThat(server.jdbi().withHandle(h -> BlobStore.get(h, sha)).orElseThrow().content()).isEqualTo(file);
            assertThat(count(server.jdbi(), "SELECT COUNT(*) FROM court WHERE code = '粤98'")).as("what came after the backup").isZero();

            // The database is there now: a second restore refuses to overwrite it.
            assertThatThrownBy(() -> Backups.restore(backup, target))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("refusing to restore over");
        }
    }

    @Test
    void pruneKeepsTheNewestN() throws Exception {
        Path backups = Files.createDirectories(tmp.resolve("backups"));
        for (String name : List.of("courtdesk-20261120-020000", "courtdesk-20261121-020000", "courtdesk-20261122-020000",
                "courtdesk-20261123-020000", "courtdesk-20261124-020000.partial")) {
            Files.createDirectories(backups.resolve(name).resolve("files"));
        }
        Files.createDirectories(backups.resolve("not-a-backup"));
        List<Path> deleted = Backups.prune(backups, 2);
        assertThat(deleted).extracting(p -> p.getFileName().toString())
                .containsExactly("courtdesk-20261120-020000", "courtdesk-20261121-020000");
        assertThat(Backups.list(backups)).extracting(p -> p.getFileName().toString())
                .containsExactly("courtdesk-20261122-020000", "courtdesk-20261123-020000");
        assertThat(backups.resolve("not-a-backup")).isDirectory();
    }

    @Test
    void theNightlyBackupRunsAtTheNextPlannedHourOfTheCourtsDay() {
        // 2026-11-23 10:00 in Guangzhou: the next 02:00 is tomorrow's, 16 hours on.
        assertThat(NightlyBackup.untilNext(Instant.parse("2026-11-23T02:00:00Z"), CHINA, 2)).isEqualTo(Duration.ofHours(16));
        assertThat(NightlyBackup.untilNext(Instant.parse("2026-11-23T02:00:00Z"), CHINA, 11)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aServerStartedWithRestoreComesUpOnTheBackup() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("a"));
        Path backup;
        try (TestServer server = TestServer.startOn(data)) {
            server.jdbi().useHandle(h -> h.execute("INSERT INTO court (code, name, city, court_level) "
                    + "VALUES ('粤97', '还原测试法院', '广州市', 'BASIC')"));
            backup = Backups.backup(server.jdbi(), server.jdbcUrl(), server.config().effectiveFilesDir(),
                    tmp.resolve("b"), Instant.now(), CHINA);
            server.stop();
        }
        Path fresh = Files.createDirectories(tmp.resolve("fresh"));
        ServerConfig config = ServerConfig.forTests(fresh, java.time.Clock.systemUTC());
        config = new ServerConfig(config.host(), config.port(), config.dataDir(), null, config.jdbcUser(),
                config.jdbcPassword(), false, config.tokenTtl(), config.maxMaterialBytes(), config.identityProviderKey(),
                config.clock(), config.zone(), config.clockOffset(), config.trustedProxies(), null, BackupPlan.none(),
                backup);
        try (var server = org.courtdesk.server.CourtDeskServer.start(config)) {
            assertThat(text(server.context().jdbi(), "SELECT name FROM court WHERE code = '粤97'")).isEqualTo("还原测试法院");
        }
        ServerConfig again = config;
        assertThatThrownBy(() -> org.courtdesk.server.CourtDeskServer.start(again))
                .hasMessageContaining("refusing to restore over an existing database");
    }
}
