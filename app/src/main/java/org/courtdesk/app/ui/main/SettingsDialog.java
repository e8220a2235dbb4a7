package org.courtdesk.app.ui.main;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.BadServerAddressException;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.settings.Settings;

/**
 * 设置 (issue 13): the server address (checked as the login checks it; used from the next login — the signed-in session
 * keeps its server), the language (from the next start), the court's time zone (shown: IT sets it), desktop reminders
 * (the same switch as in 通知, kept in the user's cache), and the data and log folders with 打开. Kept in the app's
 * {@link Settings} file, like the rest of the workstation's preferences.
 */
final class SettingsDialog extends Dialog<SettingsDialog.Values> {

    /** Settings key of the UI language ("zh" / "en"), read at start. */
    static final String LANGUAGE_KEY = "ui.language";

    /** What the dialog saves. */
    record Values(String serverUrl, String language, boolean desktop) {}

    final TextField server = new TextField();
    final Label serverError = new Label();
    final ComboBox<String> language = new ComboBox<>();
    final CheckBox desktop = new CheckBox(Messages.get("settings.desktop"));

    SettingsDialog(Window owner, Settings settings, ZoneId zone, boolean desktopOn, Path dataFolder, Path logFolder,
                   java.util.function.Consumer<Path> open) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("settings.title"));
        setHeaderText(Messages.get("settings.header"));
        getDialogPane().setId("settings-dialog");

        server.setId("settings-server");
        server.setText(settings.serverUrl());
        server.setPrefColumnCount(28);
        serverError.setId("settings-server-error");
        serverError.getStyleClass().add("field-error");
        serverError.setStyle("-fx-text-fill: #a40e26;");
        serverError.setWrapText(true);
        serverError.setVisible(false);
        serverError.setManaged(false);
        Label serverNote = note("settings.server.note");

        language.setId("settings-language");
        language.getItems().addAll("中文", "English");
        String lang = settings.get(LANGUAGE_KEY).orElse(Messages.locale().getLanguage());
        language.getSelectionModel().select(lang.startsWith("en") ? 1 : 0);
        Label languageNote = note("settings.language.note");

        Label zoneValue = new Label(zone.getId());
        zoneValue.setId("settings-zone");
        desktop.setId("settings-desktop");
        desktop.setSelected(desktopOn);

        GridPane g = new GridPane();
        g.setId("settings-grid");
        g.setHgap(14);
        g.setVgap(8);
        int r = 0;
        g.addRow(r++, label("settings.server"), server);
        g.add(serverError, 1, r++);
        g.add(serverNote, 1, r++);
        g.addRow(r++, label("settings.language"), language);
        g.add(languageNote, 1, r++);
        g.addRow(r++, label("settings.zone"), zoneValue);
        g.addRow(r++, label("settings.reminders"), desktop);
        g.addRow(r++, label("about.dataFolder"), folder("settings-data", dataFolder, open));
        g.addRow(r++, label("about.logFolder"), folder("settings-logs", logFolder, open));
        getDialogPane().setContent(g);

        ButtonType save = new ButtonType(Messages.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("settings.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("settings-save");
        // A wrong address stays in the dialog with the reason under it; nothing is saved.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> problem = problem(server.getText());
            serverError.setText(problem.orElse(""));
            serverError.setVisible(problem.isPresent());
            serverError.setManaged(problem.isPresent());
            if (problem.isPresent()) {
                server.requestFocus();
                e.consume();
            }
        });
        server.textProperty().addListener((o, a, b) -> {
            serverError.setVisible(false);
            serverError.setManaged(false);
        });
        setResultConverter(b -> b == save ? new Values(server.getText().trim(),
                language.getSelectionModel().getSelectedIndex() == 1 ? "en" : "zh", desktop.isSelected()) : null);
        javafx.application.Platform.runLater(server::requestFocus);
    }

    /** Why {@code url} is not a server address, in the UI's language; empty when it is one. */
    static Optional<String> problem(String url) {
        try {
            ApiClient.parseServerUrl(url);
            return Optional.empty();
        } catch (BadServerAddressException e) {
            return Optional.of(Messages.text(e.text()));
        }
    }

    /** Stores what the dialog saved (the desktop switch lives in the user's cache: the caller stores it). */
    static void store(Settings settings, Values v) {
        settings.put(Settings.KEY_SERVER_URL, v.serverUrl());
        settings.put(LANGUAGE_KEY, v.language());
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label note(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }

    private static HBox folder(String id, Path dir, java.util.function.Consumer<Path> open) {
        Label path = new Label(dir.toString());
        path.setId(id);
        path.setWrapText(true);
        path.setMaxWidth(360);
        Button b = new Button(Messages.get("settings.open"));
        b.setId(id + "-open");
        b.setOnAction(e -> open.accept(dir));
        HBox box = new HBox(10, path, b);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
