package org.courtdesk.app.ui.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.api.ErrorCode;

/**
 * What the judge typed is what is saved (issue 13), for the forms of every kind. A form registers its fields here and
 * calls {@link #commit()} first thing on save (button, Ctrl+S, Enter): every shown, enabled field takes the text in its
 * editor as its value — a date typed into a picker without Enter or Tab, a number in a spinner, a time in a text field
 * — and text that does not parse is refused <em>at its field</em> (red border, the sentence under the field), so the
 * save does not happen and nothing stale is saved in its place.
 * <p>
 * Validation messages of the shared rules go to their field too ({@link #attach}): a form says which
 * {@link ErrorCode} belongs to which field ({@link #code}); what belongs to no field is returned for the form's general
 * error list. A field's message clears as soon as the judge changes the field (and re-appears on the next save if it
 * is still wrong), so a fixed field never shows an old complaint.
 * <p>
 * Knows no kind: the 阅卷 review and attendance forms, 网上立案's 退回补正, 延期开庭's new hearing and every new kind's
 * form use the same mechanism. Controls only (a view helper); a view model keeps its values as before.
 */
public final class FormFields {

    /** The CSS pseudo-class of a field whose text or value is refused (courtdesk.css draws it red). */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** The style class of the sentence under a refused field. */
    public static final String MESSAGE_CLASS = "field-message";

    /** Parses a field's text into its value; returns null when the text is not one (blank is handled before). */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text) throws RuntimeException;
    }

    private final class Field {
        final Control control;
        final String label;
        /** Commits the editor's text; returns the refused text, or null when committed (or blank). */
        final java.util.function.Supplier<String> committer;
        final Label message = new Label();
        final VBox box;
        String formatError;

        Field(Control control, String label, java.util.function.Supplier<String> committer) {
            this.control = control;
            this.label = label;
            this.committer = committer;
            message.getStyleClass().add(MESSAGE_CLASS);
            message.setWrapText(true);
            message.setVisible(false);
            message.setManaged(false);
            message.setId(control.getId() == null ? null : control.getId() + "-message");
            box = new VBox(2, control, message);
            box.getStyleClass().add("form-field");
            // the field keeps its own width; the sentence under it takes the room the layout gives and wraps
            box.setFillWidth(false);
            box.setMaxWidth(Double.MAX_VALUE);
            message.setMinWidth(0);
            message.maxWidthProperty().bind(box.widthProperty());
            if (control.getMaxWidth() == Double.MAX_VALUE || control instanceof TextInputControl) {
                box.setFillWidth(true); // a text area fills its row as before
            }
        }
    }

    private final Map<Control, Field> fields = new LinkedHashMap<>();
    private final Map<ErrorCode, Control> codes = new EnumMap<>(ErrorCode.class);
    private final Set<String> attached = new LinkedHashSet<>();
    private Runnable onCleared = () -> {};

    /**
     * A date field: its editor's text is its value on commit (ISO or the picker's converter). Returns the node to put
     * into the layout in the field's place (the field with its message line under it).
     */
    public Node date(DatePicker picker, String label) {
        return add(picker, label, () -> commitDate(picker));
    }

    /** A number field: the spinner's editor text through its value factory's converter. */
    public <T> Node spinner(Spinner<T> spinner, String label) {
        return add(spinner, label, () -> {
            if (!spinner.isEditable() || spinner.getValueFactory() == null) {
                return null;
            }
            String text = spinner.getEditor().getText();
            StringConverter<T> c = spinner.getValueFactory().getConverter();
            try {
                T v = c.fromString(text == null ? "" : text.strip());
                if (v == null) {
                    return blankOr(text);
                }
                spinner.getValueFactory().setValue(v);
                // a value factory clamps: what it kept must be what was typed, else the typed text is refused
                return c.toString(spinner.getValue()).equals(text.strip()) ? null : text.strip();
            } catch (RuntimeException e) {
                return blankOr(text);
            }
        });
    }

    /**
     * A text field holding a value of another type (a time, a number, an amount): {@code parser} turns the text into
     * the value handed to {@code sink}; blank hands null. Text the parser refuses (null or an exception) is refused.
     */
    public <T> Node parsed(TextInputControl field, String label, Parser<T> parser, Consumer<T> sink) {
        return add(field, label, () -> {
            String text = field.getText();
            if (text == null || text.isBlank()) {
                sink.accept(null);
                return null;
            }
            T v;
            try {
                v = parser.parse(text.strip());
            } catch (RuntimeException e) {
                v = null;
            }
            if (v == null) {
                return text.strip();
            }
            sink.accept(v);
            return null;
        });
    }

    /** A plain text field (bound to its model already): registered so that validation messages can sit under it. */
    public Node text(Control field, String label) {
        return add(field, label, () -> null);
    }

    /** Validation {@code code}s of the rules shown under {@code field} (the field must be registered). */
    public FormFields code(Control field, ErrorCode... code) {
        for (ErrorCode c : code) {
            codes.put(c, field);
        }
        return this;
    }

    /** Called after a message was cleared because its field changed (a form may hide its general list then). */
    public FormFields onCleared(Runnable r) {
        this.onCleared = r == null ? () -> {} : r;
        return this;
    }

    /**
     * Takes every shown, enabled field's text as its value. True when all parsed; else each refused field shows the
     * format error under it, the first refused field gets the keyboard, and the caller must not save.
     */
    public boolean commit() {
        clear();
        Field first = null;
        for (Field f : fields.values()) {
            if (!shown(f.control)) {
                continue;
            }
            String bad = f.committer.get();
            if (bad != null) {
                f.formatError = Messages.format(f.control instanceof DatePicker ? "date.invalid" : "field.invalid",
                        f.label, bad);
                show(f, f.formatError);
                if (first == null) {
                    first = f;
                }
            }
        }
        if (first != null) {
            first.control.requestFocus();
            return false;
        }
        return true;
    }

    /** The format errors of the last {@link #commit()}, in field order (for a form's summary or a test). */
    public List<String> formatErrors() {
        List<String> out = new ArrayList<>();
        for (Field f : fields.values()) {
            if (f.formatError != null) {
                out.add(f.formatError);
            }
        }
        return out;
    }

    /**
     * Shows each problem under its field; returns the messages of those that belong to no (shown) field, for the
     * form's general error list. {@code text} turns a code into its sentence (usually {@link Messages#error}).
     */
    public List<String> attach(List<ErrorCode> problems, Function<ErrorCode, String> text) {
        List<String> rest = new ArrayList<>();
        Map<Control, List<String>> at = new LinkedHashMap<>();
        for (ErrorCode p : problems) {
            Control c = codes.get(p);
            String msg = text.apply(p);
            if (c != null && fields.containsKey(c) && shown(c)) {
                at.computeIfAbsent(c, k -> new ArrayList<>());
                if (!at.get(c).contains(msg)) {
                    at.get(c).add(msg);
                }
            } else if (!rest.contains(msg)) {
                rest.add(msg);
            }
        }
        at.forEach((c, msgs) -> {
            String joined = String.join("\n", msgs);
            show(fields.get(c), joined);
            attached.addAll(msgs);
        });
        return rest;
    }

    /** Messages now shown under a field (a form's general list leaves them out). */
    public Set<String> attachedMessages() {
        return Set.copyOf(attached);
    }

    /** The message under {@code field}, if one is shown. */
    public Optional<String> message(Control field) {
        Field f = fields.get(field);
        return f == null || !f.message.isVisible() ? Optional.empty() : Optional.of(f.message.getText());
    }

    /** The label under {@code field} (tests look at it). */
    public Label messageLabel(Control field) {
        return fields.get(field).message;
    }

    /** Hides every field's message (a new request is shown, or a save starts). */
    public void clear() {
        attached.clear();
        for (Field f : fields.values()) {
            hide(f);
        }
    }

    private Node add(Control control, String label, java.util.function.Supplier<String> committer) {
        Field f = new Field(control, label, committer);
        fields.put(control, f);
        // Changed by the judge: the old complaint goes (the next save says again what is still wrong).
        Runnable changed = () -> {
            if (f.message.isVisible()) {
                hide(f);
                onCleared.run();
            }
        };
        if (control instanceof ComboBoxBase<?> cb) {
            cb.valueProperty().addListener((o, a, b) -> changed.run());
            if (cb instanceof DatePicker dp) {
                dp.getEditor().textProperty().addListener((o, a, b) -> {
                    // a typed fix clears the message once the text is a date (or blank)
                    if (f.formatError == null || b == null || b.isBlank() || parseDate(dp, b) != null) {
                        changed.run();
                    }
                });
            }
        } else if (control instanceof Spinner<?> s) {
            s.valueProperty().addListener((o, a, b) -> changed.run());
            s.getEditor().textProperty().addListener((o, a, b) -> changed.run());
        } else if (control instanceof TextInputControl t) {
            t.textProperty().addListener((o, a, b) -> changed.run());
        }
        return f.box;
    }

    private void show(Field f, String text) {
        f.message.setText(text);
        f.message.setVisible(true);
        f.message.setManaged(true);
        f.control.pseudoClassStateChanged(INVALID, true);
    }

    private void hide(Field f) {
        f.formatError = null;
        attached.remove(f.message.getText());
        f.message.setText("");
        f.message.setVisible(false);
        f.message.setManaged(false);
        f.control.pseudoClassStateChanged(INVALID, false);
    }

    /** Shown on screen and enabled: a hidden field (another opinion's) is neither committed nor complained about. */
    static boolean shown(Node n) {
        if (n.isDisabled()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String blankOr(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalDate parseDate(DatePicker p, String text) {
        try {
            return p.getConverter().fromString(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A date picker's editor text as its value: blank clears it, a date sets it; text that is no date changes nothing
     * and is returned (refused).
     */
    public static String commitDate(DatePicker p) {
        String text = p.getEditor().getText();
        if (text == null || text.isBlank()) {
            p.setValue(null);
            return null;
        }
        LocalDate typed = parseDate(p, text);
        if (typed == null) {
            return text.strip();
        }
        p.setValue(typed);
        return null;
    }

    /** A time of day as typed (9:30, 09:30, 14:00); null when the text is no time. */
    public static LocalTime parseTime(String text) {
        try {
            String t = text.strip().replace('：', ':');
            if (t.matches("\\d:\\d\\d")) {
                t = "0" + t;
            }
            return LocalTime.parse(t);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
