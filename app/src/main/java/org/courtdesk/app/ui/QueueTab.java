package org.courtdesk.app.ui;

import java.util.Set;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.courtdesk.model.request.RequestRef;

/**
 * What the main window needs of one queue tab, whatever its kind: its content and title, a first load, the changes
 * the workspace reports, and the menu's generic commands (next, open, save, search…), which the window sends only to
 * the tab on screen. Everything here is called on the FX thread.
 */
public interface QueueTab {

    Node content();

    /** The tab's title, e.g. with the count of requests waiting. */
    ObservableValue<String> title();

    /** First load, once the window listens to the workspace; also 刷新列表. */
    void refresh();

    /** The workspace changed these requests (any kind: a tab picks its own). */
    default void changed(Set<RequestRef> requests) {}

    /** The tab came on screen or left it: a tab's own shortcuts act only while it is on screen. */
    default void setActive(boolean active) {}

    default void next() {}

    default void previous() {}

    default void openSelected() {}

    default void save() {}

    default void focusFilter() {}

    default void resetFilters() {}

    /** Esc: back from a form to the list. */
    default void focusTable() {}

    /**
     * Shows this request of the tab's kind: selects and opens it (the 今日到期 view sends the judge here). Returns
     * false when the tab does not have it (filtered out, or not a request of its kind).
     */
    default boolean show(RequestRef request) {
        return false;
    }

    /** Lines for the F1 help about this tab's own keys; null when it has none beyond the menu's. */
    default String keysHelp() {
        return null;
    }

    /** Stops the tab's threads (the window closes). */
    default void dispose() {}
}
