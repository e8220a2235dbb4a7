package org.courtdesk.app.ui.reading;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javafx.util.StringConverter;

/** ISO dates (2022-05-18) in every date field, whatever the locale. */
final class ReviewFormViewDates {

    static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
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
}
