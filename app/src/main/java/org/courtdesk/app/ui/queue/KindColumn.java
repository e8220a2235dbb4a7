package org.courtdesk.app.ui.queue;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One column a kind gives its queue: an id (the column chooser remembers width and visibility by it), the bundle key of
 * its header, preferred and minimum width, its text, optional style classes of its cells (space-separated; a kind's CSS may colour them
 * by the row's pseudo classes), an optional order when the judge sorts by it (sorted off the FX thread; none:
 * the column does not sort, the queue keeps its own order), and an optional tooltip of its cells (e.g. the due time
 * behind a time left).
 * <p>
 * A column sorted by a text ({@link #collated}) is ordered in the court's collation with each distinct text collated
 * once per load, so a sort compares ints (issue 14); {@code empty} rows (e.g. no days left once decided) stay last in
 * both directions.
 */
public record KindColumn<R>(String id, String headerKey, double width, double minWidth, Function<R, String> text,
                            String styleClass, Comparator<R> order, Function<R, String> tooltip,
                            Function<R, String> collate, Predicate<R> empty, KindQueueView.RowMark<R> cellMark,
                            ToLongFunction<R> key) {

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
        return new KindColumn<>(id, headerKey, width, Math.min(width, 48), text, null, null, null, null, null, null, null);
    }

    /** The 状态 column: the kind's status text with the core's 待同步 / 冲突 badge. */
    public static <R> KindColumn<R> status(String headerKey, double width) {
        return new KindColumn<>("status", headerKey, width, Math.min(width, 48), null, null, null, null, null, null, null, null);
    }

    public KindColumn<R> styled(String cls) {
        return new KindColumn<>(id, headerKey, width, minWidth, text, cls, order, tooltip, collate, empty, cellMark, key);
    }

    /** The style class of a kind's deadline column (its time left): coloured by the core while its row is warned. */
    public static final String DEADLINE = "queue-deadline";

    /**
     * A deadline column: the core's stylesheet colours its cells while the row carries the {@code warn} or
     * {@code overdue} mark ({@code queue-deadline}, beside the kind's own class).
     */
    public KindColumn<R> deadline() {
        return styled(styleClass == null ? DEADLINE : styleClass + " " + DEADLINE);
    }

    public KindColumn<R> min(double min) {
        return new KindColumn<>(id, headerKey, width, min, text, styleClass, order, tooltip, collate, empty, cellMark, key);
    }

    /** Sortable by {@code by} (ascending). */
    public KindColumn<R> sortable(Comparator<R> by) {
        return new KindColumn<>(id, headerKey, width, minWidth, text, styleClass, by, tooltip, null, empty, cellMark, null);
    }

    /** Its cells' tooltip ({@code tip} may give null or empty: none). */
    public KindColumn<R> tooltip(Function<R, String> tip) {
        return new KindColumn<>(id, headerKey, width, minWidth, text, styleClass, order, tip, collate, empty, cellMark, key);
    }

    /** Sortable by its text in the court's collation. */
    public KindColumn<R> sortable() {
        return collated(text);
    }

    /**
     * Sortable by {@code sortText} in the court's collation (Chinese), null last ascending; the texts are ranked once,
     * not collated per comparison.
     */
    public KindColumn<R> collated(Function<R, String> sortText) {
        Comparator<R> byText = Comparator.comparing(sortText, Comparator.nullsLast(KindQueueIndex.COLLATOR::compare));
        return new KindColumn<>(id, headerKey, width, minWidth, text, styleClass, byText, tooltip, sortText, empty, cellMark, null);
    }

    /**
     * Sortable by a number made once per row when the judge sorts by the column (or the row changes), not per
     * comparison: e.g. a date as an epoch day, where the shown value (days waiting, days left) moves with the clock but
     * the order does not. Ascending by {@code sortKey}; combine with {@link #emptyLast} for rows with no value.
     */
    public KindColumn<R> keyed(ToLongFunction<R> sortKey) {
        Comparator<R> byKey = Comparator.comparingLong(sortKey);
        return new KindColumn<>(id, headerKey, width, minWidth, text, styleClass, byKey, tooltip, null, empty, cellMark,
                sortKey);
    }

    /** A pseudo class of this column's cells while {@code when} holds (the kind's CSS marks them: e.g. a changed mode). */
    public KindColumn<R> cellMark(String pseudoClass, Predicate<R> when) {
        return new KindColumn<>(id, headerKey, width, minWidth, text, styleClass, order, tooltip, collate, empty,
                KindQueueView.RowMark.of(pseudoClass, when), key);
    }

    /** Rows for which {@code when} holds have no value here: last whichever way the column is sorted. */
    public KindColumn<R> emptyLast(Predicate<R> when) {
        return new KindColumn<>(id, headerKey, width, minWidth, text, styleClass, order, tooltip, collate, when, cellMark, key);
    }
}
