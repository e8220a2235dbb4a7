package org.courtdesk.app.ui.queue;

import java.util.Comparator;
import java.util.function.Function;

/**
 * One column a kind gives its queue: an id (the column chooser remembers width and visibility by it), the bundle key of
 * its header, preferred and minimum width, its text, an optional style class of its cells (a kind's CSS may colour them
 * by the row's pseudo classes), an optional order when the judge sorts by it (sorted off the FX thread; none:
 * the column does not sort, the queue keeps its own order), and an optional tooltip of its cells (e.g. the due time
 * behind a time left).
 */
public record KindColumn<R>(String id, String headerKey, double width, double minWidth, Function<R, String> text,
                            String styleClass, Comparator<R> order, Function<R, String> tooltip) {

    public static <R> KindColumn<R> of(String id, String headerKey, double width, Function<R, String> text) {
        return new KindColumn<>(id, headerKey, width, Math.min(width, 48), text, null, null, null);
    }

    /** The 状态 column: the kind's status text with the core's 待同步 / 冲突 badge. */
    public static <R> KindColumn<R> status(String headerKey, double width) {
        return new KindColumn<>("status", headerKey, width, Math.min(width, 48), null, null, null, null);
    }

    public KindColumn<R> styled(String cls) {
        return new KindColumn<>(id, headerKey, width, minWidth, text, cls, order, tooltip);
    }

    public KindColumn<R> min(double min) {
        return new KindColumn<>(id, headerKey, width, min, text, styleClass, order, tooltip);
    }

    /** Sortable by its text (court-local strings: 案号, dates as yyyy-MM-dd) or by {@code by}. */
    public KindColumn<R> sortable(Comparator<R> by) {
        return new KindColumn<>(id, headerKey, width, minWidth, text, styleClass, by, tooltip);
    }

    /** Its cells' tooltip ({@code tip} may give null or empty: none). */
    public KindColumn<R> tooltip(Function<R, String> tip) {
        return new KindColumn<>(id, headerKey, width, minWidth, text, styleClass, order, tip);
    }

    public KindColumn<R> sortable() {
        return sortable(Comparator.comparing(text, Comparator.nullsLast(Comparator.naturalOrder())));
    }
}
