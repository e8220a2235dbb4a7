package org.courtdesk.app.ui;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;

/**
 * A search field as wide as its prompt (issue 13: "Case no., applicant, reas" at 1280 px): a column count guesses a
 * width from one character and cuts a longer prompt — in English always, the prompt being the only hint of what the
 * field searches. The width follows the prompt's text in the field's own font and padding, once styled and whenever
 * the language or font changes; never narrower than {@code min}.
 */
public final class PromptFit {

    private PromptFit() {}

    private static final String FITTED = "courtdesk.prompt-fit";

    /** Fits {@code field} to its prompt; a field fitted before keeps its first fit (and its minimum). */
    public static void fit(TextField field, double min) {
        if (field.getProperties().putIfAbsent(FITTED, min) != null) {
            return;
        }
        InvalidationListener update = o -> {
            double w = Math.max(min, Math.ceil(TableColumns.textWidth(field.getPromptText(), field.getFont())
                    + field.snappedLeftInset() + field.snappedRightInset() + 2));
            field.setPrefWidth(w);
            field.setMinWidth(Region.USE_PREF_SIZE);
        };
        field.promptTextProperty().addListener(update);
        field.fontProperty().addListener(update);
        field.insetsProperty().addListener(update);
        field.skinProperty().addListener(update);
        update.invalidated(null);
    }
}
