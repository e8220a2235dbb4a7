package org.courtdesk.app.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.net.ssl.SSLContext;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.settings.AppDirs;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.ui.login.LoginServices;
import org.courtdesk.app.ui.login.LoginView;
import org.courtdesk.app.ui.login.LoginViewModel;
import org.courtdesk.app.ui.login.ServerAddressStore;
import org.courtdesk.app.ui.main.MainWindow;
import org.slf4j.LoggerFactory;

/**
 * {@code --smoke}: starts JavaFX, checks the bundles, the stylesheet and the CJK font load, opens the login
 * scene and the main scene on an empty workspace, and reports. Returns the process exit code.
 * <p>
 * Run from a jpackage bundle it also checks what a trimmed runtime could lack (Chinese collation from
 * {@code jdk.localedata}, elliptic-curve TLS from {@code jdk.crypto.ec}) and that the app-data folder lies
 * outside the install folder, and prints where settings, logs and IT's preset file are.
 */
public final class SmokeCheck {

    private SmokeCheck() {}

    public static int run(PrintStream out, PrintStream err) {
        return run(out, err, null);
    }

    /** @param snapshotDir where to write {@code smoke-login.png} and {@code smoke-main.png}; null: none */
    public static int run(PrintStream out, PrintStream err, Path snapshotDir) {
        out.println("SMOKE INFO: " + locations());
        LoggerFactory.getLogger(SmokeCheck.class).info("smoke run: {}", locations());
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<List<String>> problems = new AtomicReference<>(List.of("did not run"));
        try {
            Platform.startup(() -> {
                try {
                    problems.set(check(true, snapshotDir));
                } catch (Throwable t) {
                    problems.set(List.of("exception: " + t));
                } finally {
                    done.countDown();
                }
            });
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(() -> {
                try {
                    problems.set(check(true, snapshotDir));
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
            out.println("SMOKE OK: bundles, stylesheet, CJK font (" + Theme.family() + "), Chinese collation, EC TLS,"
                    + " app-data outside the install folder, login and main scenes, 服务内容 preview (WebView)");
            return 0;
        }
        for (String p : problems.get()) {
            err.println("SMOKE FAIL: " + p);
        }
        return 1;
    }

    /** The checks themselves; call on the FX thread. {@code show} puts the scenes in a real window. */
    public static List<String> check(boolean show) {
        return check(show, null);
    }

    /** Where this run keeps its data and where IT's preset file is looked for. */
    static String locations() {
        Path install = AppDirs.installDir();
        Settings settings = Settings.load(AppDirs.home(), install);
        return "data folder " + AppDirs.home() + "; install folder " + (install == null ? "unknown" : install)
                + "; IT preset server " + settings.presetServerUrl().orElse("none")
                + (install == null ? "" : " (from " + install.resolve(Settings.PRESET_FILE_NAME) + ")");
    }

    /** What a runtime trimmed by jlink could lack, and where the data goes. */
    static List<String> runtimeProblems() {
        List<String> problems = new ArrayList<>();
        // Pinyin order (chen before zhang) needs the zh collation rules of jdk.localedata; without them the
        // collator falls back to code-point order, where 张 comes before 陈.
        if (Collator.getInstance(Messages.CHINESE).compare("陈", "张") >= 0) {
            problems.add("no Chinese collation: jdk.localedata (locale zh) missing from the runtime");
        }
        try {
            KeyPairGenerator.getInstance("EC");
            SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            problems.add("no elliptic-curve TLS: jdk.crypto.ec missing from the runtime (" + e.getMessage() + ")");
        }
        Path install = AppDirs.installDir();
        Path home = AppDirs.home();
        if (install != null && home.normalize().startsWith(install.normalize())) {
            problems.add("the app-data folder " + home + " lies inside the install folder " + install);
        }
        return problems;
    }

    /** As {@link #check(boolean)}; with {@code snapshotDir} also writes PNGs of the login and main scenes there. */
    public static List<String> check(boolean show, Path snapshotDir) {
        List<String> problems = new ArrayList<>(runtimeProblems());
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
        // The address the real login screen would show (remembered, else IT's preset), read only: never saved.
        String address = Settings.load(AppDirs.home(), AppDirs.installDir()).serverUrl();
        LoginViewModel vm = new LoginViewModel(LoginServices.missing("smoke"), ServerAddressStore.inMemory(address),
                null, Runnable::run, Runnable::run);
        Scene scene = new Scene(new LoginView(vm, ws -> { }, () -> { }), 1200, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        if (show) {
            stage.show();
        }
        snapshot(scene, snapshotDir, "smoke-login.png", problems);
        MainWindow main = new MainWindow(new EmptyWorkspace(), CourtClock.system(null));
        scene.setRoot(main);
        Theme.apply(scene);
        main.applyCss();
        main.layout();
        if (scene.getStylesheets().isEmpty()) {
            problems.add("stylesheet not applied");
        }
        snapshot(scene, snapshotDir, "smoke-main.png", problems);
        main.dispose();
        previewOnce(scene, snapshotDir, problems);
        stage.hide();
        return problems;
    }

    /** The words the smoke run's 服务内容 preview must show (WebView, javafx.web in the runtime). */
    static final String PREVIEW_TEXT = "服务内容预览自检";

    /**
     * Opens the 服务内容 preview once (a WebView: javafx.web and its native WebKit must be in the bundle) on a sample page
     * and checks that it loads and shows its Chinese text. Waits in a nested event loop, at most 30 s.
     */
    static void previewOnce(Scene scene, Path snapshotDir, List<String> problems) {
        try {
            org.courtdesk.app.ui.servicecontent.ServiceContentPreview preview =
                    new org.courtdesk.app.ui.servicecontent.ServiceContentPreview();
            scene.setRoot(new javafx.scene.layout.StackPane(preview));
            Object loop = new Object();
            javafx.animation.PauseTransition limit = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(30));
            limit.setOnFinished(e -> Platform.exitNestedEventLoop(loop, null));
            preview.webView().getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
                if (now == javafx.concurrent.Worker.State.SUCCEEDED || now == javafx.concurrent.Worker.State.FAILED) {
                    limit.stop();
                    Platform.runLater(() -> Platform.exitNestedEventLoop(loop, null));
                }
            });
            preview.show(org.courtdesk.model.servicecontent.ServiceContentHtml.page(
                    org.courtdesk.model.servicecontent.ServiceContentCategory.NOTICE, PREVIEW_TEXT, "广州市天河区人民法院",
                    java.time.LocalDate.now(), "<p>中文正文与表格</p><table><tr><td>一</td><td>二</td></tr></table>"));
            limit.play();
            Platform.enterNestedEventLoop(loop);
            if (!preview.loaded()) {
                problems.add("服务内容 preview (WebView) did not load its page in 30 s");
            } else if (!preview.text().contains(PREVIEW_TEXT)) {
                problems.add("服务内容 preview (WebView) does not show its text: " + preview.text());
            }
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            snapshot(scene, snapshotDir, "smoke-preview.png", problems);
        } catch (Throwable t) {
            problems.add("服务内容 preview (WebView, javafx.web): " + t);
        }
    }

    private static void snapshot(Scene scene, Path dir, String name, List<String> problems) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            WritableImage image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name).toFile());
        } catch (IOException | RuntimeException e) {
            problems.add("snapshot " + name + ": " + e);
        }
    }
}
