package org.courtdesk.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The server's command line: every flag it knows, its environment variable, default and check. A flag it does
 * not know, or a value it cannot use, is refused with one line naming the flag — a misspelt {@code --prot=9999}
 * must not start a server on the default port, and {@code --token-hours=-1} must not start one whose every token is
 * born expired. Flags beat COURTDESK_* environment variables, which beat defaults.
 */
public final class ServerFlags {

    /** A flag or value the server cannot use; the message is the one line the operator sees. */
    public static final class InvalidFlagException extends IllegalArgumentException {
        public InvalidFlagException(String message) {
            super(message);
        }
    }

    private record Flag(String name, String defaultValue, String help) {
        String env() {
            return "COURTDESK_" + name.toUpperCase().replace('-', '_');
        }
    }

    private static final List<Flag> FLAGS = List.of(
            new Flag("host", "127.0.0.1", "address to listen on"),
            new Flag("port", "7070", "TCP port, 1-65535 (0 = any free port)"),
            new Flag("data-dir", "courtdesk-data", "directory for the embedded database and uploads"),
            new Flag("jdbc-url", null, "any JDBC URL instead of the embedded H2 (e.g. jdbc:postgresql://...)"),
            new Flag("jdbc-user", "sa", "database user"),
            new Flag("jdbc-password", "", "database password"),
            new Flag("demo", "false", "seed the Guangzhou demo court into an empty database (true/false)"),
            new Flag("token-hours", "12", "hours a sign-in token lives, 1-168"),
            new Flag("max-material-mb", "10", "largest uploaded material in MB, 1-50"),
            new Flag("identity-provider-key", null,
                    "shared secret of the identity provider's callbacks (at least 16 characters)"),
            new Flag("zone", ServerConfig.CHINA.getId(), "the court's time zone (IANA id, e.g. Asia/Shanghai)"),
            new Flag("clock-offset", "PT0S",
                    "shift the server clock by an ISO-8601 duration (e.g. P3D, -PT2H); for demos and tests only"),
            new Flag("trusted-proxy", "",
                    "comma-separated addresses of reverse proxies whose X-Forwarded-For is believed"),
            new Flag("files-dir", null, "the file store (uploads, case files); default <data-dir>/files, "
                    + "one shared directory for several instances"),
            new Flag("backup-dir", null, "nightly backup of the embedded H2 and the file store here (off if unset)"),
            new Flag("backup-hour", String.valueOf(org.courtdesk.server.ops.BackupPlan.DEFAULT_HOUR),
                    "hour of the court's day at which the nightly backup runs, 0-23"),
            new Flag("backup-keep", String.valueOf(org.courtdesk.server.ops.BackupPlan.DEFAULT_KEEP),
                    "how many nightly backups to keep, 1-365"),
            new Flag("restore", null, "restore this backup (a directory written by the backup) into an empty "
                    + "data directory, then start"),
            new Flag("help", "false", "print this list and exit"));

    private ServerFlags() {}

    /** True when the command line asks for the flag list. */
    public static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** The flag list, one flag per line, for --help. */
    public static String usage() {
        StringBuilder out = new StringBuilder("usage: courtdesk-server [--flag=value ...]\n");
        for (Flag f : FLAGS) {
            if (f.name().equals("help")) {
                continue;
            }
            out.append(String.format("  --%-24s %s (env %s%s)%n", f.name(), f.help(), f.env(),
                    f.defaultValue() == null || f.defaultValue().isEmpty() ? "" : ", default " + f.defaultValue()));
        }
        return out.toString();
    }

    /** Reads {@code --name=value} / {@code --name} flags over COURTDESK_* environment variables over defaults. */
    public static ServerConfig parse(String[] args, Map<String, String> env) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new InvalidFlagException("unknown argument '" + arg + "' (flags look like --port=7070; see --help)");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (FLAGS.stream().noneMatch(f -> f.name().equals(name))) {
                throw new InvalidFlagException("unknown flag --" + name + " (see --help for the flags)");
            }
            if (given.containsKey(name)) {
                throw new InvalidFlagException("flag --" + name + " given twice");
            }
            given.put(name, eq < 0 ? "true" : arg.substring(eq + 1));
        }
        Function<String, Setting> get = name -> {
            Flag flag = FLAGS.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
            if (given.containsKey(name)) {
                return new Setting("--" + name, given.get(name));
            }
            if (env.containsKey(flag.env())) {
                return new Setting(flag.env(), env.get(flag.env()));
            }
            return new Setting("--" + name, flag.defaultValue());
        };

        String host = get.apply("host").text();
        int port = get.apply("port").integer(0, 65535);
        Path dataDir = get.apply("data-dir").path();
        String jdbcUrl = get.apply("jdbc-url").optional();
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:")) {
            throw new InvalidFlagException("--jdbc-url must start with jdbc: (got '" + jdbcUrl + "')");
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new InvalidFlagException("--jdbc-url must be a PostgreSQL (jdbc:postgresql://...) or H2 URL (got '"
                    + jdbcUrl + "')");
        }
        Setting filesSetting = get.apply("files-dir");
        Path filesDir = filesSetting.optional() == null ? null : filesSetting.path();
        Setting backupSetting = get.apply("backup-dir");
        Path backupDir = backupSetting.optional() == null ? null : backupSetting.path();
        org.courtdesk.server.ops.BackupPlan backupPlan = new org.courtdesk.server.ops.BackupPlan(backupDir,
                get.apply("backup-hour").integer(0, 23), get.apply("backup-keep").integer(1, 365));
        Setting restoreSetting = get.apply("restore");
        Path restoreFrom = restoreSetting.optional() == null ? null : restoreSetting.path();
        boolean demo = get.apply("demo").bool();
        Duration tokenTtl = Duration.ofHours(get.apply("token-hours").integer(1, 168));
        long maxMaterialBytes = get.apply("max-material-mb").integer(1, 50) * 1024L * 1024L;
        String identityKey = get.apply("identity-provider-key").optional();
        if (identityKey != null && identityKey.length() < 16) {
            throw new InvalidFlagException("--identity-provider-key must be at least 16 characters");
        }
        ZoneId zone = get.apply("zone").zone();
        Duration offset = get.apply("clock-offset").duration();
        Clock clock = offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
        List<String> proxies = get.apply("trusted-proxy").addresses();
        return new ServerConfig(host, port, dataDir, jdbcUrl, get.apply("jdbc-user").text(),
                get.apply("jdbc-password").text(), demo, tokenTtl, maxMaterialBytes, identityKey, clock, zone,
                offset, proxies, filesDir, backupPlan, restoreFrom);
    }

    /** One setting's raw value and where it came from, so an error names the flag or variable the operator set. */
    private record Setting(String source, String value) {

        String text() {
            return value == null ? "" : value;
        }

        String optional() {
            return value == null || value.isBlank() ? null : value;
        }

        InvalidFlagException invalid(String expected) {
            return new InvalidFlagException(source + "=" + value + " is not valid: expected " + expected);
        }

        int integer(int min, int max) {
            try {
                int v = Integer.parseInt(text().trim());
                if (v < min || v > max) {
                    throw invalid("a whole number from " + min + " to " + max);
                }
                return v;
            } catch (NumberFormatException e) {
                throw invalid("a whole number from " + min + " to " + max);
            }
        }

        boolean bool() {
            return switch (text().trim().toLowerCase()) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw invalid("true or false");
            };
        }

        Path path() {
            try {
                if (text().isBlank()) {
                    throw invalid("a directory");
                }
                return Path.of(text());
            } catch (InvalidPathException e) {
                throw invalid("a directory");
            }
        }

        ZoneId zone() {
            try {
                return ZoneId.of(text().trim());
            } catch (DateTimeException e) {
                throw invalid("a time zone such as Asia/Shanghai");
            }
        }

        Duration duration() {
            try {
                return Duration.parse(text().trim());
            } catch (DateTimeParseException e) {
                throw invalid("an ISO-8601 duration such as P3D or -PT2H");
            }
        }

        List<String> addresses() {
            List<String> out = new ArrayList<>();
            for (String part : text().split(",")) {
                String a = part.trim();
                if (a.isEmpty()) {
                    continue;
                }
                // Literal addresses only: a host name would be looked up, and a proxy is trusted by its address.
                if (!a.matches("[0-9.]+|[0-9A-Fa-f:.]+")) {
                    throw invalid("IP addresses separated by commas");
                }
                try {
                    out.add(InetAddress.getByName(a).getHostAddress());
                } catch (UnknownHostException e) {
                    throw invalid("IP addresses separated by commas");
                }
            }
            return List.copyOf(out);
        }
    }
}
