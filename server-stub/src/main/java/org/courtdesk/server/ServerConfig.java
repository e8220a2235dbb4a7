package org.courtdesk.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.courtdesk.server.ops.BackupPlan;

/**
 * Everything the server can be told. Defaults: port 7070, data under ./courtdesk-data, embedded H2 file
 * there. Each setting comes from a command-line flag (--port=7070), else an environment variable
 * (COURTDESK_PORT), else the default.
 *
 * @param jdbcUrl       any JDBC URL (e.g. PostgreSQL); null = embedded H2 in {@code dataDir}
 * @param demo          seed the Guangzhou demo court on first start (empty database only)
 * @param zone          the court's time zone: dates (申请日期, 有效截止日期) are local to it
 * @param clockOffset   how far {@code clock} is shifted from real time (demos and tests); logged at start
 * @param trustedProxies addresses of reverse proxies whose X-Forwarded-For names the client
 * @param filesDir      the file store (uploads, case files); null = {@code <dataDir>/files}. Several instances on one
 *                      PostgreSQL share one directory (a network share)
 * @param backupPlan    the nightly backup ({@link BackupPlan#none()} = none)
 * @param restoreFrom   restore this backup into an empty data directory before starting; null = no restore
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        boolean demo,
        Duration tokenTtl,
        long maxMaterialBytes,
        String identityProviderKey,
        Clock clock,
        ZoneId zone,
        Duration clockOffset,
        List<String> trustedProxies,
        Path filesDir,
        BackupPlan backupPlan,
        Path restoreFrom) {

    public ServerConfig {
        trustedProxies = List.copyOf(trustedProxies);
        if (backupPlan == null) {
            backupPlan = BackupPlan.none();
        }
    }

    /** The same settings before the file store and backups existed (older callers). */
    public ServerConfig(String host, int port, Path dataDir, String jdbcUrl, String jdbcUser, String jdbcPassword,
                        boolean demo, Duration tokenTtl, long maxMaterialBytes, String identityProviderKey, Clock clock,
                        ZoneId zone, Duration clockOffset, List<String> trustedProxies) {
        this(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, demo, tokenTtl, maxMaterialBytes,
                identityProviderKey, clock, zone, clockOffset, trustedProxies, null, BackupPlan.none(), null);
    }

    /** Where stored files live: the configured directory, else {@code files} under the data directory. */
    public Path effectiveFilesDir() {
        return filesDir != null ? filesDir : dataDir.resolve("files");
    }

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final long DEFAULT_MAX_MATERIAL_BYTES = 10L * 1024 * 1024;

    /** Most materials one submission may carry: the multipart body's limit, eight materials' worth. */
    public long maxUploadBytes() {
        return maxMaterialBytes * 8;
    }

    /**
     * The effective JDBC URL: the configured one, or H2 in file mode under the data directory. WRITE_DELAY=0: H2
     * otherwise keeps a commit in memory until its background writer stores it (up to half a second later), so a
     * write the server had answered was lost when the process was killed in between.
     */
    public String effectiveJdbcUrl() {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return jdbcUrl;
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("courtdesk").toString().replace('\\', '/')
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** A config for tests: free port, throwaway directory, no demo data, the given clock. */
    public static ServerConfig forTests(Path dataDir, Clock clock) {
        return new ServerConfig("127.0.0.1", 0, dataDir, null, "sa", "", false, Duration.ofHours(12),
                DEFAULT_MAX_MATERIAL_BYTES, "test-identity-key", clock, CHINA, Duration.ZERO, List.of());
    }

    public ServerConfig withDemo(boolean demo) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, demo, tokenTtl,
                maxMaterialBytes, identityProviderKey, clock, zone, clockOffset, trustedProxies, filesDir, backupPlan, restoreFrom);
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, demo, tokenTtl,
                maxMaterialBytes, identityProviderKey, clock, zone, clockOffset, trustedProxies, filesDir, backupPlan, restoreFrom);
    }

    public ServerConfig withTokenTtl(Duration tokenTtl) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, demo, tokenTtl,
                maxMaterialBytes, identityProviderKey, clock, zone, clockOffset, trustedProxies, filesDir, backupPlan, restoreFrom);
    }

    public ServerConfig withMaxMaterialBytes(long maxMaterialBytes) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, demo, tokenTtl,
                maxMaterialBytes, identityProviderKey, clock, zone, clockOffset, trustedProxies, filesDir, backupPlan, restoreFrom);
    }

    public ServerConfig withTrustedProxies(List<String> trustedProxies) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, demo, tokenTtl,
                maxMaterialBytes, identityProviderKey, clock, zone, clockOffset, trustedProxies, filesDir, backupPlan, restoreFrom);
    }

    /** The same server on another database (tests: PostgreSQL). */
    public ServerConfig withJdbc(String jdbcUrl, String jdbcUser, String jdbcPassword) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, demo, tokenTtl,
                maxMaterialBytes, identityProviderKey, clock, zone, clockOffset, trustedProxies, filesDir, backupPlan, restoreFrom);
    }

    public ServerConfig withFilesDir(Path filesDir) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, demo, tokenTtl,
                maxMaterialBytes, identityProviderKey, clock, zone, clockOffset, trustedProxies, filesDir, backupPlan, restoreFrom);
    }

    public ServerConfig withBackupPlan(BackupPlan backupPlan) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, demo, tokenTtl,
                maxMaterialBytes, identityProviderKey, clock, zone, clockOffset, trustedProxies, filesDir, backupPlan, restoreFrom);
    }

    /** Reads flags over environment variables over defaults; see {@link ServerFlags}. */
    public static ServerConfig fromArgs(String[] args, Map<String, String> env) {
        return ServerFlags.parse(args, env);
    }
}
