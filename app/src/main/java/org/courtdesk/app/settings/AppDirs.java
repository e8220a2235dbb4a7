package org.courtdesk.app.settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * Where the workstation keeps its per-user data (settings, one encrypted cache per court user). Never the
 * install folder (design.md "App").
 * <ol>
 *   <li>system property {@code courtdesk.home} (tests, portable installs)</li>
 *   <li>environment variable {@code COURTDESK_HOME}</li>
 *   <li>Windows: {@code %LOCALAPPDATA%\CourtDesk} (local, not roaming: the cache holds case files)</li>
 *   <li>elsewhere: {@code $XDG_DATA_HOME/courtdesk}, else {@code ~/.local/share/courtdesk}</li>
 * </ol>
 */
public final class AppDirs {

    public static final String HOME_PROPERTY = "courtdesk.home";
    public static final String HOME_ENV = "COURTDESK_HOME";
    public static final String INSTALL_DIR_PROPERTY = "courtdesk.install.dir";
    public static final String INSTALL_DIR_ENV = "COURTDESK_INSTALL_DIR";

    private AppDirs() {}

    /** The application-data folder of the person using this computer account. */
    public static Path home() {
        return home(System.getProperties(), System.getenv());
    }

    static Path home(Properties sys, Map<String, String> env) {
        String explicit = nonBlank(sys.getProperty(HOME_PROPERTY));
        if (explicit == null) {
            explicit = nonBlank(env.get(HOME_ENV));
        }
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath();
        }
        String userHome = sys.getProperty("user.home", ".");
        String os = sys.getProperty("os.name", "").toLowerCase();
        if (os.startsWith("windows")) {
            String local = nonBlank(env.get("LOCALAPPDATA"));
            Path base = local != null ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("CourtDesk").toAbsolutePath();
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CourtDesk").toAbsolutePath();
        }
        String xdg = nonBlank(env.get("XDG_DATA_HOME"));
        Path base = xdg != null ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("courtdesk").toAbsolutePath();
    }

    /**
     * The install folder, where IT may put a preset {@code courtdesk.properties}: system property
     * {@code courtdesk.install.dir}, env {@code COURTDESK_INSTALL_DIR}, else the root of the jpackage bundle
     * ({@code jpackage.app-path} is the launcher: {@code <root>\CourtDesk.exe} on Windows,
     * {@code <root>/bin/CourtDesk} on Linux); null when none is known (running from an IDE or Maven).
     */
    public static Path installDir() {
        return installDir(System.getProperties(), System.getenv());
    }

    static Path installDir(Properties sys, Map<String, String> env) {
        String explicit = nonBlank(sys.getProperty(INSTALL_DIR_PROPERTY));
        if (explicit == null) {
            explicit = nonBlank(env.get(INSTALL_DIR_ENV));
        }
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath();
        }
        String launcher = nonBlank(sys.getProperty("jpackage.app-path"));
        if (launcher != null) {
            Path parent = Path.of(launcher).toAbsolutePath().getParent();
            // Linux/macOS images keep the launcher in bin/: the install folder is the one above it.
            if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("bin")
                    && parent.getParent() != null) {
                return parent.getParent();
            }
            return parent;
        }
        return null;
    }

    /**
     * The folder of one court user's cache under {@code home}: a readable part of the name plus a hash of the
     * exact name, so "张三", "Zhang" and "zhang" (on a case-insensitive Windows disk) never share a cache and
     * no user name is ever used as a path as-is.
     */
    public static Path userDir(Path home, String username) {
        StringBuilder safe = new StringBuilder();
        for (char c : username.toCharArray()) {
            if (safe.length() >= 32) {
                break;
            }
            safe.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' ? Character.toLowerCase(c) : '_');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            return home.resolve("users").resolve(safe + "-" + HexFormat.of().formatHex(digest, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
