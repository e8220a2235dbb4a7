package org.courtdesk.app.ui.login;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.LoginService;
import org.courtdesk.app.workspace.Workspace;

/** The login screen without controls: fields, busy flag, the Chinese error, and the login off the FX thread. */
public final class LoginViewModel {

    /** The server's own default port (7070), as the settings fall back to. */
    public static final String DEFAULT_SERVER = org.courtdesk.app.settings.Settings.FALLBACK_SERVER_URL;

    private final LoginService service;
    private final ServerAddressStore store;
    private final Executor worker;
    private final Executor ui;

    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    /** What the busy row says: "signing in", or a long step (the cache being compacted). */
    private final StringProperty busyText = new SimpleStringProperty(Messages.get("login.busy"));
    private final BooleanBinding canSubmit;

    public LoginViewModel(LoginService service, ServerAddressStore store, String presetServer, Executor worker, Executor ui) {
        this.service = service;
        this.store = store;
        this.worker = worker;
        this.ui = ui;
        String remembered = store == null ? null : store.load();
        server.set(presetServer != null && !presetServer.isBlank() ? presetServer
                : remembered != null && !remembered.isBlank() ? remembered : DEFAULT_SERVER);
        String lastUser = store == null ? null : store.lastUsername();
        if (lastUser != null) {
            username.set(lastUser);
        }
        canSubmit = Bindings.createBooleanBinding(
                () -> !busy.get() && !server.get().isBlank() && !username.get().isBlank(), busy, server, username);
    }

    public StringProperty serverProperty() { return server; }
    public StringProperty usernameProperty() { return username; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty errorProperty() { return error; }
    public StringProperty busyTextProperty() { return busyText; }
    public BooleanBinding canSubmitProperty() { return canSubmit; }

    /**
     * Logs in off the FX thread; the password array is wiped afterwards. {@code onSuccess} gets the workspace on
     * the FX thread; a failure sets {@link #errorProperty()} to the reason's Chinese sentence.
     */
    public void login(char[] password, Consumer<Workspace> onSuccess) {
        if (!canSubmit.get()) {
            if (username.get().isBlank()) {
                error.set(Messages.get("login.error.usernameRequired"));
            }
            return;
        }
        if (password == null || password.length == 0) {
            error.set(Messages.get("login.error.passwordRequired"));
            return;
        }
        String url = server.get().strip();
        String user = username.get().strip();
        error.set("");
        busyText.set(Messages.get("login.busy"));
        busy.set(true);
        worker.execute(() -> {
            try {
                Workspace ws = service.login(url, user, password, key -> {
                    String text = Messages.get(key);
                    ui.execute(() -> busyText.set(text));
                });
                if (store != null) {
                    store.save(url);
                }
                ui.execute(() -> {
                    busy.set(false);
                    onSuccess.accept(ws);
                });
            } catch (LoginException e) {
                String text = Messages.login(e);
                ui.execute(() -> {
                    busy.set(false);
                    error.set(text);
                });
            } catch (Throwable t) {
                String text = Messages.format("login.error.SERVER_ERROR", String.valueOf(t.getMessage()));
                ui.execute(() -> {
                    busy.set(false);
                    error.set(text);
                });
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }
}
