package org.courtdesk.server.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.jdbi.v3.core.Handle;

/**
 * One request kind's side of the changes feed: what its requests look like now. Each kind registers its source at
 * startup ({@code CourtDeskServer}), so the feed itself names no kind.
 */
public interface FeedSource {

    /** The requests among {@code ids} that still exist, by id (a missing id travels as a removal). */
    Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today);

    /** One request as it is now: the judge it belongs to and its feed entry. */
    interface Current {

        /** Decides visibility: a request moved to a judge the caller does not serve travels as a removal. */
        long judgeId();

        /** The UPSERT entry carrying the request's current view, at change {@code seq}. */
        Change upsert(long seq);
    }
}
