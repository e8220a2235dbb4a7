package org.courtdesk.app.ui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.time.LocalDate;

import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A queue's date condition as one choice: a choice sets the kind's two pickers; a date set by hand shows them. */
@ExtendWith(ApplicationExtension.class)
class DateRangeFilterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @Start
    void start(Stage stage) {
        // no window: the control alone
    }

    @Test
    void aChoiceSetsThePickersInTheCourtsCalendarAndResetClearsThem() {
        onFx(() -> {
            DatePicker from = new DatePicker();
            DatePicker to = new DatePicker();
            int[] changes = {0};
            from.valueProperty().addListener((o, a, b) -> changes[0]++);
            DateRangeFilter past = new DateRangeFilter("adjournment.filter.applied", "t", DateRangeFilter.PAST, () -> TODAY,
                    from, to);
            assertThat(past.customShown()).isFalse();
            past.choice().setValue(DateRangeFilter.Range.LAST_7);
            assertThat(from.getValue()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(to.getValue()).isEqualTo(TODAY);
            assertThat(past.customShown()).as("a range chosen needs no pickers").isFalse();
            past.choice().setValue(DateRangeFilter.Range.TODAY);
            assertThat(from.getValue()).isEqualTo(TODAY);
            assertThat(to.getValue()).isEqualTo(TODAY);
            past.reset();
            assertThat(from.getValue()).isNull();
            assertThat(to.getValue()).isNull();
            assertThat(past.choice().getValue()).isEqualTo(DateRangeFilter.Range.ANY);
            assertThat(changes[0]).isEqualTo(3);

            DateRangeFilter ahead = new DateRangeFilter("adjournment.filter.hearing", "h", DateRangeFilter.AHEAD,
                    () -> TODAY, new DatePicker(), new DatePicker());
            assertThat(ahead.choice().getItems()).contains(DateRangeFilter.Range.TOMORROW, DateRangeFilter.Range.NEXT_7)
                    .doesNotContain(DateRangeFilter.Range.LAST_30);
            return null;
        });
    }

    @Test
    void aDateSetInAPickerIsACustomRangeWithItsPickersShown() {
        onFx(() -> {
            DatePicker from = new DatePicker();
            DatePicker to = new DatePicker();
            DateRangeFilter range = new DateRangeFilter("transfer.filter.dates", "t", DateRangeFilter.PAST, () -> TODAY,
                    from, to);
            from.setValue(LocalDate.of(2026, 11, 1));
            assertThat(range.choice().getValue()).isEqualTo(DateRangeFilter.Range.CUSTOM);
            assertThat(range.customShown()).isTrue();
            assertThat(from.getValue()).as("the typed date kept").isEqualTo(LocalDate.of(2026, 11, 1));
            // 自定义 chosen by hand shows the pickers with what a range had set, to change it
            range.choice().setValue(DateRangeFilter.Range.LAST_30);
            assertThat(range.customShown()).isFalse();
            range.choice().setValue(DateRangeFilter.Range.CUSTOM);
            assertThat(range.customShown()).isTrue();
            assertThat(from.getValue()).isEqualTo(LocalDate.of(2026, 11, 9));
            return null;
        });
    }
}
