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
