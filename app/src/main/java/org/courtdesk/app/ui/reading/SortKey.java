package org.courtdesk.app.ui.reading;

/** One level of the table's sort order. */
public record SortKey(QueueColumn column, boolean ascending) {}
