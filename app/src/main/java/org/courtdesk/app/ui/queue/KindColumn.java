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

    /**
     * The width policy of every kind's columns (issue 13: dates, 案号 and 状态 shown as "…" at 1280×800): a column
     * widens (never narrows) to its longest cell while that cell's text is short, structured text — a date, a 案号, a
     * status, a name — no wider than this; longer text is prose (a reason, a summary), which keeps the column's own
     * width and is shown whole in the cell's tooltip. {@code width} is thus where a column starts, not where it ends.
     */
    public static final double FIT_CAP = 240;

    /** The width a column needs to show a cell whole ({@code need}, text and room), or NaN when it is prose. */
    public static double fit(double need) {
        return need <= FIT_CAP ? Math.ceil(need) : Double.NaN;
    }

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
