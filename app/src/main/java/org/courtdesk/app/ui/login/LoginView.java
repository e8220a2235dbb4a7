package org.courtdesk.app.ui.login;

import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.workspace.Workspace;

/** 登录: server address (remembered), user name, password; the error in plain Chinese; login off the FX thread. */
public final class LoginView extends StackPane {

    private final LoginViewModel model;
    private final Consumer<Workspace> onLoggedIn;
    private final TextField server = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label error = new Label();
    private final Button submit = new Button();

    public LoginView(LoginViewModel model, Consumer<Workspace> onLoggedIn, Runnable onSwitchLanguage) {
        this.model = model;
        this.onLoggedIn = onLoggedIn;
        getStyleClass().add("login-root");
        setId("login-view");

        Label mark = new Label(null, Icons.of(MaterialDesignS.SCALE_BALANCE, 36, "login-mark-icon"));
        mark.getStyleClass().add("login-mark");
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().addAll(Styles.TITLE_2, "login-title");
        Label subtitle = new Label(Messages.get("login.subtitle"));
        subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, "login-subtitle");
        VBox header = new VBox(6, mark, title, subtitle);
        header.setAlignment(Pos.CENTER);

        server.setId("login-server");
        server.textProperty().bindBidirectional(model.serverProperty());
        server.setPromptText(Messages.get("login.server.prompt"));
        username.setId("login-username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        username.setPromptText(Messages.get("login.username.prompt"));
        password.setId("login-password");
        password.setPromptText(Messages.get("login.password.prompt"));

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(12);
        form.addRow(0, fieldLabel("login.server", Icons.of(MaterialDesignS.SERVER_NETWORK)), server);
        form.addRow(1, fieldLabel("login.username", Icons.of(MaterialDesignA.ACCOUNT_OUTLINE)), username);
        form.addRow(2, fieldLabel("login.password", Icons.of(MaterialDesignL.LOCK_OUTLINE)), password);
        GridPane.setHgrow(server, Priority.ALWAYS);
        GridPane.setHgrow(username, Priority.ALWAYS);
        GridPane.setHgrow(password, Priority.ALWAYS);

        error.setId("login-error");
        error.getStyleClass().add("login-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 16));

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("login-progress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label busyText = new Label();
        busyText.setId("login-busy-text");
        busyText.textProperty().bind(model.busyTextProperty());
        busyText.setWrapText(true);
        busyText.getStyleClass().add(Styles.TEXT_MUTED);
        busyText.visibleProperty().bind(model.busyProperty());
        busyText.managedProperty().bind(busyText.visibleProperty());

        submit.setId("login-submit");
        submit.setText(Messages.get("login.submit"));
        submit.getStyleClass().addAll(Styles.ACCENT, "login-submit");
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> submit());
        HBox.setHgrow(submit, Priority.ALWAYS);

        HBox busyRow = new HBox(8, progress, busyText);
        busyRow.setAlignment(Pos.CENTER);
        busyRow.managedProperty().bind(model.busyProperty());
        busyRow.visibleProperty().bind(model.busyProperty());

        Label hint = new Label(Messages.get("login.offlineHint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);

        Hyperlink language = new Hyperlink(Messages.get("login.switchLanguage"));
        language.setId("login-language");
        language.setOnAction(e -> {
            if (onSwitchLanguage != null) {
                onSwitchLanguage.run();
            }
        });
        language.setTooltip(new Tooltip(Messages.get("login.switchLanguage.tip")));
        HBox footer = new HBox(language);
        footer.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(18, header, form, error, submit, busyRow, hint, footer);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(32, 36, 20, 36));
        card.setMaxSize(440, Region.USE_PREF_SIZE);
        card.setPrefWidth(440);

        Label court = new Label(Messages.get("login.footer"));
        court.getStyleClass().addAll(Styles.TEXT_SMALL, "login-footer");
        StackPane.setAlignment(court, Pos.BOTTOM_CENTER);
        StackPane.setMargin(court, new Insets(0, 0, 16, 0));

        getChildren().addAll(card, court);
        setPadding(new Insets(24));
    }

    private static Label fieldLabel(String key, javafx.scene.Node icon) {
        Label l = new Label(Messages.get(key), icon);
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public void submit() {
        model.login(password.getText().toCharArray(), ws -> {
            password.clear();
            onLoggedIn.accept(ws);
        });
    }

    /** Puts the caret where the user most likely types next. */
    public void focusFirstEmpty() {
        if (model.serverProperty().get().isBlank()) {
            server.requestFocus();
        } else if (model.usernameProperty().get().isBlank()) {
            username.requestFocus();
        } else {
            password.requestFocus();
        }
    }

    public LoginViewModel model() {
        return model;
    }
}
