package org.courtdesk.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.support.TestDatabases;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A province on PostgreSQL backs up with pg_dump (README "Backup and restore"): dump a serving database, load it into
 * an empty one with psql, start a server on it with the same file store: nothing lost, no migration runs again.
 */
class PgDumpRoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void pgDumpThenPsqlIntoAnEmptyDatabaseLosesNothing() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "PostgreSQL only (-Ppostgresql)");
        Assumptions.assumeTrue(onPath("pg_dump") && onPath("psql"),
                "pg_dump/psql not installed (apt-get install postgresql-client): round trip not run");
        int port = TestDatabases.server().getPort();
        byte[] file = "上诉状（pg_dump 往返）".getBytes(StandardCharsets.UTF_8);
        Path dump = tmp.resolve("courtdesk.sql");
        String sha;
        Path filesDir;
        try (TestServer server = TestServer.start()) {
            filesDir = server.config().effectiveFilesDir();
            sha = server.jdbi().inTransaction(h -> BlobStore.put(h, file, "text/plain"));
            server.jdbi().useHandle(h -> h.execute("INSERT INTO court (code, name, city, court_level) "
                    + "VALUES ('粤96', '转储测试法院', '广州市', 'BASIC')"));
            String db = server.jdbi().withHandle(h -> h.createQuery("SELECT current_database()").mapTo(String.class).one());
            // While the server serves: pg_dump takes one consistent snapshot.
            run(List.of("pg_dump", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "--no-owner",
                    "-f", dump.toString(), db));
            Path keep = Files.createDirectories(tmp.resolve("files"));
            Backups.copyTree(filesDir, keep);
            filesDir = keep;
        }
        assertThat(Files.readString(dump)).contains("CREATE TABLE public.request").contains("flyway_schema_history");

        String emptyUrl = TestDatabases.newEmptyPostgresDatabase();
        String emptyDb = emptyUrl.substring(emptyUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        run(List.of("psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-v", "ON_ERROR_STOP=1",
                "-q", "-f", dump.toString(), emptyDb));

        Path files = filesDir;
        try (TestServer restored = TestServer.start(c -> c.withJdbc(emptyUrl, "postgres", "").withFilesDir(files))) {
            String name = restored.jdbi().withHandle(h -> h.createQuery("SELECT name FROM court WHERE code = '粤96'")
                    .mapTo(String.class).one());
            assertThat(name).isEqualTo("转储测试法院");
            assertThat(restored.jdbi().withHandle(h -> BlobStore.get(h, sha)).orElseThrow().content()).isEqualTo(file);
            int installed = restored.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE installed_on > now() - interval '1 second' "
                            + "AND version IS NOT NULL").mapTo(Integer.class).one());
            assertThat(installed).as("no migration ran again on the restored schema").isZero();
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + out).isZero();
    }
}
