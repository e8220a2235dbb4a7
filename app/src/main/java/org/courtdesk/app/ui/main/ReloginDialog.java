package org.courtdesk.app.ui.main;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Theme;

/** 登录已过期: asks for the password again; the cache and the outbox stay as they are. */
public final class ReloginDialog extends Dialog<char[]> {

    public ReloginDialog(Window owner, String username, String error) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("relogin.title"));
        setHeaderText(Messages.get("relogin.header"));
        PasswordField password = new PasswordField();
        password.setId("relogin-password");
        password.setPromptText(Messages.get("login.password.prompt"));
        Label user = new Label(Messages.format("relogin.user", username == null ? "" : username));
        Label note = new Label(Messages.get("relogin.note"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(10, user, password, note);
        if (error != null && !error.isBlank()) {
            Label err = new Label(error);
            err.setId("relogin-error");
            err.setWrapText(true);
            err.getStyleClass().add("login-error");
            box.getChildren().add(1, err);
        }
        box.setPrefWidth(380);
        getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(Messages.get("relogin.submit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("relogin.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, later);
        getDialogPane().lookupButton(ok).getStyleClass().add(Styles.ACCENT);
        getDialogPane().lookupButton(ok).setId("relogin-submit");
        var css = Theme.stylesheet();
        if (css != null) {
            getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        getDialogPane().setStyle("-fx-font-family: \"" + Theme.family() + "\";");
        setResultConverter(bt -> bt == ok ? password.getText().toCharArray() : null);
        Platform.runLater(password::requestFocus);
    }
}
