package org.courtdesk.app.ui;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.login.LoginServices;
import org.courtdesk.app.ui.login.LoginView;
import org.courtdesk.app.ui.login.LoginViewModel;
import org.courtdesk.app.ui.login.ServerAddressStore;
import org.courtdesk.app.ui.main.MainWindow;

/**
 * {@code --smoke}: starts JavaFX, checks the bundles, the stylesheet and the CJK font load, opens the login
 * scene and the main scene on an empty workspace, and reports. Returns the process exit code.
 */
public final class SmokeCheck {

    private SmokeCheck() {}

    public static int run(PrintStream out, PrintStream err) {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<List<String>> problems = new AtomicReference<>(List.of("did not run"));
        try {
            Platform.startup(() -> {
                try {
                    problems.set(check(true));
                } catch (Throwable t) {
                    problems.set(List.of("exception: " + t));
                } finally {
                    done.countDown();
                }
            });
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(() -> {
                try {
                    problems.set(check(true));
                } catch (Throwable t) {
                    problems.set(List.of("exception: " + t));
                } finally {
                    done.countDown();
                }
            });
        } catch (Throwable t) {
            err.println("SMOKE FAIL: JavaFX did not start: " + t);
            return 1;
        }
        try {
            if (!done.await(60, TimeUnit.SECONDS)) {
                err.println("SMOKE FAIL: timed out after 60 s");
                return 2;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
        Platform.exit();
        if (problems.get().isEmpty()) {
            out.println("SMOKE OK: bundles, stylesheet, CJK font (" + Theme.family() + "), login and main scenes");
            return 0;
        }
        for (String p : problems.get()) {
            err.println("SMOKE FAIL: " + p);
        }
        return 1;
    }

    /** The checks themselves; call on the FX thread. {@code show} puts the scenes in a real window. */
    public static List<String> check(boolean show) {
        List<String> problems = new ArrayList<>();
        for (Locale l : List.of(Messages.CHINESE, Messages.ENGLISH)) {
            try {
                ResourceBundle b = Messages.load(l);
                if (!b.containsKey("app.title")) {
                    problems.add("bundle " + l + " lacks app.title");
                }
            } catch (RuntimeException e) {
                problems.add("bundle " + l + ": " + e);
            }
        }
        if (Theme.stylesheet() == null) {
            problems.add("stylesheet missing: " + Theme.CSS);
        }
        Theme.init();
        if (!Theme.bundledFontAvailable()) {
            problems.add("bundled CJK font did not load");
        }
        Stage stage = new Stage();
        LoginViewModel vm = new LoginViewModel(LoginServices.missing("smoke"), ServerAddressStore.inMemory(null),
                null, Runnable::run, Runnable::run);
        Scene scene = new Scene(new LoginView(vm, ws -> { }, () -> { }), 1200, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        if (show) {
            stage.show();
        }
        MainWindow main = new MainWindow(new EmptyWorkspace(), Clock.systemDefaultZone());
        scene.setRoot(main);
        Theme.apply(scene);
        main.applyCss();
        main.layout();
        if (scene.getStylesheets().isEmpty()) {
            problems.add("stylesheet not applied");
        }
        main.dispose();
        stage.hide();
        return problems;
    }
}
