package org.courtdesk.app.ui.reading;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * The date fields of the 阅卷 forms (审查, 现场阅卷登记) and the queue's filter bar: ISO dates (2022-05-18), whatever
 * the locale.
 */
public final class ReviewFormViewDates {

    public static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate d) {
            return d == null ? "" : RowFormat.DATE.format(d);
        }

        @Override
        public LocalDate fromString(String s) {
            try {
                return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), RowFormat.DATE);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    };

    private ReviewFormViewDates() {}

    /**
     * Takes what is typed in the field as the field's value, so a save right after typing (Ctrl+S, Enter, the button)
     * saves what the judge sees, not the value committed before: blank clears it, a date sets it. Text that is not a
     * date changes nothing and is returned (the caller refuses to save and says so); null when the field is fine.
     */
    public static String commitTyped(DatePicker p) {
        return org.courtdesk.app.ui.form.FormFields.commitDate(p);
    }

    /**
     * {@link #commitTyped} on every enabled field; the error sentences for those whose text is not a date (empty:
     * all taken).
     */
    public static java.util.List<String> commitAll(java.util.Map<DatePicker, String> fieldsAndLabels) {
        java.util.List<String> errors = new java.util.ArrayList<>();
        fieldsAndLabels.forEach((p, label) -> {
            if (!p.isDisabled() && p.isVisible()) {
                String bad = commitTyped(p);
                if (bad != null) {
                    errors.add(org.courtdesk.app.i18n.Messages.format("date.invalid", label, bad));
                }
            }
        });
        return errors;
    }

    /** A date field with the ISO converter and prompt. */
    static DatePicker datePicker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(150);
        p.setPromptText("yyyy-mm-dd");
        p.setConverter(CONVERTER);
        return p;
    }
}
