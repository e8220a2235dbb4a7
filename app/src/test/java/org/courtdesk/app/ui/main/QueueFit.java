package org.courtdesk.app.ui.main;

import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

import org.courtdesk.app.ui.queue.KindQueueView;

/**
 * The layout walks of the "nothing cut" tests (issue 13: {@link LayoutSnapshotTest}, {@link QueueFormFitTest},
 * {@link ScaledQueueSnapshotTest}, and the window tests that check one of them): each walks a shown scene graph (on
 * the FX thread) and lists what is cut, hidden or off screen, one line a problem, in the words a failure shows.
 */
final class QueueFit {

    private QueueFit() {}

    /**
     * What {@code walk} (run on the FX thread) still finds once the queue has settled: a queue's columns are fitted
     * after its first layout, so a loaded machine is given up to 20 × 250 ms; empty as soon as one walk finds nothing.
     */
    static List<String> settled(Callable<List<String>> walk) throws Exception {
        List<String> left = List.of();
        for (int i = 0; i < 20; i++) {
            WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            left = onFx(walk);
            if (left.isEmpty()) {
                break;
            }
        }
        return left;
    }

    /** Labeled controls whose shown text is not their whole text, outside the tables' rows. */
    static List<String> cut(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!(n instanceof Labeled l) || l.getText() == null || l.getText().isBlank() || !treeVisible(l)
                    || insideRow(l)) {
                continue;
            }
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && t.getText() != null && !t.getText().equals(l.getText()) && !l.isWrapText()
                        && (t.getText().endsWith("…") || t.getText().endsWith("..."))) {
                    out.add(l.getClass().getSimpleName() + "[" + l.getId() + "] \"" + l.getText() + "\" shown as \""
                            + t.getText() + "\"");
                }
            }
        }
        return out;
    }

    /**
     * Text fields whose prompt text is wider than the room inside them (the prompt is cut, not ellipsised, so
     * {@link #cut} cannot see it): the prompt measured in the field's font against the field's width less its insets.
     * Fields with text (the prompt hidden), text areas (their prompt wraps) and hidden fields are left out.
     */
    static List<String> cutPrompts(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".text-field")) {
            if (!(n instanceof javafx.scene.control.TextField f) || f.getPromptText() == null || f.getPromptText().isBlank()
                    || (f.getText() != null && !f.getText().isEmpty()) || !treeVisible(f) || insideRow(f)
                    || f.getScene() == null || f.getWidth() <= 0) {
                continue;
            }
            double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
            double need = org.courtdesk.app.ui.TableColumns.textWidth(f.getPromptText(), f.getFont());
            if (need > room + 0.5) {
                out.add("TextField[" + f.getId() + "] prompt \"" + f.getPromptText() + "\" needs " + Math.round(need)
                        + " px, has " + Math.round(room));
            }
        }
        return out;
    }

    /**
     * Captions of a queue's filter bar left at the end of a line, their control wrapped to the next (issue 13: "Sync"
     * alone at the end of 阅卷's first line with the list of queues pinned): a wrapped bar breaks between conditions.
     */
    static List<String> captionsAlone(org.courtdesk.app.ui.queue.KindQueueView<?, ?, ?> kind) {
        List<String> out = new ArrayList<>();
        for (Node n : kind.getTop().lookupAll("*")) {
            if (!(n instanceof javafx.scene.layout.FlowPane flow)) {
                continue;
            }
            List<Node> items = flow.getChildren().stream().filter(Node::isVisible).toList();
            for (int i = 0; i + 1 < items.size(); i++) {
                if (items.get(i) instanceof javafx.scene.control.Label l && !(items.get(i + 1) instanceof javafx.scene.control.Label)
                        && items.get(i + 1).getLayoutY() > l.getLayoutY() + l.getHeight()) {
                    out.add("filter caption \"" + l.getText() + "\" at the end of a line, its control on the next");
                }
            }
        }
        return out;
    }

    static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static boolean insideRow(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("table-row-cell") || p.getStyleClass().contains("list-cell")
                    || p.getStyleClass().contains("tooltip")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cells of a queue's rows shown shortened to "…" whose whole text is short, structured text (a date, a 案号, a
     * status: {@link org.courtdesk.app.ui.queue.KindColumn#FIT_CAP}); prose (a reason) may be cut, shown whole in its
     * tooltip.
     */
    static List<String> cutCells(Parent queue) {
        List<String> out = new ArrayList<>();
        for (Node n : queue.lookupAll(".table-cell")) {
            if (!(n instanceof javafx.scene.control.TableCell<?, ?> cell) || cell.getText() == null || cell.getText().isBlank()
                    || !treeVisible(cell) || cell.getTableColumn() == null) {
                continue;
            }
            for (Node c : cell.getChildrenUnmodifiable()) {
                if (c instanceof Text t && t.getText() != null && !t.getText().equals(cell.getText())
                        && (t.getText().endsWith("…") || t.getText().endsWith("..."))) {
                    double graphic = cell.getGraphic() != null && cell.getGraphic().isManaged()
                            ? cell.getGraphic().prefWidth(-1) + cell.getGraphicTextGap() : 0;
                    double need = org.courtdesk.app.ui.TableColumns.textWidth(cell.getText(), cell.getFont()) + graphic
                            + cell.snappedLeftInset() + cell.snappedRightInset() + 4;
                    if (!Double.isNaN(org.courtdesk.app.ui.queue.KindColumn.fit(need))) {
                        out.add("cell of " + cell.getTableColumn().getId() + " \"" + cell.getText() + "\" shown as \""
                                + t.getText() + "\"");
                    }
                }
            }
        }
        return out;
    }

    /**
     * The parts of a queue's list | detail split that end beyond the window's right edge (the review form cut at 1280 px
     * in English, issue 13): each part of every visible split pane ends inside the scene.
     */
    static List<String> offScreen(MainWindow main) {
        List<String> out = new ArrayList<>();
        double right = main.getScene().getWidth() + 1;
        for (Node n : main.lookupAll(".split-pane")) {
            if (n instanceof javafx.scene.control.SplitPane split && treeVisible(split)) {
                for (Node part : split.getItems()) {
                    double maxX = part.localToScene(part.getLayoutBounds()).getMaxX();
                    if (treeVisible(part) && maxX > right) {
                        out.add(part.getClass().getSimpleName() + "[" + part.getId() + "] ends at " + Math.round(maxX)
                                + " beyond the window's " + Math.round(right - 1));
                    }
                }
            }
        }
        return out;
    }

    /** The last visible column ends inside the table (not cut at the right edge). */
    static List<String> lastColumnCut(TableView<?> table) {
        double sum = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        // A list that gave way to its detail in a narrow window (QueueSplit.fit) scrolls sideways: every column is
        // reachable by its scroll bar, and the form beside it is whole (offScreen checks that).
        boolean scrolls = table.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
        return sum > table.getWidth() + 1 && !scrolls
                ? List.of("columns " + sum + " wider than the table " + table.getWidth()) : List.of();
    }

    /**
     * Labels (outside the tables) whose width cannot hold one of their words: a wrapping label breaks inside the word
     * ("2022-05 / -12", "Digitise / d" in 阅卷's detail at 150 %, English), another cuts it. Words are what stands
     * between spaces and Chinese characters (a Chinese sentence may break anywhere); measured in the label's font
     * against its width less insets, padding and graphic.
     */
    static List<String> brokenWords(javafx.scene.Parent root) {
        List<String> out = new ArrayList<>();
        for (javafx.scene.Node n : root.lookupAll("*")) {
            if (!(n instanceof javafx.scene.control.Label l) || l.getText() == null || l.getText().isBlank()
                    || !treeVisible(l) || insideRow(l) || l.getScene() == null
                    || l.getWidth() <= 0 || insideTableHeader(l)) {
                continue;
            }
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset() - l.getLabelPadding().getLeft()
                    - l.getLabelPadding().getRight();
            javafx.scene.Node g = l.getGraphic();
            if (g != null && (l.getContentDisplay() == javafx.scene.control.ContentDisplay.LEFT
                    || l.getContentDisplay() == javafx.scene.control.ContentDisplay.RIGHT)) {
                room -= g.prefWidth(-1) + l.getGraphicTextGap();
            }
            for (String word : l.getText().split("[\\s\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+")) {
                double need = org.courtdesk.app.ui.TableColumns.textWidth(word, l.getFont());
                if (!word.isEmpty() && need > room + 0.5) {
                    out.add("Label[" + l.getId() + "] \"" + l.getText() + "\": \"" + word + "\" needs "
                            + Math.round(need) + " px, has " + Math.round(room));
                }
            }
        }
        return out;
    }

    private static boolean insideTableHeader(javafx.scene.Node n) {
        for (javafx.scene.Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("column-header") || p.getStyleClass().contains("table-view")) {
                return true;
            }
        }
        return false;
    }

    /** The list scrolls sideways, or a visible column ends beyond the table's right edge. */
    static boolean sideways(TableView<?> table) {
        boolean bar = table.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible() && b.getVisibleAmount() < b.getMax());
        double sum = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        return bar || sum > table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() + 1;
    }

    /** The table's width and each visible column's width and minimum, for the message of a list that scrolls. */
    static String columnWidths(TableView<?> table) {
        StringBuilder b = new StringBuilder("table " + Math.round(table.getWidth()) + " px:");
        double sum = 0;
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            b.append(' ').append(c.getId()).append('=').append(Math.round(c.getWidth())).append('/').append(Math.round(c.getMinWidth()));
            sum += c.getMinWidth();
        }
        return b.append(" (minimums ").append(Math.round(sum)).append(')').toString();
    }

    /** The filter bar's height over one control's: more than one line when it wrapped. */
    static boolean wrapped(KindQueueView<?, ?, ?> kind) {
        Node bar = kind.getTop();
        double tallest = kind.getTop().lookupAll(".combo-box-base").stream().mapToDouble(n -> n.getLayoutBounds().getHeight())
                .max().orElse(36);
        return bar.getLayoutBounds().getHeight() > 2 * tallest;
    }
}
