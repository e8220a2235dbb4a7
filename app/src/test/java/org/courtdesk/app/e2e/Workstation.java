package org.courtdesk.app.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.courtdesk.app.CourtDeskApp;
import org.courtdesk.app.settings.AppDirs;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.login.LoginServices;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.ui.reading.ReadingQueueView;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.local.LocalWorkspace;

/**
 * The real workstation ({@link CourtDeskApp}: login screen, then the main window) started in this JVM on TestFX's
 * primary stage, with its app-data folder in {@code home}, driven like a judge would: clicks and keys.
 */
public final class Workstation implements AutoCloseable {

    public static final long TIMEOUT_S = 60; // an upper bound for a loaded machine (CI waited 20 s in vain for a prefetch)

    public final FxRobot robot = new FxRobot();
    public final Path home;
    private final Application app;
    private final Stage stage;

    private Workstation(Path home, Application app, Stage stage) {
        this.home = home;
        this.app = app;
        this.stage = stage;
    }

    /** Starts the app as {@code Launcher --server=URL} would, with its per-user data in {@code home}. */
    public static Workstation start(Path home, String serverUrl) throws TimeoutException {
        System.setProperty(AppDirs.HOME_PROPERTY, home.toString());
        System.setProperty(LoginServices.PROPERTY, E2eLoginService.class.getName());
        E2eLoginService.last = null;
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(CourtDeskApp.class, "--server=" + serverUrl);
        // TestFX reuses one primary stage, which earlier UI tests resized: give the app the size it opens with.
        UiTestSupport.onFx(() -> {
            stage.sizeToScene();
            stage.setX(0);
            stage.setY(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new Workstation(home, app, stage);
    }

    public Stage stage() {
        return stage;
    }

    /** Types the user name and password into the login screen, presses Enter, waits for the main window. */
    public MainWindow login(String username, String password) {
        robot.clickOn("#login-username").write(username);
        robot.clickOn("#login-password").write(password);
        robot.type(KeyCode.ENTER);
        waitUntil("the main window", () -> stage.getScene().getRoot() instanceof MainWindow);
        return main();
    }

    public MainWindow main() {
        Parent root = UiTestSupport.onFx(() -> stage.getScene().getRoot());
        if (!(root instanceof MainWindow m)) {
            throw new AssertionError("not in the main window: " + root);
        }
        return m;
    }

    public LocalWorkspace workspace() {
        LocalWorkspace ws = E2eLoginService.last;
        if (ws == null) {
            throw new AssertionError("not logged in");
        }
        return ws;
    }

    public ReadingQueueView reading() {
        return main().reading();
    }

    @SuppressWarnings("unchecked")
    public TableView<ReadingQueueRow> table() {
        return robot.lookup("#queue-table").queryAs(TableView.class);
    }

    /** The visible rows once the queue answers the latest query. */
    public List<ReadingQueueRow> rows() {
        waitUntil("the queue to settle", () -> reading().model().settled());
        return UiTestSupport.onFx(() -> List.copyOf(table().getItems()));
    }

    public String text(String query) {
        Node n = robot.lookup(query).query();
        return UiTestSupport.onFx(() -> ((Label) n).getText());
    }

    /** Waits for the first successful sync and a settled queue. */
    public void awaitFirstSync() {
        waitUntil("the first sync", () -> workspace().syncStatus().lastSuccessfulSync() != null
                && !workspace().syncStatus().busy());
        // A centre reviewer has no 阅卷 queue: then only the sync is waited for.
        waitUntil("the queue to settle", () -> reading() == null || reading().model().settled());
        waitUntil("今日到期 to settle", () -> main().today() == null || main().today().model().settled());
    }

    /** Puts a queue tab on screen (by its id, e.g. tab-reading) with the keyboard on its list. */
    public void showQueue(String tabId) {
        UiTestSupport.onFx(() -> {
            MainWindow m = main();
            m.tabs().getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> m.tabs().getSelectionModel().select(t));
            m.focusQueue();
            return null;
        });
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> UiTestSupport.onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + TIMEOUT_S + " s for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits on the test thread (for conditions that block, e.g. database look-ups). */
    public static void eventually(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + TIMEOUT_S + " s for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Quits like the window's close: the app stops sync and closes its cache (pending decisions stay). */
    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(LoginServices.PROPERTY);
        System.clearProperty(AppDirs.HOME_PROPERTY);
    }
}
