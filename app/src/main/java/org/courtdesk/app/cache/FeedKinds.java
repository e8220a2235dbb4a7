package org.courtdesk.app.cache;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.courtdesk.model.request.RequestKind;
import org.jdbi.v3.core.Handle;

/**
 * Which kinds of the changes feed the cache holds (table {@code feed_kind}), so that no change of a kind is lost
 * because this workstation could not apply it yet.
 * <p>
 * The feed has one cursor for all kinds. A change of a kind the workstation does not know is not applied (nothing
 * could show it) but the cursor still moves past it: the kinds it does know must keep syncing. The skip is
 * recorded instead: the kind is no longer <em>filled</em> (the cache does not hold every change of it up to the
 * cursor) and the number of skipped changes is kept. A later workstation that knows the kind finds it not filled
 * and pulls the feed again from the start ({@code SyncService}); the outbox, drafts, opened flags and pulled rows
 * stay, since re-applied state never replaces a newer version and never undoes a pending decision.
 * <p>
 * Filled means: every change of the kind up to the cursor is in the cache, applied or there was none. So at
 * cursor 0 every kind is filled, and a kind that never appeared in the feed stays filled without a re-pull. A kind
 * without a row is not known to be filled (a cache written before this table existed dropped other kinds without
 * a trace). Static operations on a handle, so the sync composes them with the page they belong to.
 */
public final class FeedKinds {

    /** Changes of {@code kind} skipped since the cache was last filled for it; {@code lastSeq} is the newest. */
    public record Skipped(RequestKind kind, long changes, long lastSeq) {}

    private FeedKinds() {}

    /** The pull starts at cursor 0: the cache will hold whatever comes, so every kind is filled, none skipped. */
    public static void startingFromZero(Handle h) {
        for (RequestKind kind : RequestKind.values()) {
            h.createUpdate("""
                    MERGE INTO feed_kind (kind, filled, skipped_changes, last_skipped_seq) KEY (kind)
                    VALUES (:kind, TRUE, 0, NULL)
                    """).bind("kind", kind.name()).execute();
        }
    }

    /** A change of a kind this workstation cannot apply: the kind is not filled any more; the skip is counted. */
    public static void skip(Handle h, RequestKind kind, long seq) {
        h.createUpdate("""
                MERGE INTO feed_kind (kind, filled, skipped_changes, last_skipped_seq) KEY (kind)
                VALUES (:kind, FALSE,
                    COALESCE((SELECT skipped_changes FROM feed_kind WHERE kind = :kind), 0) + 1,
                    GREATEST(COALESCE((SELECT last_skipped_seq FROM feed_kind WHERE kind = :kind), 0), :seq))
                """).bind("kind", kind.name()).bind("seq", seq).execute();
    }

    /** The kinds the cache is filled for. */
    public static Set<RequestKind> filled(Handle h) {
        Set<RequestKind> kinds = EnumSet.noneOf(RequestKind.class);
        h.createQuery("SELECT kind FROM feed_kind WHERE filled").mapTo(String.class).forEach(name -> {
            try {
                kinds.add(RequestKind.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                // a kind a newer workstation wrote: not one of ours
            }
        });
        return kinds;
    }

    /** Those of {@code known} the cache is not filled for: the reason to pull again from the start. */
    public static Set<RequestKind> notFilled(Handle h, Set<RequestKind> known) {
        Set<RequestKind> missing = known.isEmpty() ? EnumSet.noneOf(RequestKind.class) : EnumSet.copyOf(known);
        missing.removeAll(filled(h));
        return missing;
    }

    /** The kinds skipped since the cache was last filled for them, in kind order. */
    public static List<Skipped> skipped(Handle h) {
        return h.createQuery("""
                SELECT kind, skipped_changes, last_skipped_seq FROM feed_kind WHERE NOT filled ORDER BY kind
                """)
                .map((rs, ctx) -> {
                    try {
                        return new Skipped(RequestKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3));
                    } catch (IllegalArgumentException unknown) {
                        return null;
                    }
                })
                .list().stream().filter(s -> s != null)
                .sorted(java.util.Comparator.comparing(Skipped::kind)).toList();
    }
}
