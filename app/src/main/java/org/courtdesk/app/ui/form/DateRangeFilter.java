package org.courtdesk.app.ui.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;

/**
 * A date condition of a queue's filter bar that takes one short box, not two date pickers (issue 13: 延期开庭's four
 * pickers, 材料转交's and 意见建议's two put the bar on two lines at 1280 px): its caption and a choice of the ranges a
 * judge asks for — 全部, 今天, the next or last days (counted in the court's calendar) — and 自定义…, which shows the kind's
 * own two pickers beside it for any range. The pickers stay the kind's: it listens to their values as before, a choice
 * only sets them; a date set in a picker (typed, or by a test) shows them with 自定义.
 */
public final class DateRangeFilter extends HBox {

    /** The ranges offered; the days count today in. */
    public enum Range {
        ANY(0, 0), TODAY(0, 0), TOMORROW(1, 1), NEXT_7(0, 6), LAST_7(-6, 0), LAST_30(-29, 0), CUSTOM(0, 0);

        private final int fromDays;
        private final int toDays;

        Range(int fromDays, int toDays) {
            this.fromDays = fromDays;
            this.toDays = toDays;
        }

        String key() {
            return "daterange." + name();
        }
    }

    /** Ranges ahead of today (a hearing). */
    public static final List<Range> AHEAD = List.of(Range.ANY, Range.TODAY, Range.TOMORROW, Range.NEXT_7, Range.CUSTOM);
    /** Ranges up to today (an application's date). */
    public static final List<Range> PAST = List.of(Range.ANY, Range.TODAY, Range.LAST_7, Range.LAST_30, Range.CUSTOM);

    private final ComboBox<Range> choice = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final HBox custom;
    private final Supplier<LocalDate> today;
    private boolean choosing;

    /**
     * @param captionKey the condition's caption
     * @param id         the choice box's id (tests, and Tab order's name)
     * @param ranges     {@link #AHEAD} or {@link #PAST}
     * @param today      the court's today
     */
    public DateRangeFilter(String captionKey, String id, List<Range> ranges, Supplier<LocalDate> today,
                           DatePicker from, DatePicker to) {
        super(6);
        this.from = from;
        this.to = to;
        this.today = today;
        setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label(Messages.get(captionKey));
        caption.setMinWidth(Region.USE_PREF_SIZE);
        choice.setId(id);
        choice.getItems().setAll(ranges);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Range r) {
                return r == null ? "" : Messages.get(r.key());
            }

            @Override
            public Range fromString(String s) {
                return null;
            }
        });
        choice.setValue(Range.ANY);
        custom = new HBox(6, from, new Label("–"), to);
        custom.setAlignment(Pos.CENTER_LEFT);
        showCustom(false);
        getChildren().addAll(caption, choice, custom);
        choice.valueProperty().addListener((o, a, b) -> choose(b));
        from.valueProperty().addListener((o, a, b) -> picked());
        to.valueProperty().addListener((o, a, b) -> picked());
    }

    public ComboBox<Range> choice() {
        return choice;
    }

    /** Back to 全部 with no dates (the bar's 重置). */
    public void reset() {
        choice.setValue(Range.ANY);
        from.setValue(null);
        to.setValue(null);
        showCustom(false);
    }

    private void choose(Range r) {
        if (r == null) {
            return;
        }
        if (r == Range.CUSTOM) {
            showCustom(true);
            return;
        }
        showCustom(false);
        choosing = true;
        try {
            LocalDate d = today.get();
            from.setValue(r == Range.ANY ? null : d.plusDays(r.fromDays));
            to.setValue(r == Range.ANY ? null : d.plusDays(r.toDays));
        } finally {
            choosing = false;
        }
    }

    /** A date set in a picker (not by a choice) is a range of its own: 自定义, the pickers shown. */
    private void picked() {
        if (choosing) {
            return;
        }
        Range r = choice.getValue();
        boolean matches = r != null && r != Range.CUSTOM && (r == Range.ANY
                ? from.getValue() == null && to.getValue() == null
                : Objects.equals(from.getValue(), today.get().plusDays(r.fromDays))
                        && Objects.equals(to.getValue(), today.get().plusDays(r.toDays)));
        if (!matches && (from.getValue() != null || to.getValue() != null || r == Range.CUSTOM)) {
            if (r != Range.CUSTOM) {
                choice.setValue(Range.CUSTOM);
            }
            showCustom(true);
        }
    }

    private void showCustom(boolean shown) {
        custom.setVisible(shown);
        custom.setManaged(shown);
    }

    /** Whether the two pickers are on screen (自定义). */
    public boolean customShown() {
        return custom.isVisible();
    }
}
