package org.courtdesk.app;

import java.util.Arrays;

import javafx.application.Application;

import org.courtdesk.app.ui.SmokeCheck;

/**
 * The main class. Not an {@link Application} itself, so jpackage'd class-path launches work. Options:
 * {@code --server=URL} presets the server address; {@code --user=NAME} the user name when none is remembered;
 * {@code --lang=en} English; {@code --smoke} starts, opens the
 * login and main scenes, checks bundled resources, and exits 0 (non-zero on any failure).
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--smoke")) {
            int code = SmokeCheck.run(System.out, System.err);
            System.exit(code);
            return;
        }
        Application.launch(CourtDeskApp.class, args);
    }
}
