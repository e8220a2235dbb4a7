package org.courtdesk.app;

import java.nio.file.Path;
import java.util.Arrays;

import javafx.application.Application;

import org.courtdesk.app.settings.AppDirs;
import org.courtdesk.app.settings.AppLogs;
import org.courtdesk.app.ui.SmokeCheck;

/**
 * The main class. Not an {@link Application} itself, so jpackage'd class-path launches work. Options:
 * {@code --server=URL} presets the server address; {@code --user=NAME} the user name when none is remembered;
 * {@code --lang=en} English; {@code --smoke} starts, opens the login and main scenes, checks bundled resources, and
 * exits 0 (non-zero on any failure); {@code --smoke-snapshot=DIR} with {@code --smoke} also writes PNGs of both
 * scenes into DIR.
 * <p>
 * Everything the workstation writes goes to the app-data folder ({@link AppDirs#home()}): settings, caches,
 * the log file, and the native libraries JavaFX unpacks from its jars.
 */
public final class Launcher {

    static final String JAVAFX_CACHE_PROPERTY = "javafx.cachedir";

    private Launcher() {}

    public static void main(String[] args) {
        Path home = AppDirs.home();
        if (System.getProperty(JAVAFX_CACHE_PROPERTY) == null) {
            System.setProperty(JAVAFX_CACHE_PROPERTY, home.resolve("cache").resolve("javafx").toString());
        }
        if (Arrays.asList(args).contains("--smoke")) {
            AppLogs.install(home);
            String snapshot = CourtDeskApp.option(Arrays.asList(args), "--smoke-snapshot=");
            int code = SmokeCheck.run(System.out, System.err, snapshot == null ? null : Path.of(snapshot));
            System.exit(code);
            return;
        }
        // The log file is set up while JavaFX starts; the login waits for it (CourtDeskApp), so it is in the file.
        AppLogs.installInBackground(home);
        Application.launch(CourtDeskApp.class, args);
    }
}
