package org.courtdesk.server.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.request.RequestKind;
import org.jdbi.v3.core.Handle;

/**
 * One request kind's side of the changes feed: what its requests look like now — or, registered for a feed entry
 * ({@link Key#entry}), what the kind's entries of that name look like now (things of the kind that are not requests,
 * e.g. hearing transcripts; their {@link Current#upsert} makes a {@link Change#ofEntry}). Each kind registers its
 * sources at startup ({@code CourtDeskServer}), so the feed itself names no kind.
 */
public interface FeedSource {

    /** What a source answers for: a kind's requests ({@code entry} null) or its entries of one name. */
    record Key(RequestKind kind, String entry) {

        public static Key requests(RequestKind kind) {
            return new Key(kind, null);
        }

        public static Key entry(RequestKind kind, String entry) {
            if (entry == null || entry.isBlank()) {
                throw new IllegalArgumentException("a feed entry needs its name");
            }
            return new Key(kind, entry);
        }
    }

    /** The requests (or entries) among {@code ids} that still exist, by id (a missing id travels as a removal). */
    Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today);

    /** One request as it is now: its audience (judge and/or pool) and its feed entry. */
    interface Current {

        /**
         * With {@link #pool()}, decides visibility: a request moved to a judge the caller does not serve (and out of
         * the caller's pools) travels as a removal. Null for a request of a pool only.
         */
        Long judgeId();

        /** The role pool the request is in ({@link org.courtdesk.server.request.Pools}), null for none. */
        default String pool() {
            return null;
        }

        /**
         * About how many bytes the view adds to a page beyond its plain fields (a kind with large texts, e.g. a
         * 服务内容 body of up to 1 MiB, tells their size, and may load them only in {@link #upsert}); 0 for most kinds.
         * A page stops before the change that would take it over {@code ChangesRoutes.PAGE_BYTE_BUDGET}.
         */
        default long bytes() {
            return 0;
        }

        /** The UPSERT entry carrying the request's current view, at change {@code seq}. */
        Change upsert(long seq);
    }
}
