package org.courtdesk.server.db;

import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The server's database: a pooled connection, the schema migrated by Flyway on start, and Jdbi on top.
 *
 * <p>Every transaction that writes a request (and so takes the change feed's counter) goes through {@link #write}:
 * such writers queue in this process on a fair lock instead of in the database, where a wait longer than the lock
 * timeout fails the request (it came back as a 500 under concurrent submissions and decisions). Inside the lock
 * the database sees one feed writer at a time from this process; several server processes on one database (a
 * PostgreSQL deployment) still serialise on the feed counter's row lock, whose waits PostgreSQL does not time out.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    /** The advisory lock key of PostgreSQL feed writers (any constant; "CDFEED" in ASCII). */
    public static final long FEED_WRITER_LOCK = 0x434446454544L;

    private final ReentrantLock writer = new ReentrantLock(true);
    private final Vendor vendor;
    /** Embedded H2: after each write transaction the file is forced to the disk (see {@link #write}). */
    private final boolean h2;

    private Database(HikariDataSource dataSource, Vendor vendor) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.h2 = vendor == Vendor.H2;
        this.jdbi = Jdbi.create(dataSource);
        // Optional filters bind their parameters whether or not the SQL uses them.
        this.jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
    }

    public static Database open(String jdbcUrl, String user, String password) {
        Vendor vendor = Vendor.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("courtdesk");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            migrate(ds, vendor);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, vendor);
    }

    /** Migrates to the newest schema this server knows; refuses a schema newer than that. */
    static void migrate(DataSource ds, Vendor vendor) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations(vendor.migrationLocations()).load();
        MigrationInfo[] future = Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            MigrationInfo newest = future[future.length - 1];
            throw new IllegalStateException("the database schema (version " + newest.getVersion() + ", \""
                    + newest.getDescription() + "\") is newer than this server knows (up to version "
                    + knownVersion(flyway) + "): start the newer server, or restore a backup taken before the upgrade");
        }
        flyway.migrate();
    }

    private static String knownVersion(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED
                        && m.getVersion() != null)
                .reduce((a, b) -> b).map(m -> m.getVersion().toString()).orElse("none");
    }

    public Vendor vendor() {
        return vendor;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs {@code work} in one transaction, as the only feed writer of this process: the transaction commits (or
     * rolls back) before the next writer starts. Keep slow work that needs no lock (reading uploads) outside.
     */
    public <R, X extends Exception> R write(HandleCallback<R, X> work) throws X {
        writer.lock();
        try {
            R result = jdbi.inTransaction(h -> {
                if (vendor == Vendor.POSTGRESQL) {
                    // Other instances' writers queue here too, until this transaction ends.
                    h.createQuery("SELECT pg_advisory_xact_lock(:k)").bind("k", FEED_WRITER_LOCK)
                            .mapToMap().one();
                }
                return work.withHandle(h);
            });
            if (h2) {
                // With WRITE_DELAY=0 the commit is in the file (it survives a killed process); CHECKPOINT SYNC also
                // forces it from the operating system's cache to the disk, so it survives a power cut. PostgreSQL
                // does this itself at commit (synchronous_commit).
                jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
            }
            return result;
        } finally {
            writer.unlock();
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether a trivial query works (for /health). */
    public boolean healthy() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
