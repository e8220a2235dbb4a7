package org.courtdesk.app.ui.main;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import java.util.List;
import org.courtdesk.app.ui.deadline.DeadlineSource;
import org.courtdesk.app.ui.deadline.TodayModel;
import org.courtdesk.app.ui.deadline.TodayView;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.reading.ReadingQueueView;
import org.courtdesk.app.ui.viewer.MaterialViewer;
import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.SyncStatus;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.app.workspace.WorkspaceListener;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * The main window: menu, banners (session expired, offline, stale cache), the list of queues on the left ({@link QueueNav},
 * grouped, each with its count and badges; a rail in a narrow window), the queue on screen (the queues are the cards of a
 * TabPane whose tab bar is hidden), the reading pane, and the status bar. Workspace events arrive on background threads and
 * hop to the FX thread here.
 */
public final class MainWindow extends BorderPane {

    private final Workspace workspace;
    private final Clock clock;
    private final TabPane tabs = new TabPane();
    /** The queues' only face: a grouped list on the left (the tab bar of {@link #tabs} is hidden). */
    private final QueueNav nav = new QueueNav(t -> tabs.getSelectionModel().select(t));
    /** The signed-in user's queue tabs, built from {@link QueueTabs}, by their tab. */
    private final java.util.Map<Tab, QueueTab> queues = new java.util.LinkedHashMap<>();
    private final java.util.Map<RequestKind, QueueTab> byKind = new java.util.EnumMap<>(RequestKind.class);
    /** Each kind tab's count of pressing deadlines (from 今日到期). */
    private final java.util.Map<RequestKind, Label> badges = new java.util.EnumMap<>(RequestKind.class);
    private final TodayView today;
    /** Each kind tab's count of unseen reminders (from the notification centre). */
    private final java.util.Map<RequestKind, Label> newBadges = new java.util.EnumMap<>(RequestKind.class);
    private final org.courtdesk.app.ui.notice.NoticeCentreView notices;
    private Tab noticesTab;
    /** The user picked a tab before the first load: 今日到期 does not take the screen from them. */
    private boolean startedElsewhere;
    /** The 阅卷申请 tab, null when the user's role does not see it (a 中心审核员). */
    private final ReadingQueueView readingQueue;
    private final Tab readingTab;
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
    /** The reading pane: materials docked beside the queue (queue | detail + form | viewer), issue 13. */
    private final ReadingPane readingPane;
    /** The queue tabs and, when a material is open, the reading pane beside them. */
    private final javafx.scene.control.SplitPane workArea = new javafx.scene.control.SplitPane();
    /** Where the keyboard was when a material was opened: it goes back there when the material closes. */
    private Node returnFocus;
    private org.courtdesk.app.ui.UiPrefs prefs = org.courtdesk.app.ui.UiPrefs.memory();
    static final String PREF_DIVIDER = "ui.readingPane.divider";
    static final String PREF_NAV_PINNED = "ui.queueNav.pinned";
    /** Followed by the user name: the groups of the list of queues folded, by name, comma-separated. */
    static final String PREF_NAV_FOLDED = "ui.queueNav.folded.";
    /** The whole list of queues at any width (the judge asked for it in 查看). */
    private final javafx.beans.property.BooleanProperty navPinned = new javafx.beans.property.SimpleBooleanProperty(false);
    /** The narrowest window with room for the whole list of queues beside a queue and its detail. */
    static final double FULL_NAV_WIDTH = 1500;

    public MainWindow(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        setId("main-window");
        // The signed-in user's 常用语, found by the opinion fields (F2) on this ancestor.
        org.courtdesk.app.ui.phrase.PhrasePicker.provide(this, phraseLibrary(safeUser(workspace)));
        getStyleClass().add("main-window");
        UserInfo user = safeUser(workspace);
        username = user == null ? "" : user.username();
        String userText = user == null ? "" : (user.displayName() == null ? user.username() : user.displayName())
                + (user.role() == null ? "" : " · " + user.role().label());

        ReadingQueueView readingFound = null;
        Tab readingTabFound = null;
        // An unknown user (the smoke check) gets the queue the window always had.
        Role role = user == null || user.role() == null ? Role.JUDGE : user.role();
        for (QueueTabs.Entry entry : QueueTabs.forRole(role)) {
            // The first queue (on screen at start) and 阅卷 (the window's own commands and conflicts go to it) are built
            // now; every other queue when it is first shown, titled from the workspace until then (issue 13).
            boolean now = tabs.getTabs().isEmpty() || entry.kind() == RequestKind.CASE_FILE_READING;
            QueueTab queue = now ? entry.factory().create(workspace, clock, documentHost)
                    : new LazyQueue(entry.kind(), entry.tabId().substring("tab-".length()), workspace, entry.count(),
                    clock, () -> entry.factory().create(workspace, clock, documentHost));
            Tab tab = new Tab();
            tab.setId(entry.tabId());
            tab.setClosable(false);
            if (tabs.getTabs().isEmpty()) {
                tab.setContent(queue.content());
            } else {
                // A queue's controls join the scene when its tab is first shown: until then they cost no layout and
                // answer no look-up meant for the queue on screen. Its model loads (and titles the tab) either way.
                showWhenSelected(tab, queue::content);
            }
            tab.setGraphic(Icons.of(entry.icon(), 16));
            tab.textProperty().bind(queue.title());
            nav.addQueue(entry.kind(), tab, Icons.of(entry.icon(), 16), tab.textProperty(), badgesOf(entry.kind()));
            tab.selectedProperty().addListener((o, a, b) -> queue.setActive(b));
            queues.put(tab, queue);
            byKind.put(entry.kind(), queue);
            tabs.getTabs().add(tab);
            if (queue instanceof ReadingQueueView r) {
                readingFound = r;
                readingTabFound = tab;
            }
        }
        readingQueue = readingFound;
        readingTab = readingTabFound;
        today = todayTab(role);
        notices = noticeTab(role);
        if (today != null) {
            Tab todayTab = tabs.getTabs().get(0);
            tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
                if (b != null && b != todayTab) {
                    startedElsewhere = true;
                }
            });
        }
        queues.forEach((tab, queue) -> queue.setActive(tab.isSelected()));
        // Every queue's columns: wide enough for their headers, a column chooser, widths remembered (issue 13).
        Platform.runLater(() -> queues.keySet().forEach(t -> org.courtdesk.app.ui.TableColumns.install(t.getContent(), prefs)));
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

        readingPane = new ReadingPane(workspace, new ReadingPane.Listener() {
            @Override
            public void dockedChanged(boolean any) {
                dock(any);
            }

            @Override
            public void closed() {
                restoreFocus();
            }
        });
        // a queue first shown while a material is docked gives way to it too
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> Platform.runLater(() -> {
            if (t != null && readingPane.docked()) {
                QueueSplit.narrow(t.getContent(), true);
            }
        }));
        // the queue on screen keeps its detail whole at the window's width (and at every change of it)
        tabs.widthProperty().addListener((o, a, w) -> fitQueue());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> Platform.runLater(this::fitQueue));
        workArea.setId("work-area");
        workArea.getStyleClass().add("work-area");
        workArea.getItems().add(tabs);
        VBox top = new VBox(menuBar(), sessionBanner, offlineBanner, staleBanner);
        setTop(top);
        // The queues on the left, the queue on screen (and the reading pane) beside them: every queue is one look and one
        // key away at 1280 px, where a tab bar hid half of them (issue 13).
        nav.onEnter(this::focusQueue);
        nav.selected(tabs.getSelectionModel().getSelectedItem());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> nav.selected(t));
        nav.watchTitles();
        BorderPane body = new BorderPane(workArea);
        body.setLeft(nav.holder());
        // Below this width the list is a rail (icons, badges; the title and count in the tooltip) that opens over the
        // queue while the judge is in it: at 1280 px the queue's list and its detail need the whole width (issue 13).
        // 查看 → 队列列表始终展开 keeps the whole list at any width (the queue's list then scrolls sideways sooner).
        widthProperty().addListener((o, a, w) -> updateCompact());
        navPinned.addListener((o, a, b) -> {
            updateCompact();
            prefs.put(PREF_NAV_PINNED, Boolean.toString(b));
        });
        body.setId("main-body");
        setCenter(body);
        setBottom(statusBar);
        applyStatus(status);

        listener = new WorkspaceListener() {
            @Override
            public void changed(Set<RequestRef> requests) {
                // every queue, 阅卷 too, reads its changed rows and opens a new conflict's dialog itself (the queue core)
                Platform.runLater(() -> queues.values().forEach(q -> q.changed(requests)));
            }

            @Override
            public void statusChanged(SyncStatus s) {
                Platform.runLater(() -> applyStatus(s));
            }
        };
        workspace.addListener(listener);
        // Only now the first load of the queue: a sync finishing before the listener was attached would
        // otherwise leave the table on what the cache held before it.
        queues.values().forEach(QueueTab::refresh);
        Fx.async(workspace::syncStatus, this::applyStatus, t -> { });

        ticker = new Timeline(new KeyFrame(Duration.seconds(60), e -> {
            applyStatus(status);
            if (today != null) {
                today.model().tick(); // time left moves on by itself (every kind read again once an hour)
            }
            notices.model().reload(); // and deadlines come due
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();

        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                installKeys(scene);
            }
        });
    }

    /**
     * 今日到期 (spec-004 §15): the running deadlines of every kind the user works, first of the tabs and on screen at
     * start when any is pressing; null when none of the user's kinds has deadlines.
     */
    private TodayView todayTab(Role role) {
        List<DeadlineSource> sources = QueueTabs.forRole(role).stream().map(QueueTabs.Entry::deadlines).toList();
        TodayModel model = new TodayModel(workspace, clock, sources, Fx.background(), Platform::runLater);
        if (!model.hasSources()) {
            return null;
        }
        TodayView view = new TodayView(model, this::showRequest);
        Tab tab = new Tab();
        tab.setId("tab-today");
        tab.setClosable(false);
        // in the scene (styled, laid out) only once shown: at start the queue on screen comes first (issue 13)
        showWhenSelected(tab, () -> view);
        tab.setGraphic(Icons.of(MaterialDesignC.CALENDAR_CLOCK, 16));
        tab.textProperty().bind(view.title());
        tab.selectedProperty().addListener((o, a, b) -> view.setActive(b));
        queues.put(tab, view);
        nav.addFirst(tab, Icons.of(MaterialDesignC.CALENDAR_CLOCK, 16), tab.textProperty());
        Tab first = tabs.getTabs().isEmpty() ? null : tabs.getTabs().get(0);
        tabs.getTabs().add(0, tab);
        tabs.getSelectionModel().select(first);
        // The judge's day starts on it once it has something due (the first load tells).
        model.pressingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number n) {
                model.pressingProperty().removeListener(this);
                if (n.intValue() > 0 && !startedElsewhere) {
                    tabs.getSelectionModel().select(tab);
                    view.focusTable(); // the keys act where the judge looks
                }
            }
        });
        model.countsProperty().addListener((o, a, counts) -> badges.forEach((kind, badge) -> {
            TodayModel.Counts c = counts.getOrDefault(kind, TodayModel.Counts.NONE);
            int urgent = c.overdue() + c.dueToday();
            badge.setText(Integer.toString(c.pressing()));
            badge.setStyle(urgent > 0 ? "" : "-fx-background-color: #bf8700;");
            badge.setVisible(c.pressing() > 0);
            badge.setManaged(c.pressing() > 0);
            javafx.scene.control.Tooltip.install(badge, new javafx.scene.control.Tooltip(
                    Messages.format("today.badge.tooltip", c.overdue(), c.dueToday(), c.dueSoon())));
        }));
        return view;
    }

    /**
     * Puts {@code content} in {@code tab} when the tab is first selected (at once if it is): a view not on screen costs
     * no styling and no layout at start, and answers no look-up meant for the queue on screen. Its model loads either way.
     */
    private void showWhenSelected(Tab tab, java.util.function.Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> first = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean b) {
                if (b && tab.getContent() == null) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                    Platform.runLater(() -> org.courtdesk.app.ui.TableColumns.install(tab.getContent(), prefs));
                }
            }
        };
        tab.selectedProperty().addListener(first);
    }

    /**
     * A kind's "due soon / overdue" count (red) and its count of unseen reminders (new requests, replies; blue), each
     * hidden at 0, shown on its line of the queue list.
     */
    private Label[] badgesOf(RequestKind kind) {
        Label badge = new Label();
        badge.getStyleClass().add("tab-badge");
        badge.setId("badge-" + kind.name());
        badge.setVisible(false);
        badge.setManaged(false);
        badges.put(kind, badge);
        Label fresh = new Label();
        fresh.getStyleClass().add("tab-badge-new");
        fresh.setId("new-badge-" + kind.name());
        fresh.setVisible(false);
        fresh.setManaged(false);
        newBadges.put(kind, fresh);
        return new Label[] {badge, fresh};
    }

    /**
     * 通知 (spec-004 §1, the 12368 待处理 reminders): new requests, deadlines coming due and replies to 留言 of the user's
     * queues, the last tab; each kind tab shows its unseen count; a desktop notification when the user asked for one.
     */
    private org.courtdesk.app.ui.notice.NoticeCentreView noticeTab(Role role) {
        org.courtdesk.app.ui.notice.NoticeModel model = new org.courtdesk.app.ui.notice.NoticeModel(workspace, clock,
                org.courtdesk.app.ui.notice.NoticeSources.forTabs(QueueTabs.forRole(role)), Fx.background(),
                Platform::runLater);
        org.courtdesk.app.ui.notice.NoticeCentreView view = new org.courtdesk.app.ui.notice.NoticeCentreView(model,
                this::showRequest);
        Tab tab = new Tab();
        tab.setId("tab-notice");
        tab.setClosable(false);
        showWhenSelected(tab, () -> view);
        tab.setGraphic(Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignB.BELL_OUTLINE, 16));
        tab.textProperty().bind(view.title());
        tab.selectedProperty().addListener((o, a, b) -> view.setActive(b));
        queues.put(tab, view);
        tabs.getTabs().add(tab);
        nav.addLast(tab, Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignB.BELL_OUTLINE, 16), tab.textProperty());
        noticesTab = tab;
        model.unseenByKindProperty().addListener((o, a, counts) -> newBadges.forEach((kind, badge) -> {
            int n = counts.getOrDefault(kind, 0);
            badge.setText(Integer.toString(n));
            badge.setVisible(n > 0);
            badge.setManaged(n > 0);
        }));
        model.onFresh(fresh -> {
            if (model.desktopWanted()) {
                Platform.runLater(() -> org.courtdesk.app.ui.notice.DesktopNotice.show(this, fresh));
            }
        });
        return view;
    }

    /** Shows the notification centre and puts the keys there. */
    public void showNotices() {
        tabs.getSelectionModel().select(noticesTab);
        notices.focusTable();
    }

    /** The notification centre. */
    public org.courtdesk.app.ui.notice.NoticeCentreView notices() {
        return notices;
    }

    /** From 今日到期: the request's own queue, with the request open. */
    private void showRequest(RequestRef ref) {
        queues.forEach((tab, queue) -> {
            if (byKind.get(ref.kind()) == queue) {
                tabs.getSelectionModel().select(tab);
                queue.show(ref);
            }
        });
    }

    /** The 今日到期 view, null when the user's kinds have no deadlines. */
    public TodayView today() {
        return today;
    }

    private static org.courtdesk.app.phrase.PhraseLibrary phraseLibrary(UserInfo user) {
        java.nio.file.Path home = org.courtdesk.app.settings.AppDirs.home();
        java.nio.file.Path userDir = user == null ? home.resolve("anonymous")
                : org.courtdesk.app.settings.AppDirs.userDir(home, user.username());
        return new org.courtdesk.app.phrase.PhraseLibrary(userDir, org.courtdesk.app.settings.AppDirs.installDir());
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
        MenuItem sync = item(KeyTable.SYNC, this::syncNow);
        sync.setId("menu-sync");
        MenuItem quit = item(KeyTable.QUIT, () -> {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().hide();
            }
        });
        MenuItem settingsItem = item(KeyTable.SETTINGS, this::showSettings);
        settingsItem.setId("menu-settings");
        MenuItem logout = item(KeyTable.LOGOUT, this::logout);
        logout.setId("menu-logout");
        file.getItems().addAll(sync, new SeparatorMenuItem(), settingsItem, new SeparatorMenuItem(), logout, quit);

        Menu review = new Menu(Messages.get("menu.review"));
        // The generic commands go to the queue on screen; 同意/不同意/冲突 are the 阅卷 queue's own.
        MenuItem next = item("menu.review.next", null, () -> onQueue(QueueTab::next));
        MenuItem prev = item("menu.review.previous", null, () -> onQueue(QueueTab::previous));
        MenuItem open = item("menu.review.open", null, () -> onQueue(QueueTab::openSelected));
        MenuItem agree = item(KeyTable.AGREE, () -> onReading(ReadingQueueView::agree));
        MenuItem disagree = item(KeyTable.DISAGREE, () -> onReading(ReadingQueueView::disagree));
        MenuItem save = item(KeyTable.SAVE, () -> onQueue(QueueTab::save));
        MenuItem conflict = item("menu.review.conflict", null, () -> onReading(ReadingQueueView::showConflict));
        agree.visibleProperty().set(readingQueue != null);
        disagree.visibleProperty().set(readingQueue != null);
        conflict.visibleProperty().set(readingQueue != null);
        review.getItems().addAll(next, prev, open, new SeparatorMenuItem(), agree, disagree, save,
                new SeparatorMenuItem(), conflict);

        Menu view = new Menu(Messages.get("menu.view"));
        MenuItem filter = item(KeyTable.FILTER, () -> onQueue(QueueTab::focusFilter));
        MenuItem reset = item("menu.view.resetFilter", null, () -> onQueue(QueueTab::resetFilters));
        MenuItem refresh = item("menu.view.refresh", null, () -> onQueue(QueueTab::refresh));
        // The reading pane: to the material and back, close it (focus returns), pop it out to its own window.
        MenuItem toMaterial = item(KeyTable.TO_MATERIAL, this::toggleMaterialFocus);
        toMaterial.setId("menu-to-material");
        MenuItem closeMaterial = item(KeyTable.CLOSE_MATERIAL, this::closeMaterial);
        closeMaterial.setId("menu-close-material");
        MenuItem popOut = item(KeyTable.POP_OUT, () -> readingPane.popOut());
        popOut.setId("menu-pop-out");
        MenuItem navigation = item(KeyTable.NAVIGATION, this::focusNavigation);
        navigation.setId("menu-navigation");
        javafx.scene.control.CheckMenuItem pin = new javafx.scene.control.CheckMenuItem(Messages.get("menu.view.navPinned"));
        pin.setId("menu-nav-pinned");
        pin.selectedProperty().bindBidirectional(navPinned);
        MenuItem noticeCentre = item(KeyTable.NOTICES, this::showNotices);
        noticeCentre.setId("menu-notices");
        view.getItems().addAll(navigation, pin, new SeparatorMenuItem(), filter, reset, refresh, new SeparatorMenuItem(), toMaterial, closeMaterial, popOut,
                new SeparatorMenuItem(), noticeCentre);

        Menu help = new Menu(Messages.get("menu.help"));
        MenuItem keys = item(KeyTable.HELP, this::showKeys);
        keys.setId("menu-keys");
        MenuItem about = item("menu.help.about", null, this::showAbout);
        about.setId("menu-about");
        MenuItem logs = item("menu.help.openLogs", null, () -> openFolder(logFolder()));
        logs.setId("menu-open-logs");
        help.getItems().addAll(keys, new SeparatorMenuItem(), logs, about);

        MenuBar bar = new MenuBar(file, review, view, help);
        bar.setId("main-menu");
        return bar;
    }

    private static MenuItem item(KeyTable.Key key, Runnable action) {
        return item(key.what(), key.combination(), action);
    }

    private static MenuItem item(String key, KeyCombination accel, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        if (accel != null) {
            i.setAccelerator(accel);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    /** The queue tab on screen, if a queue (not a material viewer) is. */
    private java.util.Optional<QueueTab> selectedQueue() {
        return java.util.Optional.ofNullable(queues.get(tabs.getSelectionModel().getSelectedItem()));
    }

    /**
     * A queue command (next, save, Ctrl+1…): only to the queue on screen, and only while the keyboard is in it — not
     * while the judge reads a material in the reading pane (the keys act where the judge looks, issue 13).
     */
    private void onQueue(java.util.function.Consumer<QueueTab> command) {
        if (focusArea() == KeyTable.Area.VIEWER) {
            return;
        }
        selectedQueue().ifPresent(command);
    }

    /** A command of the 阅卷 queue: only while its tab is on screen and the keyboard is in it. */
    private void onReading(java.util.function.Consumer<ReadingQueueView> command) {
        if (focusArea() == KeyTable.Area.VIEWER) {
            return;
        }
        if (readingQueue != null && tabs.getSelectionModel().getSelectedItem() == readingTab) {
            command.accept(readingQueue);
        }
    }

    /** Where the keyboard is: in the reading pane (a material) or in the queue on screen (list, detail, form). */
    public KeyTable.Area focusArea() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        return owner != null && readingPane.holds(owner) ? KeyTable.Area.VIEWER : KeyTable.Area.QUEUE;
    }

    /** Esc leaves the form for the table (in the reading pane it closes the material); the rest are menu accelerators. */
    private void installKeys(Scene scene) {
        // Ctrl+Tab / Ctrl+PgDn: the next queue in the list's order, wherever the keyboard is (a filter: before a
        // control's own use of the key); Ctrl+Shift+Tab / Ctrl+PgUp the one before; F6 the list itself.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int step = 0;
            if (e.isShortcutDown() && e.getCode() == KeyCode.TAB) {
                step = e.isShiftDown() ? -1 : 1;
            } else if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.PAGE_DOWN) {
                step = 1;
            } else if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.PAGE_UP) {
                step = -1;
            }
            if (step != 0) {
                Node owner = scene.getFocusOwner();
                if (e.getCode() == KeyCode.TAB && owner instanceof javafx.scene.control.TextArea) {
                    return; // a text area keeps its Ctrl+Tab: the keyboard leaves it for the next control
                }
                if (owner != null && readingPane.holds(owner)) {
                    cycleMaterials(step); // in the reading pane the keys walk its materials
                } else {
                    cycleQueues(step);
                }
                e.consume();
            }
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && focusArea() == KeyTable.Area.QUEUE && selectedQueue().isPresent()) {
                selectedQueue().get().focusTable();
                e.consume();
            }
        });
    }

    /** The queue on screen: its list gives way before its detail leaves the window (issue 13). */
    private void fitQueue() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t != null && t.getContent() != null) {
            QueueSplit.fit(t.getContent(), tabs.getWidth());
        }
    }

    /** The queue {@code step} places after the one on screen in the list (round), with the keyboard on its list. */
    public void cycleQueues(int step) {
        Tab next = nav.step(tabs.getSelectionModel().getSelectedItem(), step);
        if (next != null) {
            tabs.getSelectionModel().select(next);
            Platform.runLater(this::focusQueue);
        }
    }

    /** The material {@code step} tabs after the one on screen in the reading pane (round), with the keyboard in it. */
    private void cycleMaterials(int step) {
        TabPane m = readingPane.tabs();
        int n = m.getTabs().size();
        if (n > 1) {
            int i = m.getSelectionModel().getSelectedIndex();
            m.getSelectionModel().select(((i + step) % n + n) % n);
        }
        readingPane.focusSelected();
    }

    /** F6: the keyboard to the list of queues (↑/↓ choose, Enter goes in). */
    public void focusNavigation() {
        nav.focusList();
    }

    /** The list of queues on the left. */
    public javafx.scene.control.TreeView<?> navigation() {
        return nav;
    }

    /** Shows or folds the reading pane beside the queues, at the divider position the judge left it. */
    private void dock(boolean any) {
        boolean shown = workArea.getItems().contains(readingPane);
        if (any && !shown) {
            workArea.getItems().add(readingPane);
            workArea.setDividerPositions(prefs.getDouble(PREF_DIVIDER, 0.55));
            workArea.getDividers().get(0).positionProperty().addListener((o, a, b) ->
                    prefs.put(PREF_DIVIDER, String.format(java.util.Locale.ROOT, "%.3f", b.doubleValue())));
            queues.keySet().forEach(t -> QueueSplit.narrow(t.getContent(), true));
        } else if (!any && shown) {
            workArea.getItems().remove(readingPane);
            queues.keySet().forEach(t -> QueueSplit.narrow(t.getContent(), false));
        }
    }

    /** Ctrl+W: closes the material on screen in the reading pane (the keyboard goes back where it was). */
    private void closeMaterial() {
        readingPane.closeSelected();
    }

    /** Ctrl+Shift+M: from the queue to the material on screen, and back. */
    private void toggleMaterialFocus() {
        if (focusArea() == KeyTable.Area.VIEWER) {
            restoreFocus();
        } else {
            Node owner = getScene() == null ? null : getScene().getFocusOwner();
            if (readingPane.docked() && owner != null) {
                returnFocus = owner;
            }
            readingPane.focusSelected();
        }
    }

    /** The keyboard back where the judge was when the material opened (else the queue's list). */
    private void restoreFocus() {
        Node back = returnFocus;
        if (back != null && back.getScene() == getScene() && back.isVisible() && !back.isDisabled()
                && !readingPane.holds(back)) {
            back.requestFocus();
        } else {
            focusQueue();
        }
    }

    /** Remembers layout (the reading pane's divider) in {@code p}; call before the first material opens. */
    public void usePrefs(org.courtdesk.app.ui.UiPrefs p) {
        this.prefs = p == null ? org.courtdesk.app.ui.UiPrefs.memory() : p;
        navPinned.set(prefs.get(PREF_NAV_PINNED).map(Boolean::parseBoolean).orElse(false));
        // the groups of the list of queues the judge folded stay folded after a restart, per user
        String folds = PREF_NAV_FOLDED + username;
        nav.onFoldsChanged(null);
        nav.fold(prefs.get(folds).map(v -> java.util.Set.of(v.isBlank() ? new String[0] : v.split(",")))
                .orElse(java.util.Set.of()));
        nav.onFoldsChanged(f -> prefs.put(folds, String.join(",", f)));
    }

    /** The list of queues as a rail in a narrow window, unless the judge keeps it open. */
    private void updateCompact() {
        double w = getWidth();
        nav.compactProperty().set(!navPinned.get() && w > 0 && w < FULL_NAV_WIDTH);
    }

    /** 查看 → 队列列表始终展开. */
    public javafx.beans.property.BooleanProperty navPinnedProperty() {
        return navPinned;
    }

    /** The materials docked in the reading pane (one tab each). */
    public TabPane materials() {
        return readingPane.tabs();
    }

    /** The materials popped out to windows of their own. */
    public List<javafx.stage.Stage> materialWindows() {
        return readingPane.windows();
    }

    /** F1: the shortcut sheet, made from the same key table as the menu (issue 13). */
    private void showKeys() {
        javafx.scene.control.Dialog<Void> d = new javafx.scene.control.Dialog<>();
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.setTitle(Messages.get("menu.help.keys"));
        d.setHeaderText(Messages.get("keys.header"));
        java.util.List<String> tabKeys = new java.util.ArrayList<>();
        for (QueueTab q : queues.values()) {
            if (q.keysHelp() != null) {
                tabKeys.add(q.keysHelp());
            }
        }
        // Where IT finds what happened (logins, offline and back, refused uploads).
        String footer = Messages.format("keys.logFile",
                org.courtdesk.app.settings.AppLogs.file(org.courtdesk.app.settings.AppDirs.home()));
        d.getDialogPane().setContent(KeySheet.build(tabKeys, footer));
        d.getDialogPane().getButtonTypes().add(new javafx.scene.control.ButtonType(Messages.get("action.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().getStylesheets().add(org.courtdesk.app.ui.Theme.stylesheet().toExternalForm());
        d.getDialogPane().setStyle("-fx-font-family: \"" + org.courtdesk.app.ui.Theme.family() + "\";");
        d.show();
    }

    private org.courtdesk.app.settings.Settings settings;
    private Runnable onLogout = () -> { };
    /** Asks the judge before logging out; the test answers in its place. */
    private java.util.function.Predicate<String> confirmLogout = this::askLogout;

    /** The app's settings file (设置 reads and writes it); without it 设置 is not offered. */
    public void useSettings(org.courtdesk.app.settings.Settings s) {
        this.settings = s;
    }

    /** What 注销 does once the judge confirmed: the app closes this window and its workspace and shows the login. */
    public void onLogout(Runnable r) {
        this.onLogout = r == null ? () -> { } : r;
    }

    void confirmLogoutWith(java.util.function.Predicate<String> ask) {
        this.confirmLogout = ask;
    }

    /**
     * 注销 / 切换用户 (issue 13): tells how many actions are not uploaded yet (they stay in this user's encrypted cache and
     * go up after their next login), and on 注销 hands over to the app, which closes the cache and shows the login.
     */
    public void logout() {
        Fx.async(() -> workspace.syncStatus().pendingUploads(), pending -> {
            String words = pending > 0 ? Messages.format("logout.pending", pending) : Messages.get("logout.none");
            if (confirmLogout.test(words)) {
                org.slf4j.LoggerFactory.getLogger(MainWindow.class).info("logout of {}; {} actions not uploaded stay in the cache",
                        username, pending);
                onLogout.run();
            }
        }, t -> {
            if (confirmLogout.test(Messages.get("logout.none"))) {
                onLogout.run();
            }
        });
    }

    private boolean askLogout(String words) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.setTitle(Messages.get("logout.title"));
        a.setHeaderText(Messages.get("logout.header"));
        Label text = new Label(words);
        text.setWrapText(true);
        text.setMaxWidth(440);
        text.setId("logout-text");
        a.getDialogPane().setContent(text);
        javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(Messages.get("logout.confirm"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType no = new javafx.scene.control.ButtonType(Messages.get("logout.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(ok, no);
        a.getDialogPane().getStylesheets().add(org.courtdesk.app.ui.Theme.stylesheet().toExternalForm());
        return a.showAndWait().filter(b -> b == ok).isPresent();
    }

    /** 设置 (Ctrl+,): server address, language, the court's zone, desktop reminders, the data and log folders. */
    public void showSettings() {
        if (settings == null) {
            return;
        }
        Fx.async(() -> notices.model().desktopWanted(), on -> openSettings(on), t -> openSettings(false));
    }

    /** The dialog on screen, for tests. */
    SettingsDialog settingsDialog;

    private void openSettings(boolean desktopOn) {
        SettingsDialog d = new SettingsDialog(getScene() == null ? null : getScene().getWindow(), settings,
                clock.getZone(), desktopOn, org.courtdesk.app.settings.AppDirs.home(), logFolder(), MainWindow::openFolder);
        d.getDialogPane().getStylesheets().add(org.courtdesk.app.ui.Theme.stylesheet().toExternalForm());
        d.getDialogPane().setStyle("-fx-font-family: \"" + org.courtdesk.app.ui.Theme.family() + "\";");
        settingsDialog = d;
        d.setOnHidden(e -> {
            settingsDialog = null;
            SettingsDialog.Values v = d.getResult();
            if (v == null) {
                return;
            }
            SettingsDialog.store(settings, v);
            org.slf4j.LoggerFactory.getLogger(MainWindow.class).info("settings saved: server {} (from the next login), "
                    + "language {} (from the next start), desktop reminders {}", v.serverUrl(), v.language(), v.desktop());
            if (v.desktop() != desktopOn) {
                Fx.background().execute(() -> notices.model().setDesktopWanted(v.desktop()));
                // the centre's own box, whether or not the centre was shown yet
                if (notices.lookup("#notice-desktop") instanceof javafx.scene.control.CheckBox box) {
                    box.setSelected(v.desktop());
                }
            }
        });
        d.show();
    }

    private String serverAddress = "—";

    /** The server this workstation talks to (shown in 关于). */
    public void setServerAddress(String address) {
        this.serverAddress = address == null || address.isBlank() ? "—" : address;
    }

    private static java.nio.file.Path logFolder() {
        return org.courtdesk.app.settings.AppLogs.file(org.courtdesk.app.settings.AppDirs.home()).getParent();
    }

    /** 关于: version, server, data folder, log folder (issue 13), with the log folder one click away. */
    private void showAbout() {
        javafx.scene.control.Dialog<Void> d = new javafx.scene.control.Dialog<>();
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.setTitle(Messages.get("menu.help.about"));
        d.setHeaderText(Messages.get("app.title"));
        d.getDialogPane().setContent(aboutContent(serverAddress));
        d.getDialogPane().getButtonTypes().add(new javafx.scene.control.ButtonType(Messages.get("action.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().getStylesheets().add(org.courtdesk.app.ui.Theme.stylesheet().toExternalForm());
        d.getDialogPane().setStyle("-fx-font-family: \"" + org.courtdesk.app.ui.Theme.family() + "\";");
        d.show();
    }

    static javafx.scene.layout.GridPane aboutContent(String server) {
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setId("about-grid");
        g.setHgap(14);
        g.setVgap(6);
        String version = MainWindow.class.getPackage().getImplementationVersion();
        java.nio.file.Path home = org.courtdesk.app.settings.AppDirs.home();
        String[][] rows = {
                {"about.version", version == null ? Messages.get("about.devVersion") : version},
                {"about.server", server},
                {"about.dataFolder", home.toString()},
                {"about.logFolder", logFolder().toString()}};
        int r = 0;
        for (String[] row : rows) {
            Label k = new Label(Messages.get(row[0]));
            k.getStyleClass().add("field-label");
            Label v = new Label(row[1]);
            v.setId("about-" + row[0].substring("about.".length()));
            v.setWrapText(true);
            g.addRow(r++, k, v);
        }
        Button open = new Button(Messages.get("menu.help.openLogs"));
        open.setId("about-open-logs");
        open.setOnAction(e -> openFolder(logFolder()));
        g.add(open, 1, r);
        return g;
    }

    /** Opens a folder in the system's file manager (off the FX thread; nothing where there is no desktop). */
    private static void openFolder(java.nio.file.Path dir) {
        Fx.background().execute(() -> {
            try {
                java.nio.file.Files.createDirectories(dir);
                if (java.awt.Desktop.isDesktopSupported()
                        && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                    java.awt.Desktop.getDesktop().open(dir.toFile());
                }
            } catch (Exception | Error e) {
                org.slf4j.LoggerFactory.getLogger(MainWindow.class).warn("could not open {}: {}", dir, e.toString());
            }
        });
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

    /**
     * Opens a document of any queue in the reading pane beside the queue (or selects it where it is already open) and
     * gives the viewer the keyboard; Esc or Ctrl+W closes it and the keyboard goes back where it was.
     */
    private void openDocument(QueueTabs.DocumentRef doc) {
        openDocument(doc, List.of());
    }

    /** The same, and the documents before and after it readied in the background (page 1 rendered ahead). */
    private void openDocument(QueueTabs.DocumentRef doc, List<QueueTabs.DocumentRef> neighbours) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (owner != null && !readingPane.holds(owner)) {
            returnFocus = owner;
        }
        readingPane.open(doc, neighbours);
    }

    /** What the queues may ask of the window. */
    private final QueueTabs.Host documentHost = new QueueTabs.Host() {
        @Override
        public void openDocument(QueueTabs.DocumentRef document) {
            MainWindow.this.openDocument(document);
        }

        @Override
        public void openDocument(QueueTabs.DocumentRef document, List<QueueTabs.DocumentRef> neighbours) {
            MainWindow.this.openDocument(document, neighbours);
        }
    };

    /** Puts the keyboard on the list of the queue on screen (after login). */
    public void focusQueue() {
        onQueue(QueueTab::focusTable);
    }

    /** The 阅卷申请 queue, null when the user does not see it. */
    public ReadingQueueView reading() {
        return readingQueue;
    }

    /**
     * The queue tab of {@code kind}, if the user sees it; its view is built now if it was not. Off the FX thread the
     * build runs on the FX thread and this waits for it: built anywhere else, a view would be made twice when the FX
     * thread opens the same queue at the same moment (a reminder's Enter), and its controls off their thread.
     */
    public java.util.Optional<QueueTab> queue(RequestKind kind) {
        QueueTab q = byKind.get(kind);
        if (q instanceof LazyQueue lazy && !javafx.application.Platform.isFxApplicationThread()) {
            var build = new java.util.concurrent.FutureTask<QueueTab>(lazy::view);
            javafx.application.Platform.runLater(build);
            try {
                return java.util.Optional.of(build.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return java.util.Optional.ofNullable(q instanceof LazyQueue lazy ? lazy.view() : q);
    }

    /** Whether the view of {@code kind}'s queue exists yet (it is built when first shown). */
    boolean built(RequestKind kind) {
        QueueTab q = byKind.get(kind);
        return q != null && !(q instanceof LazyQueue lazy && !lazy.built());
    }

    /** The tab of {@code kind}'s queue, if the user sees it. */
    public java.util.Optional<Tab> queueTab(RequestKind kind) {
        QueueTab q = byKind.get(kind);
        return queues.entrySet().stream().filter(e -> e.getValue() == q).map(java.util.Map.Entry::getKey).findFirst();
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Stops listening and ticking (before the workspace closes). */
    public void dispose() {
        ticker.stop();
        workspace.removeListener(listener);
        queues.values().forEach(QueueTab::dispose);
        readingPane.dispose();
    }
}
