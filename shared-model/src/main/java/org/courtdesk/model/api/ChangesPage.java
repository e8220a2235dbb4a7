package org.courtdesk.model.api;

import java.util.List;

/**
 * A page of the changes feed ({@code GET /api/v1/changes?since=&limit=}), in sequence order.
 * Pass {@code nextCursor} as the next {@code since}; {@code hasMore} says whether to ask again now.
 * {@code remaining}: how many changes of this user's feed come after {@code nextCursor} (an estimate: a request
 * changed several times counts each time), sent only when asked for ({@code remaining=true}) and null otherwise, so
 * a progress bar can tell the truth; clients that do not know the field ignore it.
 */
public record ChangesPage(List<Change> changes, long nextCursor, boolean hasMore, Long remaining) {

    /** A page without the count of what remains. */
    public ChangesPage(List<Change> changes, long nextCursor, boolean hasMore) {
        this(changes, nextCursor, hasMore, null);
    }

    /** This page with {@code remaining} set. */
    public ChangesPage withRemaining(Long count) {
        return new ChangesPage(changes, nextCursor, hasMore, count);
    }
}
