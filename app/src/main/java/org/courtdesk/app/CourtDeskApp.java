package org.courtdesk.app;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.Theme;
import org.courtdesk.app.ui.login.LoginServices;
import org.courtdesk.app.ui.login.LoginView;
import org.courtdesk.app.ui.login.LoginViewModel;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.ui.login.ServerAddressStore;
import org.courtdesk.app.ui.login.SettingsServerAddressStore;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.workspace.LoginService;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.app.workspace.local.DefaultLoginService;

/** The workstation: login, then the main window. Started by {@link Launcher}. */
public class CourtDeskApp extends Application {

    static final String LANGUAGE_KEY = "ui.language";

    private Stage stage;
    private Scene scene;
    private LoginService loginService;
    private ServerAddressStore addressStore;
    private String presetServer;
    private String presetUser;
    private String langArg;
    private Settings settings;
    private Workspace workspace;
    private MainWindow main;

    @Override
    public void init() {
        List<String> args = getParameters().getRaw();
        presetServer = option(args, "--server=");
        presetUser = option(args, "--user=");
        langArg = option(args, "--lang=");
    }

    /** UI language: --lang=en|zh, else the remembered choice, else Chinese. */
    private void chooseLanguage() {
        String lang = langArg != null ? langArg : settings.get(LANGUAGE_KEY).orElse("zh");
        Messages.use(lang.toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.CHINESE);
    }

    static String option(List<String> args, String prefix) {
        for (String a : args) {
            if (a.startsWith(prefix)) {
                return a.substring(prefix.length());
            }
        }
        return null;
    }

    @Override
    public void start(Stage primary) {
        Theme.init();
        this.stage = primary;
        DefaultLoginService fallback = null;
        this.loginService = LoginServices.find().orElse(null);
        if (loginService == null) {
            fallback = new DefaultLoginService();
            loginService = fallback;
        }
        this.settings = fallback != null ? fallback.settings() : Settings.load();
        this.addressStore = new SettingsServerAddressStore(settings);
        chooseLanguage();
        stage.setTitle(Messages.get("app.title"));
        // Maximised on a small screen (1280×800, or 150 % scaling), else where the judge left it on this screen, clamped
        // to the usable area: the menu and the status bar are always on screen (issue 13).
        javafx.stage.Screen screen = javafx.stage.Screen.getPrimary();
        javafx.geometry.Rectangle2D visual = screen.getVisualBounds();
        org.courtdesk.app.ui.WindowSize.Size size = org.courtdesk.app.ui.WindowSize.fit(visual);
        String screenKey = org.courtdesk.app.ui.WindowSize.screenKey(screen.getBounds(), screen.getOutputScaleX());
        org.courtdesk.app.ui.WindowSize.Placement place = org.courtdesk.app.ui.WindowSize.place(visual, settings.get(screenKey));
        stage.setMinWidth(size.minWidth());
        stage.setMinHeight(size.minHeight());
        scene = new Scene(loginView(), place.width(), place.height());
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setMaximized(place.maximized());
        stage.show();
        if (!stage.isMaximized() && (stage.getHeight() > visual.getHeight() || stage.getWidth() > visual.getWidth())) {
            // The decorations made it larger than the scene: shrink to the usable area and put it in its corner.
            stage.setWidth(Math.min(stage.getWidth(), visual.getWidth()));
            stage.setHeight(Math.min(stage.getHeight(), visual.getHeight()));
            stage.setX(visual.getMinX());
            stage.setY(visual.getMinY());
        }
        stage.setOnHiding(e -> {
            try {
                settings.put(screenKey, org.courtdesk.app.ui.WindowSize.remember(stage.getX(), stage.getY(),
                        stage.getWidth(), stage.getHeight(), stage.isMaximized()));
            } catch (RuntimeException ignored) {
                // remembering the window is a convenience
            }
        });
    }

    /** The last logged-out workspace's close, which the next login waits for. */
    private volatile java.util.concurrent.CompletableFuture<Void> closed = java.util.concurrent.CompletableFuture.completedFuture(null);

    private LoginView loginView() {
        LoginService afterClose = (url, user, pw) -> {
            org.courtdesk.app.settings.AppLogs.awaitInstalled(); // the login's lines belong in the log file
            try {
                closed.get(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(CourtDeskApp.class).warn("the last session did not close cleanly: {}",
                        e.toString());
            }
            return loginService.login(url, user, pw);
        };
        LoginViewModel vm = new LoginViewModel(afterClose, addressStore, presetServer, Fx.background(), Platform::runLater);
        if (presetUser != null && vm.usernameProperty().get().isBlank()) {
            vm.usernameProperty().set(presetUser); // the demo script names the demo judge; a remembered user wins
        }
        LoginView view = new LoginView(vm, this::enter, this::switchLanguage);
        Platform.runLater(view::focusFirstEmpty);
        return view;
    }

    private void switchLanguage() {
        boolean english = !Messages.locale().getLanguage().equals("en");
        Messages.use(english ? Messages.ENGLISH : Messages.CHINESE);
        try {
            settings.put(LANGUAGE_KEY, english ? "en" : "zh");
        } catch (RuntimeException e) {
            // remembering the language is a convenience
        }
        stage.setTitle(Messages.get("app.title"));
        scene.setRoot(loginView());
        Theme.apply(scene);
    }

    private void enter(Workspace ws) {
        this.workspace = ws;
        // Dates in the court's zone, not the machine's (a workstation set to UTC: issue 13).
        main = new MainWindow(ws, org.courtdesk.app.ui.CourtClock.system(settings));
        main.usePrefs(org.courtdesk.app.ui.UiPrefs.of(settings));
        main.setServerAddress(settings.serverUrl());
        main.useSettings(settings);
        main.onLogout(this::logout);
        scene.setRoot(main);
        Theme.apply(scene);
        stage.setTitle(Messages.get("app.title") + " — " + (ws.user() == null ? "" : ws.user().displayName()));
        Platform.runLater(() -> main.focusQueue());
    }

    /**
     * 注销 / 切换用户: the window stops, the workspace closes its cache (the outbox with what is not uploaded stays in it,
     * encrypted under that user's password), and the login screen comes back for whoever signs in next.
     */
    private void logout() {
        MainWindow leaving = main;
        Workspace closing = workspace;
        main = null;
        workspace = null;
        if (leaving != null) {
            leaving.dispose();
        }
        stage.setTitle(Messages.get("app.title"));
        scene.setRoot(loginView());
        Theme.apply(scene);
        if (closing != null) {
            // an upload under way finishes or stops first: not on the FX thread; the next login waits for it (the same
            // judge signing in again opens the same cache file)
            closed = java.util.concurrent.CompletableFuture.runAsync(closing::close, Fx.background());
        }
    }

    @Override
    public void stop() {
        if (main != null) {
            main.dispose();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
