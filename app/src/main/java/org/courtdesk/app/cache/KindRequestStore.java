package org.courtdesk.app.cache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.courtdesk.app.api.Json;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The cached requests of every kind but 阅卷 (table {@code kind_request}): the view as the server sent it, keyed by
 * {@link RequestRef}, with the header columns every kind has. A new kind stores here without a table or code of its
 * own. Static operations on a handle, so callers compose them into one transaction.
 */
public final class KindRequestStore {

    /** One cached request: its view, the feed seq it came with, and whether the feed removed it for this user. */
    public record Cached(RequestView view, long feedSeq, boolean removed) {

        public RequestRef ref() {
            return RequestRef.of(view.kind(), view.id());
        }

        public <V extends RequestView> V viewAs(Class<V> type) {
            return type.isInstance(view) ? type.cast(view) : null;
        }
    }

    private KindRequestStore() {}

    /**
     * Stores the server's state unless the cache already holds a newer version (answers to actions and 409s arrive
     * outside the feed's order). {@code feedSeq} is the feed sequence, or -1 for state that came outside the feed.
     * Returns whether it was stored. A view of a kind this build cannot read ({@link RequestView.Unknown}) is not.
     */
    public static boolean upsert(Handle h, RequestView view, long feedSeq, Instant now) {
        if (view == null || view.kind() == null) {
            return false;
        }
        return upsertAll(h, view.kind(), List.of(view), new long[] {feedSeq}, now).contains(view.id());
    }

    /**
     * {@link #upsert} for a page of views of one kind at once: one SELECT of the cached versions and one batched MERGE
     * instead of a SELECT and a MERGE per row. {@code feedSeqs[i]} belongs to {@code views.get(i)}. Returns the ids
     * stored; views of another kind are not stored.
     */
    public static Set<Long> upsertAll(Handle h, RequestKind kind, List<? extends RequestView> views, long[] feedSeqs,
                                      Instant now) {
        List<RequestView> ofKind = new ArrayList<>(views.size());
        long[] seqs = new long[views.size()];
        for (int i = 0; i < views.size(); i++) {
            RequestView v = views.get(i);
            if (v != null && v.kind() == kind) {
                seqs[ofKind.size()] = feedSeqs[i];
                ofKind.add(v);
            }
        }
        Set<Long> stored = new LinkedHashSet<>();
        for (RequestRef ref : upsertAll(h, ofKind, java.util.Arrays.copyOf(seqs, ofKind.size()), now)) {
            stored.add(ref.id());
        }
        return stored;
    }

    /**
     * {@link #upsert} for a page of views of any kinds at once (issue 14: a feed page's requests of every kind but 阅卷
     * in one SELECT of the cached versions and one batched MERGE, not two statements per kind). {@code feedSeqs[i]}
     * belongs to {@code views.get(i)}. Returns the requests stored, in the order given.
     */
    public static Set<RequestRef> upsertAll(Handle h, List<? extends RequestView> views, long[] feedSeqs, Instant now) {
        if (views.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (RequestView v : views) {
            if (v != null && v.kind() != null) {
                ids.add(v.id());
                kinds.add(v.kind().name());
            }
        }
        Map<RequestRef, long[]> cached = new HashMap<>();
        List<Long> idList = new ArrayList<>(ids);
        for (int from = 0; from < idList.size(); from += 500) {
            // Ids are per kind: the pairs asked for are picked out of what the two lists match.
            h.createQuery("SELECT kind, id, version, feed_seq FROM kind_request WHERE kind IN (<kinds>) AND id IN (<ids>)")
                    .bindList("kinds", new ArrayList<>(kinds))
                    .bindList("ids", idList.subList(from, Math.min(idList.size(), from + 500)))
                    .map((rs, ctx) -> Map.entry(RequestRef.of(RequestKind.valueOf(rs.getString(1)), rs.getLong(2)),
                            new long[] {rs.getLong(3), rs.getLong(4)}))
                    .forEach(e -> cached.put(e.getKey(), e.getValue()));
        }
        Set<RequestRef> stored = new LinkedHashSet<>();
        PreparedBatch batch = h.prepareBatch("""
                MERGE INTO kind_request (kind, id, version, feed_seq, application_no, status, submitted_at, removed,
                    view_json, list_json, pulled_at)
                KEY (kind, id)
                VALUES (:kind, :id, :version, :seq, :applicationNo, :status, :submittedAt, FALSE, :json, :list, :now)
                """);
        for (int i = 0; i < views.size(); i++) {
            RequestView view = views.get(i);
            if (view == null || view.kind() == null) {
                continue;
            }
            RequestRef ref = RequestRef.of(view.kind(), view.id());
            long[] c = cached.get(ref);
            if (c != null && c[0] > view.version()) {
                continue;
            }
            long seq = feedSeqs[i] >= 0 ? feedSeqs[i] : c == null ? 0L : c[1];
            batch.bind("kind", view.kind().name())
                    .bind("id", view.id())
                    .bind("version", view.version())
                    .bind("seq", seq)
                    .bind("applicationNo", view.applicationNo())
                    .bind("status", view.status().name())
                    .bind("submittedAt", view.submittedAt() == null ? null : view.submittedAt().toEpochMilli())
                    .bind("json", Json.write(view))
                    .bind("list", listJson(view))
                    .bind("now", now.toEpochMilli())
                    .add();
            stored.add(ref);
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        return stored;
    }

    /** The view as a list reads it ({@link RequestView#listView}), or null when that is the view itself. */
    private static String listJson(RequestView view) {
        RequestView list = view.listView();
        return list == null || list == view ? null : Json.write(list);
    }

    /**
     * {@link #find(Handle, RequestKind, java.util.Collection)} for a list: each view as {@link RequestView#listView}
     * (its list_json; the full view_json only where the row has none), so a list never reads a large field.
     */
    public static Map<Long, Cached> findForList(Handle h, RequestKind kind, java.util.Collection<Long> ids) {
        Map<Long, Cached> out = new HashMap<>();
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 500) {
            h.createQuery("SELECT id, CASE WHEN list_json IS NULL THEN view_json END, list_json, feed_seq, removed "
                            + "FROM kind_request WHERE kind = :k AND id IN (<ids>)")
                    .bind("k", kind.name()).bindList("ids", list.subList(from, Math.min(list.size(), from + 500)))
                    .map((rs, ctx) -> {
                        String listed = RequestStore.clob(rs, 3);
                        RequestView v = listed != null ? Json.read(listed, RequestView.class)
                                : Json.read(RequestStore.clob(rs, 2), RequestView.class).listView();
                        return new Cached(v, rs.getLong(4), rs.getBoolean(5));
                    })
                    .forEach(c -> out.put(c.view().id(), c));
        }
        return out;
    }

    /** The feed says the request is gone for this user. */
    public static void markRemoved(Handle h, RequestRef ref, long feedSeq) {
        h.createUpdate("UPDATE kind_request SET removed = TRUE, feed_seq = :seq WHERE kind = :k AND id = :id")
                .bind("k", ref.kind().name()).bind("id", ref.id()).bind("seq", feedSeq).execute();
    }

    public static void delete(Handle h, RequestRef ref) {
        h.createUpdate("DELETE FROM kind_request WHERE kind = :k AND id = :id")
                .bind("k", ref.kind().name()).bind("id", ref.id()).execute();
    }

    /** Drops a removed row for good (once no local action refers to it). */
    public static void deleteIfRemoved(Handle h, RequestRef ref) {
        h.createUpdate("DELETE FROM kind_request WHERE kind = :k AND id = :id AND removed")
                .bind("k", ref.kind().name()).bind("id", ref.id()).execute();
    }

    public static Optional<Cached> find(Handle h, RequestRef ref) {
        return h.createQuery("SELECT view_json, feed_seq, removed FROM kind_request WHERE kind = :k AND id = :id")
                .bind("k", ref.kind().name()).bind("id", ref.id())
                .map((rs, ctx) -> new Cached(Json.read(RequestStore.clob(rs, 1), RequestView.class), rs.getLong(2),
                        rs.getBoolean(3)))
                .findOne();
    }

    /** Every cached request of {@code kind}, newest submission first. */
    public static List<Cached> all(Handle h, RequestKind kind) {
        return h.createQuery("SELECT view_json, feed_seq, removed FROM kind_request WHERE kind = :k "
                        + "ORDER BY submitted_at DESC, id DESC")
                .bind("k", kind.name())
                .map((rs, ctx) -> new Cached(Json.read(RequestStore.clob(rs, 1), RequestView.class), rs.getLong(2),
                        rs.getBoolean(3)))
                .list();
    }

    /** What a queue needs to know whether its copy of a view is current: id, version, removed; no JSON. */
    public record Header(long id, long version, boolean removed) {}

    /** The headers of every cached request of {@code kind}, newest submission first (as {@link #all}). */
    public static List<Header> headers(Handle h, RequestKind kind) {
        return h.createQuery("SELECT id, version, removed FROM kind_request WHERE kind = :k "
                        + "ORDER BY submitted_at DESC, id DESC")
                .bind("k", kind.name())
                .map((rs, ctx) -> new Header(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                .list();
    }

    /** These requests of {@code kind}, by id (absent ids are not cached). */
    public static Map<Long, Cached> find(Handle h, RequestKind kind, java.util.Collection<Long> ids) {
        Map<Long, Cached> out = new HashMap<>();
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 500) {
            h.createQuery("SELECT id, view_json, feed_seq, removed FROM kind_request WHERE kind = :k AND id IN (<ids>)")
                    .bind("k", kind.name()).bindList("ids", list.subList(from, Math.min(list.size(), from + 500)))
                    .map((rs, ctx) -> new Cached(Json.read(RequestStore.clob(rs, 2), RequestView.class), rs.getLong(3),
                            rs.getBoolean(4)))
                    .forEach(c -> out.put(c.view().id(), c));
        }
        return out;
    }

    /** Forgets all pulled rows (a different server); the outbox is not touched. */
    public static void clear(Handle h) {
        h.execute("DELETE FROM kind_request");
    }
}
