package org.courtdesk.app.ui.main;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

/**
 * While a material is docked beside the queues, every queue's list gives way to its detail and form (queue | detail +
 * form | viewer): the list narrows to its first columns and the detail keeps room to read and decide; when the last
 * material closes, the list gets its width back. Kind-neutral: it finds a queue's own list | detail split (a
 * {@link SplitPane} whose first part is the table) in the tab's content, whatever the kind.
 */
final class QueueSplit {

    private static final String SAVED_MIN = "courtdesk.queue-split.min";
    private static final String SAVED_DIVIDER = "courtdesk.queue-split.divider";
    /** The list's share of a queue while a material is docked. */
    static final double NARROW = 0.3;

    private QueueSplit() {}

    private static final String ROOM = "courtdesk.queue-split.room";
    private static final String SHARE = "courtdesk.queue-split.share";

    /**
     * Keeps a queue's detail and form whole on screen (issue 13: the review form was cut at the window's right edge in
     * English at 1280 px): when the list's columns and the detail's minimum do not both fit in {@code width}, the list
     * gives way — it scrolls sideways, every column still there and the column chooser at hand — rather than the
     * decision buttons leaving the window. When the window has room again the list gets its columns' width back.
     */
    static void fit(Node content, double width) {
        if (content == null || width <= 0) {
            return;
        }
        for (Node n : content.lookupAll(".split-pane")) {
            if (!(n instanceof SplitPane split) || split.getItems().size() != 2
                    || !(split.getItems().get(0) instanceof TableView<?> table)) {
                continue;
            }
            Node detail = split.getItems().get(1);
            boolean first = !table.getProperties().containsKey(ROOM);
            if (first) {
                table.getProperties().put(SHARE, split.getDividerPositions()[0]);
            }
            // the list takes no more than its kind's share of the width beside the detail: columns that widened to
            // show their cells whole (KindColumn.FIT_CAP) make it scroll sideways, they do not squeeze the detail
            double share = (Double) table.getProperties().get(SHARE);
            double room = Math.max(240, Math.min(width - Math.max(0, detail.minWidth(-1)) - 12, share * width));
            table.getProperties().put(ROOM, room);
            if (first) {
                // whoever sets the list's minimum later (its columns fitted, one shown again) stays inside the room
                table.minWidthProperty().addListener((o, a, b) -> {
                    double r = (Double) table.getProperties().get(ROOM);
                    if (b.doubleValue() > r) {
                        table.setMinWidth(r);
                    }
                });
                // a column that widened to its cells (KindColumn.FIT_CAP) or came back weighs in at once, not at the
                // next change of the window's width
                for (javafx.scene.control.TableColumn<?, ?> c : table.getColumns()) {
                    c.minWidthProperty().addListener((o, a, b) -> room(split, table));
                    c.visibleProperty().addListener((o, a, b) -> room(split, table));
                }
            }
            room(split, table);
        }
    }

    private static void room(SplitPane split, TableView<?> table) {
        if (!split.getProperties().containsKey(SAVED_DIVIDER) && table.getProperties().get(ROOM) instanceof Double room) {
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getMinWidth()).sum() + 16;
            table.setMinWidth(Math.min(columns, room));
            scrollSideways(table, columns > room);
        }
    }

    private static final String SAVED_POLICY = "courtdesk.queue-split.policy";

    /** A list narrower than its columns scrolls sideways (a constrained list would cut its last columns off). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void scrollSideways(TableView<?> table, boolean on) {
        TableView t = table;
        if (on && !table.getProperties().containsKey(SAVED_POLICY)) {
            table.getProperties().put(SAVED_POLICY, table.getColumnResizePolicy());
            t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            // each column at its own width again (the constrained policy had squeezed them to the narrow table)
            for (javafx.scene.control.TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                double p = Math.max(c.getPrefWidth(), c.getMinWidth());
                c.setPrefWidth(p + 1);
                c.setPrefWidth(p);
            }
        } else if (!on && table.getProperties().containsKey(SAVED_POLICY)) {
            t.setColumnResizePolicy((javafx.util.Callback) table.getProperties().remove(SAVED_POLICY));
        }
    }

    static void narrow(Node content, boolean narrow) {
        if (content == null) {
            return;
        }
        for (Node n : content.lookupAll(".split-pane")) {
            if (!(n instanceof SplitPane split) || split.getItems().size() != 2
                    || !(split.getItems().get(0) instanceof TableView<?> table)) {
                continue;
            }
            if (narrow && !split.getProperties().containsKey(SAVED_DIVIDER)) {
                split.getProperties().put(SAVED_DIVIDER, split.getDividerPositions()[0]);
                split.getProperties().put(SAVED_MIN, table.getMinWidth());
                table.setMinWidth(0);
                split.setDividerPositions(NARROW);
            } else if (!narrow && split.getProperties().containsKey(SAVED_DIVIDER)) {
                table.setMinWidth((Double) split.getProperties().remove(SAVED_MIN));
                split.setDividerPositions((Double) split.getProperties().remove(SAVED_DIVIDER));
            }
        }
    }
}
