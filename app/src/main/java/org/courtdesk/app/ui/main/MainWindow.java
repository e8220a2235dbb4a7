package org.courtdesk.app.ui.main;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.ui.reading.ReadingQueueView;
import org.courtdesk.app.ui.viewer.MaterialViewer;
import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.SyncStatus;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.app.workspace.WorkspaceListener;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.UserInfo;

/**
 * The main window: menu, banners (session expired, offline, stale cache), a tab per queue (阅卷申请 with its
 * 待审查 count), material viewer tabs, and the status bar. Workspace events arrive on background threads and
 * hop to the FX thread here.
 */
public final class MainWindow extends BorderPane {

    private final Workspace workspace;
    private final Clock clock;
    private final TabPane tabs = new TabPane();
    private final ReadingQueueView reading;
    private final Tab readingTab = new Tab();
    private final StatusBarView statusBar;
    private final HBox staleBanner;
    private final Label staleText = new Label();
    private final HBox offlineBanner;
    private final HBox sessionBanner;
    private final Timeline ticker;
    private final WorkspaceListener listener;
    private final String username;
    private SyncStatus status = new SyncStatus(true, null, 0, 0, -1, null, false, null);
    private boolean reloginOpen;

    public MainWindow(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        setId("main-window");
        getStyleClass().add("main-window");
        UserInfo user = safeUser(workspace);
        username = user == null ? "" : user.username();
        String userText = user == null ? "" : (user.displayName() == null ? user.username() : user.displayName())
                + (user.role() == null ? "" : " · " + user.role().label());

        reading = new ReadingQueueView(workspace, clock, this::openMaterial);
        readingTab.setId("tab-reading");
        readingTab.setClosable(false);
        readingTab.setContent(reading);
        readingTab.setGraphic(Icons.of(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE, 16));
        updateTabTitle(0);
        reading.model().pendingCountProperty().addListener((o, a, b) -> updateTabTitle(b.intValue()));
        tabs.getTabs().add(readingTab);
        tabs.getStyleClass().add("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);

        statusBar = new StatusBarView(clock, userText, this::syncNow);

        staleText.setId("stale-banner-text");
        staleText.setWrapText(true);
        Button syncButton = new Button(Messages.get("action.syncNow"));
        syncButton.getStyleClass().addAll(Styles.SMALL);
        syncButton.setOnAction(e -> syncNow());
        staleBanner = banner("stale-banner", "banner-warning", Icons.of(MaterialDesignA.ALERT_OUTLINE, 18), staleText, syncButton);

        Label offlineText = new Label(Messages.get("banner.offline"));
        offlineText.setWrapText(true);
        offlineBanner = banner("offline-banner", "banner-info", Icons.of(MaterialDesignC.CLOUD_OFF_OUTLINE, 18), offlineText, null);

        Label sessionText = new Label(Messages.get("banner.session"));
        sessionText.setWrapText(true);
        Button relogin = new Button(Messages.get("relogin.submit"));
        relogin.setId("session-relogin");
        relogin.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        relogin.setOnAction(e -> showRelogin(null));
        sessionBanner = banner("session-banner", "banner-danger", Icons.of(MaterialDesignL.LOCK_OUTLINE, 18), sessionText, relogin);

        VBox top = new VBox(menuBar(), sessionBanner, offlineBanner, staleBanner);
        setTop(top);
        setCenter(tabs);
        setBottom(statusBar);
        applyStatus(status);

        listener = new WorkspaceListener() {
            @Override
            public void requestsChanged(Set<Long> requestIds) {
                Platform.runLater(() -> reading.requestsChanged(requestIds));
            }

            @Override
            public void statusChanged(SyncStatus s) {
                Platform.runLater(() -> applyStatus(s));
            }
        };
        workspace.addListener(listener);
        // Only now the first load of the queue: a sync finishing before the listener was attached would
        // otherwise leave the table on what the cache held before it.
        reading.refresh();
        Fx.async(workspace::syncStatus, this::applyStatus, t -> { });

        ticker = new Timeline(new KeyFrame(Duration.seconds(60), e -> applyStatus(status)));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();

        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                installKeys(scene);
            }
        });
    }

    private static UserInfo safeUser(Workspace ws) {
        try {
            return ws.user();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static HBox banner(String id, String style, Node icon, Label text, Button action) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(10, icon, text, spacer);
        if (action != null) {
            box.getChildren().add(action);
        }
        box.setId(id);
        box.getStyleClass().addAll("banner", style);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setVisible(false);
        box.setManaged(false);
        return box;
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        MenuItem sync = item("menu.file.sync", new KeyCodeCombination(KeyCode.F5), this::syncNow);
        sync.setId("menu-sync");
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().hide();
            }
        });
        file.getItems().addAll(sync, new SeparatorMenuItem(), quit);

        Menu review = new Menu(Messages.get("menu.review"));
        MenuItem next = item("menu.review.next", null, reading::next);
        MenuItem prev = item("menu.review.previous", null, reading::previous);
        MenuItem open = item("menu.review.open", null, reading::openSelected);
        MenuItem agree = item("menu.review.agree", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), reading::agree);
        MenuItem disagree = item("menu.review.disagree", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), reading::disagree);
        MenuItem save = item("menu.review.save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), reading::save);
        MenuItem conflict = item("menu.review.conflict", null, reading::showConflict);
        review.getItems().addAll(next, prev, open, new SeparatorMenuItem(), agree, disagree, save,
                new SeparatorMenuItem(), conflict);

        Menu view = new Menu(Messages.get("menu.view"));
        MenuItem filter = item("menu.view.filter", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), reading::focusFilter);
        MenuItem reset = item("menu.view.resetFilter", null, reading::resetFilters);
        MenuItem refresh = item("menu.view.refresh", null, reading::refresh);
        view.getItems().addAll(filter, reset, refresh);

        Menu help = new Menu(Messages.get("menu.help"));
        MenuItem keys = item("menu.help.keys", new KeyCodeCombination(KeyCode.F1), this::showKeys);
        help.getItems().add(keys);

        MenuBar bar = new MenuBar(file, review, view, help);
        bar.setId("main-menu");
        return bar;
    }

    private static MenuItem item(String key, KeyCombination accel, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        if (accel != null) {
            i.setAccelerator(accel);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    /** Esc leaves the form for the table; the rest are menu accelerators. */
    private void installKeys(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && tabs.getSelectionModel().getSelectedItem() == readingTab) {
                reading.focusTable();
                e.consume();
            }
        });
    }

    private void showKeys() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.setTitle(Messages.get("menu.help.keys"));
        a.setHeaderText(Messages.get("keys.header"));
        a.setContentText(Messages.get("keys.body"));
        a.getDialogPane().setStyle("-fx-font-family: \"" + org.courtdesk.app.ui.Theme.family() + "\";");
        a.show();
    }

    private void updateTabTitle(int pending) {
        readingTab.setText(Messages.format("tab.reading", pending));
    }

    public void syncNow() {
        Fx.background().execute(() -> {
            try {
                workspace.syncNow();
            } catch (RuntimeException ignored) {
                // the status bar shows sync errors
            }
        });
    }

    /** Call on the FX thread. */
    public void applyStatus(SyncStatus s) {
        if (s == null) {
            return;
        }
        boolean wasExpired = status.sessionExpired();
        status = s;
        statusBar.update(s);
        show(offlineBanner, !s.online());
        boolean stale = StatusFormat.stale(s, clock);
        staleText.setText(StatusFormat.staleBanner(s, clock));
        show(staleBanner, stale);
        show(sessionBanner, s.sessionExpired());
        if (s.sessionExpired() && !wasExpired) {
            Platform.runLater(() -> showRelogin(null));
        }
    }

    /** 登录已过期 → ask for the password, re-authenticate off the FX thread, ask again on failure. */
    public void showRelogin(String error) {
        if (reloginOpen) {
            return;
        }
        reloginOpen = true;
        ReloginDialog dialog = new ReloginDialog(getScene() == null ? null : getScene().getWindow(), username, error);
        dialog.setOnHidden(e -> {
            reloginOpen = false;
            char[] pw = dialog.getResult();
            if (pw == null || pw.length == 0) {
                return;
            }
            Fx.async(() -> {
                try {
                    workspace.reauthenticate(pw);
                } finally {
                    Arrays.fill(pw, '\0');
                }
                return workspace.syncStatus();
            }, s -> {
                applyStatus(s);
                syncNow();
            }, t -> showRelogin(t instanceof LoginException le ? Messages.login(le)
                    : Messages.format("login.error.SERVER_ERROR", String.valueOf(t.getMessage()))));
        });
        dialog.show();
    }

    private void openMaterial(ReadingRequestView request, MaterialRef material) {
        for (Tab t : tabs.getTabs()) {
            if (material.sha256() != null && material.sha256().equals(t.getUserData())) {
                tabs.getSelectionModel().select(t);
                return;
            }
        }
        MaterialViewer viewer = new MaterialViewer(workspace, material);
        Tab tab = new Tab(Messages.material(material.type()) + " · " + (request.caseNumber() == null ? "" : request.caseNumber()),
                viewer);
        tab.setUserData(material.sha256());
        tab.setOnClosed(e -> viewer.dispose());
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    public ReadingQueueView reading() {
        return reading;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Stops listening and ticking (before the workspace closes). */
    public void dispose() {
        ticker.stop();
        workspace.removeListener(listener);
        reading.dispose();
        for (Tab t : tabs.getTabs()) {
            if (t.getContent() instanceof MaterialViewer v) {
                v.dispose();
            }
        }
    }
}
