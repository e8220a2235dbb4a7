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
