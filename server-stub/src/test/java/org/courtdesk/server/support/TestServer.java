package org.courtdesk.server.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.UnaryOperator;

import org.courtdesk.server.CourtDeskServer;
import org.courtdesk.server.ServerConfig;
import org.jdbi.v3.core.Jdbi;

/**
 * A real server on a free port with a throwaway database: H2 in its own directory, or with {@code -Ppostgresql} a
 * fresh PostgreSQL database cloned from the migrated template ({@link TestDatabases}). Restartable on the same
 * directory and database to prove nothing is lost.
 */
public final class TestServer implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-11-23T02:00:00Z"); // 10:00 in Guangzhou

    private final Path dir;
    private final MutableClock clock;
    private final UnaryOperator<ServerConfig> customise;
    /** The PostgreSQL database of this server; null = embedded H2 in {@link #dir}. */
    private final String postgresUrl;
    private final CapturingSmsGateway sms = new CapturingSmsGateway();
    private CourtDeskServer server;

    private TestServer(Path dir, MutableClock clock, UnaryOperator<ServerConfig> customise, String postgresUrl) {
        this.dir = dir;
        this.clock = clock;
        this.customise = customise;
        this.postgresUrl = postgresUrl;
    }

    public static TestServer start() {
        return start(UnaryOperator.identity());
    }

    public static TestServer start(UnaryOperator<ServerConfig> customise) {
        try {
            TestServer t = new TestServer(Files.createTempDirectory("courtdesk-test"), new MutableClock(START), customise,
                    TestDatabases.postgresql() ? TestDatabases.newPostgresDatabase() : null);
            t.restart();
            return t;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A server on an existing data directory (e.g. a database written by an older schema), migrated on start: always
     * its own embedded H2 there, whatever the test run's database.
     */
    public static TestServer startOn(Path dataDir) {
        TestServer t = new TestServer(dataDir, new MutableClock(START), UnaryOperator.identity(), null);
        t.restart();
        return t;
    }

    /**
     * A server on an existing data directory (its file store, its log) and on this test run's database: its own
     * embedded H2 there when {@code postgresUrl} is null, else that PostgreSQL database (e.g. one from
     * {@link TestDatabases#newPostgresDatabase()} under {@code -Ppostgresql}), so a test that hands the directory
     * and database to a {@link ServerProcess} runs on both.
     */
    public static TestServer startOn(Path dataDir, String postgresUrl) {
        TestServer t = new TestServer(dataDir, new MutableClock(START), UnaryOperator.identity(), postgresUrl);
        t.restart();
        return t;
    }

    /**
     * The flags a {@link ServerProcess} needs to run on this test run's database: none on H2 (its data directory
     * holds it), the JDBC URL and user of {@code postgresUrl} on PostgreSQL; then {@code more}.
     */
    public static String[] databaseFlags(String postgresUrl, String... more) {
        java.util.List<String> flags = new java.util.ArrayList<>();
        if (postgresUrl != null) {
            flags.add("--jdbc-url=" + postgresUrl);
            flags.add("--jdbc-user=postgres");
        }
        flags.addAll(java.util.List.of(more));
        return flags.toArray(String[]::new);
    }

    /** The embedded database a server on {@code dataDir} uses (to write it before the server starts). */
    public static String jdbcUrl(Path dataDir) {
        return ServerConfig.forTests(dataDir, new MutableClock(START)).effectiveJdbcUrl();
    }

    /** Stops (if running) and starts again on the same data directory. */
    public void restart() {
        if (server != null) {
            server.close();
        }
        server = CourtDeskServer.start(customise.apply(config()), sms);
    }

    /** This server's configuration before the test's customisation. */
    public ServerConfig config() {
        ServerConfig config = ServerConfig.forTests(dir, clock);
        return postgresUrl == null ? config : config.withJdbc(postgresUrl, "postgres", "");
    }

    /** The JDBC URL this server's database has (H2 in its directory, or its PostgreSQL database). */
    public String jdbcUrl() {
        return config().effectiveJdbcUrl();
    }

    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public CourtDeskServer server() {
        return server;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Every SMS the server sent through its gateway (full text), across restarts. */
    public CapturingSmsGateway sms() {
        return sms;
    }

    public MutableClock clock() {
        return clock;
    }

    public Jdbi jdbi() {
        return server.context().jdbi();
    }

    public Path dataDir() {
        return dir;
    }

    public HttpTestClient client() {
        return new HttpTestClient(baseUrl());
    }

    @Override
    public void close() {
        stop();
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory; the OS cleans it up
        }
    }
}
