package org.courtdesk.app.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembered settings of this computer account ({@code settings.properties} in the app-data folder, UTF-8):
 * the server address and the last user name. The server address defaults to the IT preset
 * ({@code courtdesk.properties} beside the install, key {@code server.url}), else {@link #FALLBACK_SERVER_URL}.
 * No password or token is ever written here. Thread-safe.
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    public static final String FILE_NAME = "settings.properties";
    public static final String PRESET_FILE_NAME = "courtdesk.properties";
    public static final String KEY_SERVER_URL = "server.url";
    public static final String KEY_LAST_USER = "last.username";
    public static final String FALLBACK_SERVER_URL = "http://localhost:7070";

    private final Path home;
    private final Properties preset;
    private final Properties values;

    private Settings(Path home, Properties preset, Properties values) {
        this.home = home;
        this.preset = preset;
        this.values = values;
    }

    /** Settings of the current computer account: {@link AppDirs#home()} and {@link AppDirs#installDir()}. */
    public static Settings load() {
        return load(AppDirs.home(), AppDirs.installDir());
    }

    /** @param installDir may be null (no IT preset) */
    public static Settings load(Path home, Path installDir) {
        Properties preset = installDir == null ? new Properties() : read(installDir.resolve(PRESET_FILE_NAME));
        return new Settings(home, preset, read(home.resolve(FILE_NAME)));
    }

    public Path home() {
        return home;
    }

    /** The remembered server address, else IT's preset, else {@link #FALLBACK_SERVER_URL}. */
    public synchronized String serverUrl() {
        String v = values.getProperty(KEY_SERVER_URL);
        if (v == null || v.isBlank()) {
            v = presetServerUrl().orElse(FALLBACK_SERVER_URL);
        }
        return v;
    }

    /** The address IT put beside the install, if any. */
    public Optional<String> presetServerUrl() {
        String v = preset.getProperty(KEY_SERVER_URL);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    public synchronized Optional<String> lastUsername() {
        String v = values.getProperty(KEY_LAST_USER);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** Any other remembered value (e.g. the UI's language or window size). */
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        save();
    }

    /** After a successful login: remember where and as whom. */
    public synchronized void rememberLogin(String serverUrl, String username) {
        values.setProperty(KEY_SERVER_URL, serverUrl);
        values.setProperty(KEY_LAST_USER, username);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(home);
            Path target = home.resolve(FILE_NAME);
            Path tmp = home.resolve(FILE_NAME + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(w, "CourtDesk workstation settings");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Settings are a convenience: a read-only profile must not stop the judge from working.
            LOG.warn("could not save settings in {}: {}", home, e.toString());
        }
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file);
                 Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                LOG.warn("could not read {}: {}", file, e.toString());
            }
        }
        return p;
    }
}
