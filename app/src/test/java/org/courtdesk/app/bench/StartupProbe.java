package org.courtdesk.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.ui.Theme;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;

/**
 * One start for {@link StartupBench}, in a JVM of its own: "bare" shows an empty JavaFX window; "app" starts JavaFX,
 * signs the judge in offline from the cache in {@code home} and shows the main window until the 阅卷 queue has its rows.
 * Prints {@code STARTUP <ms since the JVM started>}, and for "app" {@code LOGIN <ms>} (the offline login) and
 * {@code WINDOW <ms>} (building the main window on the FX thread).
 */
public final class StartupProbe {

    private StartupProbe() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path home = Path.of(args[1]);
        String url = args[2];
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch shown = new CountDownLatch(1);
        if (mode.equals("bare")) {
            Platform.runLater(() -> {
                Stage stage = new Stage();
                Scene scene = new Scene(new StackPane(), 1280, 800);
                scene.addPostLayoutPulseListener(shown::countDown);
                stage.setScene(scene);
                stage.show();
            });
        } else {
            DefaultLoginService login = new DefaultLoginService(Settings.load(home, null), java.time.Clock.systemUTC(),
                    Harness.CHEAP, org.courtdesk.app.sync.SyncConfig.DEFAULT.withPrefetch(false), Harness.FAST, false);
            long before = System.currentTimeMillis();
            LocalWorkspace ws = login.loginLocal(url, Harness.USER, Harness.PASSWORD.toCharArray());
            System.out.println("LOGIN " + (System.currentTimeMillis() - before));
            Platform.runLater(() -> {
                long t = System.currentTimeMillis();
                Theme.init();
                MainWindow main = new MainWindow(ws, java.time.Clock.systemUTC());
                System.out.println("WINDOW " + (System.currentTimeMillis() - t));
                Stage stage = new Stage();
                Scene scene = new Scene(main, 1280, 800);
                Theme.apply(scene);
                stage.setScene(scene);
                stage.show();
                scene.addPostLayoutPulseListener(() -> {
                    if (shown.getCount() > 0 && main.reading() != null && main.reading().model().settled()
                            && !main.reading().table().getItems().isEmpty()) {
                        shown.countDown();
                    }
                });
            });
        }
        boolean ok = shown.await(120, TimeUnit.SECONDS);
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(ok ? "STARTUP " + ms : "STARTUP -1");
        System.exit(0);
    }
}
