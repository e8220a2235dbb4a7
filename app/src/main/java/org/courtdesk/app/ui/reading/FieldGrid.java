package org.courtdesk.app.ui.reading;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The detail's caption/value grid: full-width fields and two fields side by side. When the detail is too narrow for
 * two fields side by side to show their values whole (150 % scaling, English: "2022-05 / -12", "Digitise / d"), every
 * pair stacks into one field a line, so a value wraps only between words, never inside one.
 */
final class FieldGrid extends GridPane {

    /** One line of the grid: {@code k2 == null} for a full-width field. */
    private record Line(Label k1, Label v1, Label k2, Label v2) {}

    private final List<Line> lines = new ArrayList<>();
    private Boolean sideBySide;

    FieldGrid() {
        getStyleClass().add("field-grid");
        setHgap(12);
        setVgap(8);
        ColumnConstraints l1 = new ColumnConstraints();
        l1.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints v1 = new ColumnConstraints();
        v1.setHgrow(Priority.ALWAYS);
        ColumnConstraints l2 = new ColumnConstraints();
        l2.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints v2 = new ColumnConstraints();
        v2.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(l1, v1, l2, v2);
        widthProperty().addListener((o, a, b) -> arrange(b.doubleValue()));
    }

    void add(Label key, Label value) {
        lines.add(new Line(key, value, null, null));
        getChildren().addAll(key, value);
        sideBySide = null;
        arrange(getWidth());
    }

    void add(Label k1, Label v1, Label k2, Label v2) {
        lines.add(new Line(k1, v1, k2, v2));
        getChildren().addAll(k1, v1, k2, v2);
        sideBySide = null;
        arrange(getWidth());
    }

    /**
     * As narrow as the stacked layout allows, whichever layout is shown: the detail can always narrow, and a narrower
     * width stacks the pairs (were the side-by-side widths the minimum, the pairs could never stack).
     */
    @Override
    protected double computeMinWidth(double height) {
        if (sideBySide != null && !sideBySide) {
            return super.computeMinWidth(height);
        }
        double k = 0;
        for (Line l : lines) {
            k = Math.max(k, l.k1().prefWidth(-1));
            if (l.k2() != null) {
                k = Math.max(k, l.k2().prefWidth(-1));
            }
        }
        return snappedLeftInset() + k + getHgap() + 60 + snappedRightInset();
    }

    /** True while pairs stand side by side (for tests). */
    boolean sideBySide() {
        return sideBySide == null || sideBySide;
    }

    /**
     * The width two fields side by side need with every value on one line: the widest caption and value of each
     * column, and the gaps. Values of pairs are short (dates, names, modes); a pair whose values cannot stand whole
     * side by side stacks.
     */
    double sideBySideWidth() {
        double k1 = 0, v1 = 0, k2 = 0, v2 = 0;
        boolean pairs = false;
        for (Line l : lines) {
            k1 = Math.max(k1, l.k1().prefWidth(-1));
            if (l.k2() != null) {
                pairs = true;
                v1 = Math.max(v1, l.v1().prefWidth(-1));
                k2 = Math.max(k2, l.k2().prefWidth(-1));
                v2 = Math.max(v2, l.v2().prefWidth(-1));
            }
        }
        return pairs ? snappedLeftInset() + k1 + v1 + k2 + v2 + 3 * getHgap() + snappedRightInset() : 0;
    }

    private void arrange(double width) {
        // before the first layout (width 0) the pairs stand side by side, as the grid's preferred size assumes
        boolean side = width <= 0 || width >= sideBySideWidth();
        if (sideBySide != null && sideBySide == side) {
            return;
        }
        sideBySide = side;
        // side by side, a pair's values keep their whole width (the grid would shrink them to wrap otherwise)
        double v1 = 0, v2 = 0;
        for (Line l : lines) {
            if (side && l.k2() != null) {
                v1 = Math.max(v1, l.v1().prefWidth(-1));
                v2 = Math.max(v2, l.v2().prefWidth(-1));
            }
        }
        getColumnConstraints().get(1).setMinWidth(v1 > 0 ? v1 : Region.USE_COMPUTED_SIZE);
        getColumnConstraints().get(3).setMinWidth(v2 > 0 ? v2 : Region.USE_COMPUTED_SIZE);
        int r = 0;
        for (Line l : lines) {
            if (l.k2() == null) {
                setConstraints(l.k1(), 0, r);
                setConstraints(l.v1(), 1, r, 3, 1);
                r++;
            } else if (side) {
                setConstraints(l.k1(), 0, r);
                setConstraints(l.v1(), 1, r, 1, 1);
                setConstraints(l.k2(), 2, r);
                setConstraints(l.v2(), 3, r, 1, 1);
                r++;
            } else {
                setConstraints(l.k1(), 0, r);
                setConstraints(l.v1(), 1, r, 3, 1);
                setConstraints(l.k2(), 0, r + 1);
                setConstraints(l.v2(), 1, r + 1, 3, 1);
                r += 2;
            }
        }
    }
}
