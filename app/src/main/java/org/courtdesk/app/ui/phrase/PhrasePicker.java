package org.courtdesk.app.ui.phrase;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.phrase.PhraseLibrary;
import org.courtdesk.model.request.RequestKind;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * 常用语 by keyboard: F2 in an opinion field opens the kind's standard sentences; ↑/↓ and Enter, or the digit of the
 * line, inserts one at the caret; Esc closes. The last line, 管理常用语…, edits the list (one sentence a line). The
 * library is found on an ancestor node under {@link #LIBRARY} (the main window puts the signed-in user's there), so a
 * form only says which field and which kind.
 */
public final class PhrasePicker {

    /** The node property under which an ancestor holds the {@link PhraseLibrary}. */
    public static final String LIBRARY = PhraseLibrary.class.getName();

    private PhrasePicker() {}

    /** The open list of a field, kept on the field while it shows. */
    private static final String OPEN = PhrasePicker.class.getName() + ".open";
    /** A digit chose a phrase: its KEY_TYPED, which follows the KEY_PRESSED, must not land in the field. */
    private static final String SWALLOW = PhrasePicker.class.getName() + ".swallow";

    /**
     * F2 in {@code field} offers {@code kind}'s phrases. While the list shows, the field's keys drive it (a popup does
     * not get the keyboard on every platform): ↑/↓, Enter, a digit, Esc; nothing is typed into the field meanwhile.
     */
    public static void install(TextInputControl field, RequestKind kind) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            field.getProperties().remove(SWALLOW); // only the press's own KEY_TYPED is swallowed
            Open open = (Open) field.getProperties().get(OPEN);
            if (open != null && open.popup().isShowing()) {
                open.key(e);
                e.consume();
            } else if (e.getCode() == KeyCode.F2 && !field.isDisabled() && field.isEditable()) {
                e.consume();
                PhraseLibrary library = libraryOf(field);
                if (library != null) {
                    show(field, kind, library);
                }
            }
        });
        field.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            Open open = (Open) field.getProperties().get(OPEN);
            if ((open != null && open.popup().isShowing()) || field.getProperties().remove(SWALLOW) != null) {
                e.consume();
            }
        });
    }

    /** A showing list: its popup and what its keys do. */
    private record Open(Popup popup, java.util.function.Consumer<KeyEvent> keys) {
        void key(KeyEvent e) {
            keys.accept(e);
        }
    }

    static PhraseLibrary libraryOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Object lib = n.getProperties().get(LIBRARY);
            if (lib instanceof PhraseLibrary p) {
                return p;
            }
        }
        return null;
    }

    /** Inserts {@code phrase} at the caret (replacing a selection), with a separating space after existing text. */
    public static void insert(TextInputControl field, String phrase) {
        int caret = field.getCaretPosition();
        String before = field.getText() == null ? "" : field.getText().substring(0, Math.min(caret, field.getLength()));
        String glue = before.isEmpty() || before.endsWith("\n") || before.endsWith(" ") || before.endsWith("。")
                || before.endsWith("；") ? "" : "；";
        field.replaceSelection(glue + phrase);
    }

    private static void show(TextInputControl field, RequestKind kind, PhraseLibrary library) {
        List<String> phrases = library.phrases(kind);
        String manage = Messages.get("phrase.manage");
        ListView<String> list = new ListView<>();
        list.setId("phrase-list");
        list.getItems().addAll(phrases);
        list.getItems().add(manage);
        list.setPrefWidth(Math.max(420, field.getWidth()));
        list.setPrefHeight(Math.min(12, list.getItems().size()) * 28 + 4);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                int i = getIndex();
                setText(empty || s == null ? null : i < phrases.size() && i < 9 ? (i + 1) + "  " + s : s);
            }
        });
        list.getSelectionModel().selectFirst();
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.getContent().add(list);
        Runnable choose = () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            popup.hide();
            if (i >= 0 && i < phrases.size()) {
                insert(field, phrases.get(i));
            } else if (i == phrases.size()) {
                edit(field, kind, library);
            }
            field.requestFocus();
        };
        java.util.function.Consumer<KeyEvent> keys = e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                field.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                list.getSelectionModel().select(Math.max(0, Math.min(list.getItems().size() - 1, i)));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
            } else if (e.getCode().isDigitKey()) {
                // DIGIT2 / NUMPAD2: the name ends with the digit (the event's text may be empty on some platforms)
                String name = e.getCode().getName();
                int i = name.charAt(name.length() - 1) - '1';
                if (i >= 0 && i < Math.min(9, phrases.size())) {
                    list.getSelectionModel().select(i);
                    field.getProperties().put(SWALLOW, Boolean.TRUE);
                    choose.run();
                }
            }
        };
        list.setOnKeyPressed(e -> {
            keys.accept(e);
            e.consume();
        });
        field.getProperties().put(OPEN, new Open(popup, keys));
        popup.setOnHidden(e -> field.getProperties().remove(OPEN));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose.run();
            }
        });
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b != null) {
            popup.show(field, b.getMinX(), b.getMaxY());
        } else {
            popup.show(field.getScene().getWindow());
        }
        list.requestFocus();
    }

    /** 管理常用语: the list as text, one sentence a line; 保存, 恢复默认 (the court's list), 取消. */
    private static void edit(TextInputControl field, RequestKind kind, PhraseLibrary library) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (field.getScene() != null) {
            dialog.initOwner(field.getScene().getWindow());
        }
        dialog.setTitle(Messages.format("phrase.edit.title", Messages.kind(kind)));
        dialog.setHeaderText(Messages.get("phrase.edit.header"));
        TextArea text = new TextArea(String.join("\n", library.phrases(kind)));
        text.setId("phrase-editor");
        text.setPrefColumnCount(60);
        text.setPrefRowCount(14);
        text.setWrapText(true);
        dialog.getDialogPane().setContent(text);
        ButtonType save = new ButtonType(Messages.get("phrase.edit.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType reset = new ButtonType(Messages.get("phrase.edit.reset"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(save, reset, ButtonType.CANCEL);
        dialog.getDialogPane().setStyle("-fx-font-family: \"" + org.courtdesk.app.ui.Theme.family() + "\";");
        dialog.showAndWait().ifPresent(choice -> {
            try {
                if (choice == save) {
                    library.save(kind, Arrays.asList(text.getText().split("\\R")));
                } else if (choice == reset) {
                    library.reset(kind);
                }
            } catch (IOException e) {
                Alert a = new Alert(Alert.AlertType.ERROR, Messages.format("phrase.edit.failed", e.getMessage()));
                a.initOwner(dialog.getOwner());
                a.show();
            }
        });
    }

    /** For the window: puts the user's library where the fields find it. */
    public static void provide(Parent root, PhraseLibrary library) {
        root.getProperties().put(LIBRARY, library);
    }
}
