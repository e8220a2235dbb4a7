package org.courtdesk.app.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

import org.courtdesk.app.i18n.Text;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One court user's local cache: an H2 database in file mode in that user's folder, encrypted with H2's
 * {@code CIPHER=AES} (XTS-AES over the whole file) under a key derived from the user's password
 * ({@link CacheKeyFile}). Requests, cursor, opened flags and the outbox all live inside it, the documents in files
 * beside it encrypted under a key derived from the same one ({@link DocumentFiles}), so a laptop left in a court car
 * leaks nothing, and opening it proves the password offline.
 * <p>
 * Schema by Flyway from {@code classpath:db/cache}. Writes go through {@link #write}, one at a time, each one
 * transaction, committed durably ({@code WRITE_DELAY=0}: H2's default keeps commits in memory for up to half a
 * second, and a killed process would lose them). Reads may run concurrently. Thread-safe.
 */
public final class LocalCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCache.class);

    public static final String DB_NAME = "cache";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    static final String COMPACT_FILE = "compact.properties";
    private static final String DB_USER = "courtdesk";
    static final long COMPACT_MIN_BYTES = 8L * 1024 * 1024;
    /** Compacting pays when at least half of the file is dead or free space. */
    static final int MAX_FILL_RATE_TO_COMPACT = 50;
    /** Flyway's name for "every migration there is". */
    private static final String LATEST = "latest";
    /**
     * The newest migration in {@code db/cache} (V&lt;n&gt;__*.sql): a cache at this version opens without Flyway. Whoever
     * adds a cache migration raises it ({@code LocalCacheSchemaTest} fails until then).
     */
    static final int SCHEMA_VERSION = 12;

    private final Path dir;
    private final DocumentFiles documents;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;

    /** Caches open in this JVM: H2 would share an open embedded database instead of refusing a second opener. */
    private static final java.util.Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private LocalCache(Path dir, JdbcConnectionPool pool, Clock clock, DocumentFiles documents) {
        this.dir = dir;
        this.documents = documents;
        this.pool = pool;
        this.clock = clock;
        this.jdbi = Jdbi.create(pool);
    }

    /** Whether this folder holds a cache (database and key file). */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(DB_FILE)) && CacheKeyFile.exists(dir);
    }

    /** Opens an existing cache; a wrong password is {@link CacheException.Kind#WRONG_PASSWORD}. */
    public static LocalCache open(Path dir, char[] password, Clock clock) throws CacheException {
        if (!exists(dir)) {
            throw new CacheException(CacheException.Kind.DAMAGED, Text.of("cache.error.missing", dir.toString()), null);
        }
        CacheKeyFile keyFile;
        try {
            keyFile = CacheKeyFile.read(dir);
        } catch (IOException e) {
            throw new CacheException(CacheException.Kind.DAMAGED, Text.of("cache.error.keyFileDamaged"), e);
        }
        return connect(dir, keyFile, () -> keyFile.derive(password), clock, LATEST);
    }

    /**
     * Begins opening the cache in {@code dir} before the password is known to be right: the key is derived
     * (Argon2id, once per login) on a background thread, and H2's and Jdbi's classes are loaded on another, while
     * the login asks the server. {@link #open(Pending, Clock)} then uses that key. Returns null when the folder
     * holds no usable cache ({@link #open(Path, char[], Clock)} reports why). The password is copied; the copy and
     * the derived key stay in memory only and are wiped when used or {@linkplain Pending#discard() discarded}.
     */
    public static Pending prepare(Path dir, char[] password) {
        if (!exists(dir)) {
            return null;
        }
        CacheKeyFile keyFile;
        try {
            keyFile = CacheKeyFile.read(dir);
        } catch (IOException e) {
            return null;
        }
        warmUp();
        char[] copy = password.clone();
        CompletableFuture<byte[]> key = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                key.complete(keyFile.derive(copy));
                LOG.debug("cache key derived in the background in {} ms", ms(System.nanoTime() - start));
            } catch (Throwable e) {
                key.completeExceptionally(e);
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, "cache-key");
        t.setDaemon(true);
        t.start();
        return new Pending(dir, keyFile, key);
    }

    /** Opens the cache {@link #prepare}d (waiting for its key); the key is wiped afterwards. */
    public static LocalCache open(Pending pending, Clock clock) throws CacheException {
        if (!exists(pending.dir)) {
            pending.discard();
            throw new CacheException(CacheException.Kind.DAMAGED, Text.of("cache.error.missing", pending.dir.toString()), null);
        }
        return connect(pending.dir, pending.keyFile, pending::take, clock, LATEST, pending.onCompacting);
    }

    /** A cache open begun by {@link #prepare}: its derived key, once. */
    public static final class Pending {
        private final Path dir;
        private final CacheKeyFile keyFile;
        private final CompletableFuture<byte[]> key;
        private volatile Runnable onCompacting = () -> { };

        /** Called (on the opening thread) before a compaction at open starts: a login screen says so. */
        public void onCompacting(Runnable r) {
            this.onCompacting = r;
        }

        private Pending(Path dir, CacheKeyFile keyFile, CompletableFuture<byte[]> key) {
            this.dir = dir;
            this.keyFile = keyFile;
            this.key = key;
        }

        public Path dir() {
            return dir;
        }

        private byte[] take() {
            try {
                return key.join().clone();
            } finally {
                discard();
            }
        }

        /** Wipes the key (now, or when its derivation ends). */
        public void discard() {
            key.thenAccept(k -> Arrays.fill(k, (byte) 0));
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Loads H2's engine, its file encryption and Jdbi's query path once per JVM on a background thread (an in-memory
     * database, nothing on disk), so the cache open after the key derivation finds them loaded: on a cold start that
     * class loading is a good part of the open.
     */
    static void warmUp() {
        if (!WARMED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                for (String c : new String[] {"org.h2.store.fs.encrypt.FileEncrypt", "org.h2.security.AES",
                        "org.h2.security.SHA256", "org.h2.mvstore.FileStore"}) {
                    try {
                        Class.forName(c, true, LocalCache.class.getClassLoader());
                    } catch (ClassNotFoundException | LinkageError ignored) {
                        // a renamed class: nothing warmed, nothing broken
                    }
                }
                JdbcDataSource mem = new JdbcDataSource();
                mem.setURL("jdbc:h2:mem:");
                Jdbi.create(mem).withHandle(h -> h.createQuery("SELECT CAST(1 AS BIGINT), 'x', CURRENT_DATE")
                        .map((rs, ctx) -> rs.getLong(1) + rs.getString(2).length() + rs.getObject(3, java.time.LocalDate.class).getYear())
                        .list());
                LOG.debug("cache classes warmed in {} ms", ms(System.nanoTime() - start));
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("cache warm-up: {}", e.toString());
            }
        }, "cache-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Where the key of an open comes from (derived now, or by {@link #prepare}). */
    @FunctionalInterface
    private interface KeySource {
        byte[] key() throws CacheException;
    }

    /** Creates a new cache in an empty (or missing) folder, with a fresh salt. */
    public static LocalCache create(Path dir, char[] password, KdfParams params, Clock clock) throws CacheException {
        return create(dir, password, params, clock, LATEST);
    }

    /**
     * A new cache whose schema stops at migration {@code schemaVersion}: a cache as an older workstation wrote it
     * (tests of the cache migrations). {@link #open} migrates it like any other.
     */
    static LocalCache createAtSchema(Path dir, char[] password, KdfParams params, Clock clock, String schemaVersion)
            throws CacheException {
        return create(dir, password, params, clock, schemaVersion);
    }

    private static LocalCache create(Path dir, char[] password, KdfParams params, Clock clock, String schemaVersion)
            throws CacheException {
        if (Files.exists(dir.resolve(DB_FILE))) {
            throw new CacheException(CacheException.Kind.IO, Text.of("cache.error.exists", dir.toString()), null);
        }
        CacheKeyFile keyFile;
        try {
            keyFile = CacheKeyFile.create(dir, params);
        } catch (IOException e) {
            throw new CacheException(CacheException.Kind.IO, Text.of("cache.error.cannotCreate", dir.toString()), e);
        }
        return connect(dir, keyFile, () -> keyFile.derive(password), clock, schemaVersion, true, () -> { });
    }

    /**
     * Moves a cache that cannot be used any more (the password was changed on the server, so the new one does
     * not open it) out of the way, intact: {@code <dir>.old-<time>}. Returns the new place.
     */
    public static Path moveAside(Path dir, Clock clock) throws IOException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        Path target = dir.resolveSibling(dir.getFileName() + ".old-" + stamp);
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static LocalCache connect(Path dir, CacheKeyFile keyFile, KeySource password, Clock clock, String schemaVersion)
            throws CacheException {
        return connect(dir, keyFile, password, clock, schemaVersion, false, () -> { });
    }

    private static LocalCache connect(Path dir, CacheKeyFile keyFile, KeySource password, Clock clock, String schemaVersion,
                                      Runnable onCompacting) throws CacheException {
        return connect(dir, keyFile, password, clock, schemaVersion, false, onCompacting);
    }

    /** {@code fresh}: a new file (no schema yet: Flyway makes it, no check first). */
    private static LocalCache connect(Path dir, CacheKeyFile keyFile, KeySource password, Clock clock, String schemaVersion,
                                      boolean fresh, Runnable onCompacting) throws CacheException {
        Path canonical = dir.toAbsolutePath().normalize();
        if (!OPEN.add(canonical)) {
            throw new CacheException(CacheException.Kind.IN_USE, Text.of("cache.error.inUse"), null);
        }
        try {
            return connectExclusive(dir, keyFile, password, clock, schemaVersion, fresh, onCompacting);
        } catch (CacheException | RuntimeException e) {
            OPEN.remove(canonical);
            throw e;
        }
    }

    private static LocalCache connectExclusive(Path dir, CacheKeyFile keyFile, KeySource password, Clock clock,
                                               String schemaVersion, boolean fresh, Runnable onCompacting)
            throws CacheException {
        long t0 = System.nanoTime();
        byte[] key = password.key();
        long tKey = System.nanoTime();
        String hex = HexFormat.of().formatHex(key);
        // The documents' files beside the database are encrypted under a key derived from the same one (in memory only).
        DocumentFiles documents = DocumentFiles.derive(dir.resolve(DocumentFiles.DIR), key);
        Arrays.fill(key, (byte) 0);
        try {
            return connectExclusive(dir, keyFile, clock, schemaVersion, fresh, onCompacting, t0, tKey, hex, documents);
        } catch (CacheException | RuntimeException e) {
            documents.close();
            throw e;
        }
    }

    private static LocalCache connectExclusive(Path dir, CacheKeyFile keyFile, Clock clock, String schemaVersion,
                                               boolean fresh, Runnable onCompacting, long t0, long tKey, String hex,
                                               DocumentFiles documents) throws CacheException {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(DB_NAME).toString().replace('\\', '/')
                + ";CIPHER=AES;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=TRUE;MAX_COMPACT_TIME=0";
        // H2's password for an encrypted file is "<file password> <user password>".
        String h2Password = hex + " " + hex;
        JdbcDataSource probe = new JdbcDataSource();
        probe.setURL(url);
        probe.setUser(DB_USER);
        probe.setPassword(h2Password);
        // One connection first, so a wrong password is reported as such before the pool exists.
        Connection first;
        try {
            first = probe.getConnection();
            if (compactionMarked(dir)) {
                // The password is proven; the file is compacted before anything of this session reads or writes it.
                try {
                    onCompacting.run();
                } catch (RuntimeException e) {
                    LOG.debug("compaction progress: {}", e.toString());
                }
                compactMarked(dir, first);
                first = probe.getConnection();
            }
        } catch (SQLException e) {
            throw classify(e, dir);
        }
        long tOpen = System.nanoTime();
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, DB_USER, h2Password);
        pool.setMaxConnections(8);
        try {
            if (LATEST.equals(schemaVersion) && !fresh && isCurrent(first)) {
                // One query instead of Flyway's start-up (class loading, classpath scan, validation): seconds on a
                // loaded laptop at every login, for a schema that is already the newest.
                closeQuietly(first);
                long tDone = System.nanoTime();
                logOpened(dir, keyFile, t0, tKey, tOpen, tDone, "current, Flyway skipped");
                return new LocalCache(dir, pool, clock, documents);
            }
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/cache")
                    .table("cache_schema_history")
                    .target(schemaVersion)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            closeQuietly(first);
            throw new CacheException(CacheException.Kind.DAMAGED, Text.of("cache.error.cannotMigrate", e.getMessage()), e);
        }
        closeQuietly(first);
        long tDone = System.nanoTime();
        logOpened(dir, keyFile, t0, tKey, tOpen, tDone, "migrated by Flyway");
        return new LocalCache(dir, pool, clock, documents);
    }

    /**
     * Whether the cache's schema is already at {@link #SCHEMA_VERSION}: the newest successful entry of Flyway's
     * history is that version and no entry failed. Any doubt (no history, a failed or an unknown newer migration,
     * an error) answers false, and Flyway decides as before.
     */
    static boolean isCurrent(Connection c) {
        // The history is read straight away: a look in INFORMATION_SCHEMA first (whether the table exists) loaded and
        // ran H2's metadata tables at every open. A cache without a history (never migrated) fails here: false.
        try (Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"cache_schema_history\""
                     + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            boolean newest = true;
            boolean current = false;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                if (newest) {
                    current = Integer.toString(SCHEMA_VERSION).equals(rs.getString(1));
                    newest = false;
                }
            }
            return current;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static void logOpened(Path dir, CacheKeyFile keyFile, long t0, long tKey, long tOpen, long tDone,
                                  String schema) {
        LOG.info("cache {} opened in {} ms: key (Argon2id m={} KiB t={} p={}; derived or waited for) {} ms, H2 open {} ms,"
                        + " schema {} {} ms; file {} bytes", dir, ms(tDone - t0), keyFile.params().memoryKiB(),
                keyFile.params().iterations(), keyFile.params().parallelism(), ms(tKey - t0), ms(tOpen - tKey),
                schema, ms(tDone - tOpen), size(dir));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static long size(Path dir) {
        try {
            return Files.size(dir.resolve(DB_FILE));
        } catch (IOException e) {
            return -1;
        }
    }

    private static CacheException classify(SQLException e, Path dir) {
        int code = e.getErrorCode();
        if (code == 90049 /* FILE_ENCRYPTION_ERROR_1 */ || code == 28000 /* WRONG_USER_OR_PASSWORD */) {
            return new CacheException(CacheException.Kind.WRONG_PASSWORD, Text.of("cache.error.wrongPassword"), e);
        }
        if (code == 90020 /* DATABASE_ALREADY_OPEN_1 */) {
            return new CacheException(CacheException.Kind.IN_USE, Text.of("cache.error.inUse"), e);
        }
        if (code == 90030 /* FILE_CORRUPTED_1 */) {
            return new CacheException(CacheException.Kind.DAMAGED, Text.of("cache.error.damaged", dir.toString()), e);
        }
        return new CacheException(CacheException.Kind.IO, Text.of("cache.error.cannotOpen", e.getMessage()), e);
    }

    public Path dir() {
        return dir;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * The documents, as encrypted files in {@code documents/} beside the database (cache V11 moved them out of it),
     * under a key derived from this cache's: {@link DocumentStore} keeps their sizes here.
     */
    public DocumentFiles documents() {
        return documents;
    }

    /** A read; may run beside writes and other reads. */
    public <R, X extends Exception> R read(HandleCallback<R, X> callback) throws X {
        checkOpen();
        return jdbi.withHandle(callback);
    }

    /** A write: one transaction, committed (durably) when this returns; one write at a time. */
    public <R, X extends Exception> R write(HandleCallback<R, X> callback) throws X {
        checkOpen();
        writeLock.lock();
        try {
            return jdbi.inTransaction(callback);
        } finally {
            writeLock.unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the cache is closed");
        }
    }

    public long fileSize() {
        try {
            return Files.size(dir.resolve(DB_FILE));
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * How full the file is: H2's own figures ({@code INFORMATION_SCHEMA.SETTINGS}, plain SQL): the percentage of
     * live data in the chunks ({@code info.CHUNKS_FILL_RATE}) and in the whole file ({@code info.FILL_RATE}, which
     * also counts free space between chunks); -1 when they cannot be read.
     */
    int fillRate() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            int rate = 100;
            boolean any = false;
            while (rs.next()) {
                rate = Math.min(rate, Integer.parseInt(rs.getString(2).trim()));
                any = true;
            }
            return any ? rate : -1;
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Whether the file should be compacted: it holds at least {@link #COMPACT_MIN_BYTES} and less than
     * {@link #MAX_FILL_RATE_TO_COMPACT} % of it is live data (H2 reuses free space inside the file, but never gives
     * it back).
     */
    boolean shouldCompact() {
        long size = fileSize();
        if (size < COMPACT_MIN_BYTES) {
            return false;
        }
        int rate = fillRate();
        return rate >= 0 && rate < MAX_FILL_RATE_TO_COMPACT;
    }

    /**
     * Closes the database without compacting it: the judge's way out never waits for a compaction (issue 14; the
     * URL sets H2's MAX_COMPACT_TIME=0, whose default 200 ms budget a big cache overran by seconds), and the file is free
     * for the next start at once. Whether the file is mostly free space is checked first (one query) and noted in
     * {@code compact.properties}: the next open compacts it ({@link #compactMarked}).
     */
    @Override
    public void close() {
        close(false);
    }

    /**
     * Called by the sync when a cycle found nothing to do: checks (one query, no lock held against writes) whether
     * the file has grown to mostly free space and, if so, notes that the next open should compact it. Never
     * compacts while open: H2 compacts a file safely only when closing it ({@code SHUTDOWN COMPACT}), which the
     * judge's way out must not wait for. Returns whether the compaction is (now) due.
     */
    public boolean compactIfDue() {
        if (closed) {
            return false;
        }
        return markIfDue();
    }

    private boolean markIfDue() {
        try {
            Properties p = readCompactState();
            if (Boolean.parseBoolean(p.getProperty("due"))) {
                return true;
            }
            long size = fileSize();
            if (size < COMPACT_MIN_BYTES) {
                return false;
            }
            int rate = fillRate();
            if (rate < 0 || rate >= MAX_FILL_RATE_TO_COMPACT) {
                return false;
            }
            p.setProperty("due", "true");
            p.setProperty("dueBytes", Long.toString(size));
            p.setProperty("dueFillRate", Integer.toString(rate));
            writeCompactState(p);
            LOG.info("cache {}: {} bytes, {} % live: compaction at the next start", dir, size, rate);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("cache compaction check: {}", e.toString());
            return false;
        }
    }

    /** Whether the next open compacts the file. */
    public static boolean compactionMarked(Path dir) {
        return Boolean.parseBoolean(readCompactState(dir).getProperty("due"));
    }

    /**
     * The compaction at open, before the pool exists and before any read or write of this session: when the last
     * session marked it due, the closed file is opened alone and closed with H2's {@code SHUTDOWN COMPACT}. H2
     * moves the live chunks down inside the file, each move committed like any write, then truncates; a process
     * killed meanwhile leaves a file H2 opens as it was before or after a move (tested by
     * {@code CompactionKillTest}). A failure leaves the file as it is (logged) and the open goes on.
     */
    static void compactMarked(Path dir, Connection alone) {
        long before = size(dir);
        long start = System.nanoTime();
        LOG.info("cache {}: compacting {} bytes before the queue opens", dir, before);
        try (Connection c = alone; Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // Not tried again at every start: the next check (idle sync, close) marks it again if still due.
            Properties p = new Properties();
            p.setProperty("bytes", Long.toString(size(dir)));
            p.setProperty("at", Long.toString(System.currentTimeMillis()));
            writeCompactState(dir, p);
            LOG.warn("cache {} not compacted: {}", dir, e.toString());
            return;
        }
        long after = size(dir);
        Properties p = new Properties();
        p.setProperty("bytes", Long.toString(after));
        p.setProperty("at", Long.toString(System.currentTimeMillis()));
        writeCompactState(dir, p);
        LOG.info("cache {} compacted: {} -> {} bytes in {} ms", dir, before, after, ms(System.nanoTime() - start));
    }

    /** Closes, compacting on request (tests, or a "tidy up" command). */
    public void close(boolean compact) {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            if (!compact) {
                markIfDue(); // one query: the next open compacts a file that is mostly free space
            }
            closed = true;
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            } catch (SQLException e) {
                LOG.warn("cache shutdown: {}", e.toString());
            }
            pool.dispose();
            documents.close();
            OPEN.remove(dir.toAbsolutePath().normalize());
            if (compact) {
                Properties p = new Properties();
                p.setProperty("bytes", Long.toString(fileSize()));
                p.setProperty("at", Long.toString(clock.millis()));
                writeCompactState(p);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private Properties readCompactState() {
        return readCompactState(dir);
    }

    private static Properties readCompactState(Path dir) {
        Properties p = new Properties();
        Path f = dir.resolve(COMPACT_FILE);
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                p.clear();
            }
        }
        return p;
    }

    private void writeCompactState(Properties p) {
        writeCompactState(dir, p);
    }

    /** Written to a temporary file and moved over the old one: a crash leaves the old state or the new. */
    private static void writeCompactState(Path dir, Properties p) {
        Path tmp = dir.resolve(COMPACT_FILE + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "cache compaction: last compacted size, and whether the next open compacts");
            }
            Files.move(tmp, dir.resolve(COMPACT_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("could not record the cache's compaction state: {}", e.toString());
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing to do
        }
    }

    /** For code that needs a raw handle for several reads in one snapshot. */
    public Handle openHandle() {
        checkOpen();
        return jdbi.open();
    }
}
