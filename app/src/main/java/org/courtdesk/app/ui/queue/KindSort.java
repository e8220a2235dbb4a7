package org.courtdesk.app.ui.queue;

/** One level of the judge's sort from the table's headers: a column and its direction. */
public record KindSort<R>(KindColumn<R> column, boolean ascending) {}
