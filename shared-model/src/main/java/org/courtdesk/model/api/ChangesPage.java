package org.courtdesk.model.api;

import java.util.List;

/**
 * A page of the changes feed ({@code GET /api/v1/changes?since=&limit=}), in sequence order.
 * Pass {@code nextCursor} as the next {@code since}; {@code hasMore} says whether to ask again now.
 */
public record ChangesPage(List<Change> changes, long nextCursor, boolean hasMore) {}
