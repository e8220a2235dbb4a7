package org.courtdesk.app.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Font;

import org.courtdesk.app.ui.TableColumns;

/**
 * For a kind's snapshot test: nothing of its queue cut in the window — the filter bar's captions and buttons at their
 * full width and inside the window, every column header fitting its words, the visible columns within the table (no
 * column pushed out to the right, unless the table scrolls sideways to them — the core widens columns to their short
 * cells and lets a narrow list scroll rather than cut them), and 状态 with its badge inside its cell.
 */
public final class QueueFit {

    private QueueFit() {}

    /** One shot of a kind's queue: shows it, takes {@code name}'s snapshot and checks that nothing is cut. */
    @FunctionalInterface
    public interface Shot {
        void take(String name) throws Exception;
    }

    /**
     * A kind's 1280×800 check in both languages: {@code shot} in Chinese as {@code name-zh}, then on the FX thread
     * English is switched on and {@code reopen} disposes the window and opens it anew (the words are read when the
     * views are built), and {@code shot} again as {@code name-en}. Starts from the Chinese the test set up.
     */
    public static void inChineseAndEnglish(String name, Runnable reopen, Shot shot) throws Exception {
        shot.take(name + "-zh");
        onFx(() -> {
            org.courtdesk.app.i18n.Messages.use(org.courtdesk.app.i18n.Messages.ENGLISH);
            reopen.run();
            return null;
        });
        shot.take(name + "-en");
    }

    public static void assertNothingCut(KindQueueView<?, ?, ?> view, double windowWidth) {
        onFx(() -> {
            List<Node> shown = new ArrayList<>(view.getTop().lookupAll(".label"));
            shown.addAll(view.getTop().lookupAll(".button"));
            shown.addAll(view.lookupAll(".queue-sync-bar .button"));
            shown.addAll(view.table().lookupAll(".status-text"));
            shown.addAll(view.table().lookupAll(".badge"));
            for (Node n : shown) {
                if (!n.isVisible() || !(n instanceof Labeled l) || l.getText() == null || l.getText().isEmpty()
                        || n.getScene() == null) {
                    continue;
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                assertThat(b.getMaxX()).as(l.getText() + " inside the window").isLessThanOrEqualTo(windowWidth + 0.5);
                assertThat(l.getWidth()).as("'" + l.getText() + "' not cut (" + Locale.getDefault() + ")")
                        .isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
            }
            TableView<?> table = view.table();
            Font font = Font.getDefault();
            Node header = table.lookup(".column-header .label");
            if (header instanceof Labeled l && l.getFont() != null) {
                font = l.getFont();
            }
            double right = table.localToScene(table.getLayoutBounds()).getMaxX();
            boolean scrollsSideways = table.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar bar
                    && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible() && bar.getVisibleAmount() < bar.getMax());
            for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                assertThat(c.getWidth()).as("header '" + c.getText() + "' fits").isGreaterThanOrEqualTo(
                        TableColumns.textWidth(c.getText(), font));
                Node colHeader = table.lookup("#" + c.getId());
                if (colHeader != null && !scrollsSideways) {
                    Bounds b = colHeader.localToScene(colHeader.getLayoutBounds());
                    // 4 px: the core widens a column to its longest short cell, which may round past the table's
                    // edge by a few pixels under the header's corner button; a column pushed out shows far more.
                    assertThat(b.getMaxX()).as("column '" + c.getText() + "' within the table")
                            .isLessThanOrEqualTo(right + 4);
                }
            }
            for (Node cell : table.lookupAll(".table-cell")) {
                if (!(cell instanceof TableCell<?, ?> c) || c.getGraphic() == null || c.isEmpty()) {
                    continue;
                }
                Bounds cellBounds = c.localToScene(c.getLayoutBounds());
                for (Node part : c.getGraphic().lookupAll(".label")) {
                    Bounds b = part.localToScene(part.getLayoutBounds());
                    assertThat(b.getMaxX()).as(((Labeled) part).getText() + " inside its cell")
                            .isLessThanOrEqualTo(cellBounds.getMaxX() + 0.5);
                }
            }
            return null;
        });
    }
}
